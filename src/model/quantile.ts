/**
 * Compute quantiles without sorting: quickselect (Hoare partition, median-of-three pivot) finds each
 * order statistic in linear expected time, and each later quantile searches only to the right of the
 * previous one. Interpolation is R's type 7 (the default of R, NumPy and d3.quantile):
 * h = (n − 1)p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
 *
 * @param values - The sample; it is not modified.
 * @param probs - Probabilities in [0, 1], ascending.
 * @param scratch - Optional buffer of at least `values.length` to avoid an allocation per call.
 * @example quantiles(Float64Array.of(4, 1, 3, 2, 5), [0.25, 0.5]) // [2, 3]
 */
export function quantiles(values: Float64Array, probs: readonly number[], scratch?: Float64Array): number[] {
  const n = values.length;
  if (n === 0) return probs.map(() => Number.NaN);
  const a = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  a.set(values);
  const out: number[] = [];
  let left = 0;
  for (const p of probs) {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    select(a, lo, left, n - 1);
    let q = a[lo] as number;
    if (h > lo) {
      // After selection everything right of lo is ≥ a[lo]; the next order statistic is their minimum.
      let next = Infinity;
      for (let i = lo + 1; i < n; i++) if ((a[i] as number) < next) next = a[i] as number;
      q += (h - lo) * (next - q);
    }
    out.push(q);
    left = lo;
  }
  return out;
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
