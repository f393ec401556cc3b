import { log } from './det-math.ts';
import { normalCdf } from './normal-cdf.ts';

/**
 * The default tolerance of an "about" target (左右, 约), relative: 0.02 means ±2% of the target value.
 * The plans never say how wide 左右 is; ±2% is our convention, stated here once, and a reader can
 * change it (the scenario's `aboutTolerance`, or a target's own `tolerance` column).
 */
export const DEFAULT_ABOUT_TOLERANCE = 0.02;

/** The closed band an "about v" target is met in. */
export interface AboutBand {
  low: number;
  high: number;
}

/**
 * Return the band [v·(1−t), v·(1+t)] of an "about v" target (ordered, so a negative v works too).
 *
 * @param value - The target value v.
 * @param tolerance - The relative tolerance t; absent or null uses the default.
 * @example aboutBand(3.4, 0.02) // { low: 3.332, high: 3.468 }
 */
export function aboutBand(value: number, tolerance?: number | null): AboutBand {
  const t = tolerance ?? DEFAULT_ABOUT_TOLERANCE;
  const a = value * (1 - t);
  const b = value * (1 + t);
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/** Whether a value lies in the band (closed at both ends). */
export function inBand(x: number, band: AboutBand): boolean {
  return x >= band.low && x <= band.high;
}

/**
 * Return P(v(1−t) ≤ X ≤ v(1+t)) for a log-normal X, log X ~ N(mu, sigma²):
 * Φ((ln(v(1+t)) − mu)/sigma) − Φ((ln(v(1−t)) − mu)/sigma). A band reaching zero or below
 * starts at −∞ on the log scale; sigma 0 is a point mass at exp(mu).
 *
 * @param band - The band (see `aboutBand`).
 * @param mu - Mean of log X.
 * @param sigma - SD of log X (≥ 0).
 */
export function probabilityInBandLogNormal(band: AboutBand, mu: number, sigma: number): number {
  if (!(band.high > 0)) return 0;
  const lo = band.low > 0 ? log(band.low) : -Infinity;
  const hi = log(band.high);
  if (sigma === 0) return Number(mu >= lo && mu <= hi);
  const below = lo === -Infinity ? 0 : normalCdf((lo - mu) / sigma);
  return Math.max(0, normalCdf((hi - mu) / sigma) - below);
}
