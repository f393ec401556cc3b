import { shareMeeting } from './order-statistics.ts';
import { summariseYear } from './year-summary.ts';

export { shareMeeting };

/**
 * Compute quantiles, interpolated as R's type 7 (the default of R, NumPy and d3.quantile):
 * h = (n − 1)p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎). Exact: small samples by quickselect
 * (`selectQuantiles`), large ones by the histogram of `summariseYear`, which only narrows where to look.
 *
 * @param values - The sample; it is not modified.
 * @param probs - Probabilities in [0, 1], ascending.
 * @param scratch - Optional buffer of at least `values.length` to avoid an allocation per call.
 * @example quantiles(Float64Array.of(4, 1, 3, 2, 5), [0.25, 0.5]) // [2, 3]
 */
export function quantiles(values: Float64Array, probs: readonly number[], scratch?: Float64Array): number[] {
  const buffer = scratch && scratch.length >= values.length ? scratch : new Float64Array(values.length);
  return summariseYear(values, probs, [], buffer).quantiles;
}
