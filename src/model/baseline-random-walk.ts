import { aboutBand, probabilityInBandLogNormal } from './about.ts';
import { log } from './det-math.ts';
import { normalCdf } from './normal-cdf.ts';
import { FIRM_QUALITIES, fitLogWalk } from './fit-trend.ts';
import type { Comparator, Observation } from './types.ts';

/**
 * The benchmark the model is judged against: a random walk with drift in logs, with the drift's own
 * sampling uncertainty in its intervals, as R `forecast::rwf(drift = TRUE)`, fable `RW(y ~ drift())`
 * and statsforecast `RandomWalkWithDrift` have it (Hyndman & Athanasopoulos, Forecasting: Principles
 * and Practice, 3rd ed., §5.5, https://otexts.com/fpp3/prediction-intervals.html).
 */
export interface RandomWalk {
  startYear: number;
  /** ln x at the start year. */
  start: number;
  /** Mean yearly change of ln x. */
  drift: number;
  /** SD of one year's change of ln x around the drift. */
  sigma: number;
  /** Years the drift is measured over (last year − first year); its variance is σ²/span. */
  span: number;
}

/**
 * Fit the log random walk with drift to all the firm values of a history (final, preliminary,
 * rounded), gaps allowed, as `fitLogWalk` does: μ̂ = (y_L − y_F)/(L − F) and
 * σ̂² = Σ (Δᵢ − kᵢμ̂)²/kᵢ / (m − 2) over the m − 1 intervals between m points.
 *
 * @param history - Values sorted by year, already cut at the as-of year.
 * @returns The walk, or null with fewer than three firm positive points.
 * @example fitRandomWalk([100, 110, 121].map((value, i) => ({ year: 2016 + i, value, quality: 'final' }))) // drift ln 1.1, σ 0
 */
export function fitRandomWalk(history: readonly Observation[]): RandomWalk | null {
  const points = history.filter((o) => FIRM_QUALITIES.has(o.quality) && o.value > 0);
  const fit = points.length >= 3 ? fitLogWalk(points) : null;
  if (!fit || fit.sigma === null) return null;
  return { startYear: fit.toYear, start: log((points[points.length - 1] as Observation).value), drift: fit.drift, sigma: fit.sigma, span: fit.span };
}

/**
 * Return the walk's forecast of ln x for a year: mean ln x_L + h·μ and SD σ√(h(1 + h/span)), the
 * second term being the drift's uncertainty.
 *
 * @param walk - The fitted walk.
 * @param year - A year after the start.
 */
export function walkForecast(walk: RandomWalk, year: number): { mean: number; sd: number } {
  const h = year - walk.startYear;
  return { mean: walk.start + h * walk.drift, sd: walk.sigma * Math.sqrt(h * (1 + h / walk.span)) };
}

/**
 * Return the walk's probability of meeting a target in a year.
 *
 * @param walk - The fitted walk.
 * @param target - K (positive).
 * @param year - T.
 * @param comparator - ≥, ≤ or ~ (inside the band, see `probabilityInBandLogNormal`); `==` has no probability (null).
 * @param tolerance - For '~': the band's relative tolerance; absent uses the default.
 */
export function walkProbability(walk: RandomWalk, target: number, year: number, comparator: Comparator, tolerance?: number): number | null {
  if (comparator === '==' || !(target > 0)) return null;
  const { mean, sd } = walkForecast(walk, year);
  if (comparator === '~') return probabilityInBandLogNormal(aboutBand(target, tolerance), mean, sd);
  const threshold = log(target);
  if (sd === 0) return comparator === '>=' ? Number(mean >= threshold) : Number(mean <= threshold);
  const below = normalCdf((threshold - mean) / sd);
  return comparator === '>=' ? 1 - below : below;
}

/** z-scores of the normal quantiles 5%, 25%, 75%, 95% (Φ⁻¹). */
export const Z90 = 1.6448536269514722;
export const Z50 = 0.6744897501960817;
