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
  if (n >= BUCKETS_MIN) {
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
const BUCKETS_MIN = 1024;
const BUCKETS = 4096;
const counts = new Int32Array(BUCKETS);
/** Where each wanted bucket's values go in the gathered buffer (−1 for buckets not wanted). */
const slot = new Int32Array(BUCKETS);
/** Each value's bucket, so the gathering pass need not work it out again; grown when a sample is larger. */
let tags = new Uint16Array(0);

/**
 * The same quantiles in two passes after the extremes: count values into equal-width buckets between
 * min and max (noting each value's bucket), find the bucket holding each wanted order statistic, then
 * gather only those buckets' values and select inside them. Exact, not approximate: bucketing only
 * narrows where to look. Runs on the slider's hot path once per series and year, so it avoids
 * closures and maps in its loops.
 *
 * @returns The quantiles, or null when the sample has a NaN or infinity (then quickselect decides).
 */
function bucketedQuantiles(values: Float64Array, probs: readonly number[], scratch?: Float64Array): number[] | null {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) return null; // NaN: neither extreme would notice it
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return null;
  if (min === max) return probs.map(() => min);
  const scale = BUCKETS / (max - min);
  if (tags.length < n) tags = new Uint16Array(n);
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    let b = ((values[i] as number) - min) * scale | 0;
    if (b >= BUCKETS) b = BUCKETS - 1;
    tags[i] = b;
    counts[b] = (counts[b] as number) + 1;
  }

  // Every order statistic we need: ⌊h⌋ and, when interpolating, ⌊h⌋ + 1.
  const ranks: number[] = [];
  for (const p of probs) {
    const h = (n - 1) * p;
    ranks.push(Math.floor(h));
    if (h > Math.floor(h)) ranks.push(Math.floor(h) + 1);
  }
  ranks.sort((x, y) => x - y);
  // Map each wanted rank to its bucket and its rank inside that bucket.
  const bucketOfRank = new Map<number, number>();
  const withinOfRank = new Map<number, number>();
  let before = 0;
  let b = 0;
  for (const r of ranks) {
    while (before + (counts[b] as number) <= r) before += counts[b++] as number;
    bucketOfRank.set(r, b);
    withinOfRank.set(r, r - before);
  }
  const buckets = [...new Set(bucketOfRank.values())];
  slot.fill(-1);
  const start = new Map<number, number>();
  let size = 0;
  for (const bucket of buckets) {
    start.set(bucket, size);
    slot[bucket] = size;
    size += counts[bucket] as number;
  }
  const gathered = scratch && scratch.length >= size ? scratch : new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const at = slot[tags[i] as number] as number;
    if (at >= 0) {
      gathered[at] = values[i] as number;
      slot[tags[i] as number] = at + 1;
    }
  }
  const statistic = (r: number): number => {
    const bucket = bucketOfRank.get(r) as number;
    const from = start.get(bucket) as number;
    const k = from + (withinOfRank.get(r) as number);
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

/**
 * Rearrange a[left..right] so that a[k] holds the k-th smallest, smaller ones left, larger right.
 *
 * @param a - The buffer.
 * @param k - The rank wanted, in [left, right].
 * @param left - First index of the range.
 * @param right - Last index of the range.
 */
export function select(a: Float64Array, k: number, left: number, right: number): void {
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
