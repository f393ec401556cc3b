import type { Observation } from './types.ts';
import { pow } from './pow.ts';
import { log } from './det-math.ts';

/** A compound growth rate measured over history, and which years it was measured between. */
export interface ObservedGrowth {
  growth: number;
  fromYear: number;
  toYear: number;
  /** True when the window's first year had no value and the nearest later year stood in for it. */
  substituted: boolean;
}

/**
 * Measure the compound annual growth over a window of history ending at the last year L:
 * (x_L / x_{L−w})^(1/w) − 1. When year L−w has no value, the nearest year inside the window stands
 * in (and the result says so), so the rate is always over the years it really spans.
 *
 * @param history - Values sorted by year, at most one per year.
 * @param window - Window length w in years (≥ 1).
 * @returns The growth, or null with fewer than two usable points or a non-positive endpoint.
 * @example observedGrowth([{ year: 2016, value: 100 }, { year: 2018, value: 121 }], 2) // growth 0.1
 */
export function observedGrowth(history: readonly Observation[], window: number): ObservedGrowth | null {
  const last = history[history.length - 1];
  if (!last) return null;
  const wanted = last.year - window;
  const first = history.find((o) => o.year >= wanted && o.year < last.year);
  if (!first || first.value <= 0 || last.value <= 0) return null;
  const span = last.year - first.year;
  return {
    growth: pow(last.value / first.value, 1 / span) - 1,
    fromYear: first.year,
    toYear: last.year,
    substituted: first.year !== wanted,
  };
}

/** Year-on-year volatility and how many year pairs it rests on. */
export interface Volatility {
  sigma: number;
  pairs: number;
}

/**
 * Measure volatility: the sample standard deviation of ln(x_t / x_{t−1}) over consecutive years in
 * the window. Pairs across a gap are skipped rather than spread over the gap.
 *
 * @param history - Values sorted by year.
 * @param window - Window length in years, ending at the last year.
 * @returns σ, or null with fewer than two consecutive pairs.
 */
export function volatility(history: readonly Observation[], window: number): Volatility | null {
  const last = history[history.length - 1];
  if (!last) return null;
  const logs: number[] = [];
  for (let i = 1; i < history.length; i++) {
    const prev = history[i - 1];
    const cur = history[i];
    if (!prev || !cur || cur.year - prev.year !== 1 || cur.year <= last.year - window) continue;
    if (prev.value <= 0 || cur.value <= 0) continue;
    logs.push(log(cur.value / prev.value));
  }
  if (logs.length < 2) return null;
  const mean = logs.reduce((s, v) => s + v, 0) / logs.length;
  const variance = logs.reduce((s, v) => s + (v - mean) * (v - mean), 0) / (logs.length - 1);
  return { sigma: Math.sqrt(variance), pairs: logs.length };
}

/**
 * Fit the yearly increment by ordinary least squares over the window (value against year).
 *
 * @param history - Values sorted by year.
 * @param window - Window length in years, ending at the last year.
 * @returns The slope per year, or null with fewer than two points.
 * @example olsIncrement([{ year: 1, value: 1 }, { year: 2, value: 3 }, { year: 3, value: 5 }], 5) // 2
 */
export function olsIncrement(history: readonly Observation[], window: number): number | null {
  const last = history[history.length - 1];
  if (!last) return null;
  const points = history.filter((o) => o.year >= last.year - window);
  if (points.length < 2) return null;
  const n = points.length;
  const meanX = points.reduce((s, o) => s + o.year, 0) / n;
  const meanY = points.reduce((s, o) => s + o.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const o of points) {
    sxy += (o.year - meanX) * (o.value - meanY);
    sxx += (o.year - meanX) * (o.year - meanX);
  }
  return sxy / sxx;
}

/**
 * Return the growth a target needs from the last value: (K / x_L)^(1/(T−L)) − 1.
 *
 * @param lastValue - x_L, the last published value.
 * @param lastYear - L.
 * @param target - K.
 * @param targetYear - T; must be after L.
 * @returns The yearly growth, or null when T ≤ L or a value is not positive.
 * @example requiredGrowth(100, 2018, 121, 2020) // 0.1
 */
export function requiredGrowth(lastValue: number, lastYear: number, target: number, targetYear: number): number | null {
  if (targetYear <= lastYear || lastValue <= 0 || target <= 0) return null;
  return pow(target / lastValue, 1 / (targetYear - lastYear)) - 1;
}
