/**
 * Compute quantiles without sorting: quickselect (Hoare partition, median-of-three pivot) finds each
 * order statistic in linear expected time. The middle quantile is selected first over the whole
 * sample, then the others recursively inside the half that must hold them, so five quantiles cost
 * about as much as two full selections. Interpolation is R's type 7 (the default of R, NumPy and
 * d3.quantile): h = (n − 1)p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
 *
 * @param values - The sample; it is not modified.
 * @param probs - Probabilities in [0, 1], ascending.
 * @param scratch - Optional buffer of at least `values.length` to avoid an allocation per call.
 * @example quantiles(Float64Array.of(4, 1, 3, 2, 5), [0.25, 0.5]) // [2, 3]
 */
export function quantiles(values: Float64Array, probs: readonly number[], scratch?: Float64Array): number[] {
  const n = values.length;
  if (n === 0) return probs.map(() => Number.NaN);
  if (n >= BUCKETED_MIN) {
    const bucketed = bucketedQuantiles(values, probs, scratch);
    if (bucketed) return bucketed;
  }
  const a = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  a.set(values);
  const out = new Array<number>(probs.length).fill(Number.NaN);
  const solve = (from: number, to: number, left: number, right: number): void => {
    if (from > to) return;
    const mid = (from + to) >>> 1;
    const h = (n - 1) * (probs[mid] as number);
    const lo = Math.floor(h);
    select(a, lo, left, right);
    let q = a[lo] as number;
    if (h > lo && lo + 1 <= right) {
      // Everything right of lo (within this range) is ≥ a[lo]; the next order statistic is their minimum.
      let next = Infinity;
      for (let i = lo + 1; i <= right; i++) if ((a[i] as number) < next) next = a[i] as number;
      q += (h - lo) * (next - q);
    }
    out[mid] = q;
    // Smaller quantiles lie in a[left..lo], larger ones in a[lo..right]; a[lo] may serve either.
    solve(from, mid - 1, left, lo);
    solve(mid + 1, to, lo, right);
  };
  solve(0, probs.length - 1, 0, n - 1);
  return out;
}

/** Below this size plain quickselect is as fast as bucketing. */
const BUCKETED_MIN = 1024;
const BUCKETS = 4096;
const counts = new Int32Array(BUCKETS);

/**
 * The same quantiles in about three passes: count values into equal-width buckets between min and
 * max, find the bucket holding each wanted order statistic, gather only those buckets' values and
 * select inside them. Exact, not approximate: bucketing only narrows where to look.
 *
 * @returns The quantiles, or null when the sample has a NaN or infinity (then quickselect decides).
 */
function bucketedQuantiles(values: Float64Array, probs: readonly number[], scratch?: Float64Array): number[] | null {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return null;
  if (min === max) return probs.map(() => min);
  const scale = BUCKETS / (max - min);
  const bucketOf = (v: number) => Math.min(BUCKETS - 1, ((v - min) * scale) | 0);
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(values[i] as number);
    counts[b] = (counts[b] as number) + 1;
  }

  // Every order statistic we need: ⌊h⌋ and, when interpolating, ⌊h⌋ + 1.
  const ranks = new Set<number>();
  for (const p of probs) {
    const h = (n - 1) * p;
    ranks.add(Math.floor(h));
    if (h > Math.floor(h)) ranks.add(Math.floor(h) + 1);
  }
  const wanted = [...ranks].sort((x, y) => x - y);
  // Map each wanted rank to its bucket and its rank inside that bucket.
  const where = new Map<number, { bucket: number; within: number }>();
  let before = 0;
  let b = 0;
  for (const r of wanted) {
    while (before + (counts[b] as number) <= r) before += counts[b++] as number;
    where.set(r, { bucket: b, within: r - before });
  }
  const buckets = [...new Set([...where.values()].map((w) => w.bucket))];
  const start = new Map<number, number>();
  let size = 0;
  for (const bucket of buckets) {
    start.set(bucket, size);
    size += counts[bucket] as number;
  }
  const gathered = scratch && scratch.length >= size ? scratch : new Float64Array(size);
  const fillAt = new Map(start);
  const wantedBucket = new Int8Array(BUCKETS);
  for (const bucket of buckets) wantedBucket[bucket] = 1;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const bucket = bucketOf(v);
    if (wantedBucket[bucket]) {
      const at = fillAt.get(bucket) as number;
      gathered[at] = v;
      fillAt.set(bucket, at + 1);
    }
  }
  const statistic = (r: number): number => {
    const { bucket, within } = where.get(r) as { bucket: number; within: number };
    const from = start.get(bucket) as number;
    const k = from + within;
    select(gathered, k, from, from + (counts[bucket] as number) - 1);
    return gathered[k] as number;
  };
  return probs.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const q = statistic(lo);
    return h > lo ? q + (h - lo) * (statistic(lo + 1) - q) : q;
  });
}

/** Rearrange a[left..right] so that a[k] holds the k-th smallest, smaller ones left, larger right. */
function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as pivot keeps sorted or reversed input from going quadratic.
    if ((a[mid] as number) < (a[left] as number)) swap(a, mid, left);
    if ((a[right] as number) < (a[left] as number)) swap(a, right, left);
    if ((a[right] as number) < (a[mid] as number)) swap(a, right, mid);
    const pivot = a[mid] as number;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/**
 * Return the share of a sample that satisfies a comparator against a threshold.
 *
 * @param values - The sample.
 * @param threshold - The target, in the same space as the values (e.g. both logs).
 * @param atLeast - True for "≥ threshold", false for "≤ threshold".
 */
export function shareMeeting(values: Float64Array, threshold: number, atLeast: boolean): number {
  let count = 0;
  if (atLeast) for (let i = 0; i < values.length; i++) count += (values[i] as number) >= threshold ? 1 : 0;
  else for (let i = 0; i < values.length; i++) count += (values[i] as number) <= threshold ? 1 : 0;
  return values.length === 0 ? Number.NaN : count / values.length;
}
