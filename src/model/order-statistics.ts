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
 * @example selectQuantiles(Float64Array.of(4, 1, 3, 2, 5), [0.25, 0.5]) // [2, 3]
 */
export function selectQuantiles(values: Float64Array, probs: readonly number[], scratch?: Float64Array): number[] {
  const n = values.length;
  if (n === 0) return probs.map(() => Number.NaN);
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
