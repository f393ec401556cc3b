import { normalCdf } from './normal-cdf.ts';
import type { Comparator, Observation } from './types.ts';

/** A naive forecaster to judge the model against: a random walk with drift, in levels. */
export interface RandomWalk {
  startYear: number;
  start: number;
  drift: number;
  sigma: number;
}

/**
 * Fit a random walk with drift in levels over a window: drift is the mean yearly change, σ the SD
 * of consecutive yearly changes. This is the classic naive benchmark (Hyndman & Athanasopoulos,
 * Forecasting: Principles and Practice, §5.2 "drift method"), deliberately unlike the compound model.
 *
 * @param history - Values sorted by year (already cut at the as-of year).
 * @param window - Years of history to use.
 * @returns The walk, or null with fewer than three points in the window.
 */
export function fitRandomWalk(history: readonly Observation[], window: number): RandomWalk | null {
  const last = history[history.length - 1];
  if (!last) return null;
  const points = history.filter((o) => o.year >= last.year - window);
  const first = points[0];
  if (!first || points.length < 3) return null;
  const drift = (last.value - first.value) / (last.year - first.year);
  const diffs: number[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Observation;
    const b = points[i] as Observation;
    if (b.year - a.year === 1) diffs.push(b.value - a.value);
  }
  if (diffs.length < 2) return null;
  const mean = diffs.reduce((s, d) => s + d, 0) / diffs.length;
  const sigma = Math.sqrt(diffs.reduce((s, d) => s + (d - mean) * (d - mean), 0) / (diffs.length - 1));
  return { startYear: last.year, start: last.value, drift, sigma };
}

/**
 * Return the walk's forecast for a year: its mean and SD, x_L + n·drift and σ√n.
 *
 * @param walk - The fitted walk.
 * @param year - A year after the start.
 */
export function walkForecast(walk: RandomWalk, year: number): { mean: number; sd: number } {
  const n = year - walk.startYear;
  return { mean: walk.start + n * walk.drift, sd: walk.sigma * Math.sqrt(n) };
}

/**
 * Return the walk's probability of meeting a target in a year.
 *
 * @param walk - The fitted walk.
 * @param target - K.
 * @param year - T.
 * @param comparator - ≥ or ≤.
 */
export function walkProbability(walk: RandomWalk, target: number, year: number, comparator: Comparator): number {
  const { mean, sd } = walkForecast(walk, year);
  if (sd === 0) return comparator === '>=' ? Number(mean >= target) : Number(mean <= target);
  const below = normalCdf((target - mean) / sd);
  return comparator === '>=' ? 1 - below : below;
}

/** z-scores of the normal quantiles 5%, 25%, 75%, 95% (Φ⁻¹). */
export const Z90 = 1.6448536269514722;
export const Z50 = 0.6744897501960817;
