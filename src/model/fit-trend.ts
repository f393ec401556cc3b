import { log } from './det-math.ts';
import type { Observation, Quality } from './types.ts';

/** Qualities that are points on the path: a bound says only "at least", an estimate is a guess. */
export const FIRM_QUALITIES: ReadonlySet<Quality> = new Set<Quality>(['final', 'preliminary', 'rounded']);

/** A log-linear trend fitted to a window of history: what the compound rule's defaults rest on. */
export interface TrendFit {
  /** Mean yearly change of ln x over the points used: (ln x_last − ln x_first) / span. */
  drift: number;
  /** Years between the first and last point used. */
  span: number;
  /** SD of one year's change of ln x around the drift, or null with fewer than three points. */
  sigma: number | null;
  /** Degrees of freedom behind σ: intervals − 1. */
  df: number;
  fromYear: number;
  toYear: number;
  /** True when fewer than two firm points lay in the window, so bounds or estimates were used. */
  usedSoftPoints: boolean;
}

/**
 * Choose the points a trend is fitted to: those of the history (already cut at the as-of year) in
 * the window ending at its last firm point. Lower bounds and estimates leave the fit when at least
 * two firm points (final, preliminary, rounded) are in the window; otherwise they are all there is.
 *
 * @param history - Values sorted by year.
 * @param window - Window length in years (≥ 1).
 */
export function trendPoints(history: readonly Observation[], window: number): { points: Observation[]; soft: boolean } {
  const firm = history.filter((o) => FIRM_QUALITIES.has(o.quality) && o.value > 0);
  const lastFirm = firm[firm.length - 1];
  if (lastFirm) {
    const inWindow = firm.filter((o) => o.year >= lastFirm.year - window);
    if (inWindow.length >= 2) return { points: inWindow, soft: false };
  }
  const last = history[history.length - 1];
  if (!last) return { points: [], soft: false };
  return { points: history.filter((o) => o.value > 0 && o.year >= last.year - window), soft: true };
}

/**
 * Fit a random walk with drift to ln x through the chosen points, allowing gaps: a change over k
 * years has mean k·μ and variance k·σ², so μ̂ = (y_last − y_first)/span (the CAGR in logs, whose
 * sampling variance is σ²/span) and σ̂² = Σ (Δᵢ − kᵢμ̂)²/kᵢ / (m − 2) over m points. With consecutive
 * years σ̂ is the sample SD of the yearly log growth.
 *
 * @param history - Values sorted by year, cut at the as-of year.
 * @param window - Window length in years (≥ 1).
 * @returns The fit, or null with fewer than two usable points.
 * @example fitTrend([{ year: 2016, value: 100, quality: 'final' }, { year: 2018, value: 121, quality: 'final' }], 5) // drift ln 1.1, span 2, σ null
 */
export function fitTrend(history: readonly Observation[], window: number): TrendFit | null {
  const { points, soft } = trendPoints(history, window);
  const walk = fitLogWalk(points);
  return walk && { ...walk, usedSoftPoints: soft };
}

/**
 * Fit a random walk with drift to ln x through points sorted by year, gaps allowed (see `fitTrend`).
 *
 * @param points - Positive values sorted by year.
 * @returns The fit, or null with fewer than two points.
 */
export function fitLogWalk(points: readonly Observation[]): Omit<TrendFit, 'usedSoftPoints'> | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return null;
  const span = last.year - first.year;
  const drift = (log(last.value) - log(first.value)) / span;
  let squares = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Observation;
    const b = points[i] as Observation;
    const k = b.year - a.year;
    const residual = log(b.value) - log(a.value) - k * drift;
    squares += (residual * residual) / k;
  }
  const df = points.length - 2;
  return { drift, span, sigma: df > 0 ? Math.sqrt(squares / df) : null, df, fromYear: first.year, toYear: last.year };
}
