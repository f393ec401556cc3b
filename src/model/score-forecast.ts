import { exp, log } from './det-math.ts';
import { normalCdf } from './normal-cdf.ts';

/** 1/√π, in the closed-form CRPS of a normal forecast. */
const INV_SQRT_PI = 0.5641895835477563;
/** 1/√(2π), the standard normal density at 0. */
const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Return the continuous ranked probability score of a sample forecast against what happened:
 * CRPS = E|X − y| − ½E|X − X′|, estimated from the sample as
 * (1/n)Σ|x₍ᵢ₎ − y| − (1/n²)Σ(2i − n − 1)x₍ᵢ₎ over the sorted sample (i = 1…n). Lower is better; it is
 * in the sample's own units, so a sample of logs gives the log-scale CRPS (Gneiting & Raftery 2007,
 * https://doi.org/10.1198/016214506000001437).
 *
 * @param sample - The forecast sample; it is not modified.
 * @param outcome - The value that happened, in the sample's units.
 * @param scratch - Optional buffer of at least `sample.length` to sort in.
 * @returns The score, or NaN for an empty sample.
 * @example crpsSample(Float64Array.of(0, 1), 0) // 0.25: E|X − 0| = 0.5, ½E|X − X′| = 0.25
 */
export function crpsSample(sample: Float64Array, outcome: number, scratch?: Float64Array): number {
  const n = sample.length;
  if (n === 0) return Number.NaN;
  const sorted = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  sorted.set(sample);
  sorted.sort();
  let absolute = 0;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    absolute += Math.abs(x - outcome);
    spread += (2 * (i + 1) - n - 1) * x;
  }
  return absolute / n - spread / (n * n);
}

/**
 * Return the CRPS of a normal forecast N(μ, sd²) in closed form:
 * sd·[z(2Φ(z) − 1) + 2φ(z) − 1/√π] with z = (y − μ)/sd; with sd = 0 it is |y − μ|.
 *
 * @param mean - μ.
 * @param sd - The forecast's standard deviation (≥ 0).
 * @param outcome - y.
 * @example crpsNormal(0, 1, 0) // 2φ(0) − 1/√π = 0.2337
 */
export function crpsNormal(mean: number, sd: number, outcome: number): number {
  if (!(sd > 0)) return Math.abs(outcome - mean);
  const z = (outcome - mean) / sd;
  const density = INV_SQRT_2PI * exp(-0.5 * z * z);
  return sd * (z * (2 * normalCdf(z) - 1) + 2 * density - INV_SQRT_PI);
}

/**
 * Return the logs of a level sample, for scoring on the log scale. A value at or below zero (a
 * level rule pushed to the indicator's floor) is taken as a millionth of the outcome, so it scores
 * as a very bad forecast rather than as −Infinity.
 *
 * @param levels - Simulated levels.
 * @param outcome - The published value the sample is scored against (positive).
 * @param out - Where to write; defaults to a new array.
 */
export function logsOf(levels: Float64Array, outcome: number, out: Float64Array = new Float64Array(levels.length)): Float64Array {
  const floor = outcome * 1e-6;
  for (let i = 0; i < levels.length; i++) out[i] = log(Math.max(floor, levels[i] as number));
  return out;
}
