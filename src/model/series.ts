import type { Comparator, Observation } from './types.ts';

/** Shares (bounded percentages) and levels (money, counts) grow differently, so they are pooled apart. */
export type SeriesKind = 'share' | 'level';

/** One indicator in one region as the engine receives it: its published history and bounds. */
export interface SeriesInput {
  indicatorId: string;
  region: string;
  /** The value each year is scored by (see `pickActual`), sorted by year; gaps are simply absent. */
  history: Observation[];
  lowerBound: number | null;
  upperBound: number | null;
  /** Which series it is pooled with (see `poolSeries`). Defaults to `level`. */
  kind?: SeriesKind;
}

/** One target as the engine receives it. */
export interface TargetInput {
  /** A stable id for the row, e.g. the CSV line. */
  id: string;
  planId: string;
  indicatorId: string;
  region: string;
  year: number;
  value: number;
  comparator: Comparator;
  /** For '~': the relative tolerance (0.02 = ±2%); absent uses the scenario's `aboutTolerance`. */
  tolerance?: number;
}

/**
 * Return the values of a history known by the as-of year: those up to it, or all when it is null.
 *
 * @param history - Values sorted by year.
 * @param asOf - The as-of year, or null.
 */
export function historyUpTo<T extends { year: number }>(history: readonly T[], asOf: number | null): readonly T[] {
  return asOf === null ? history : history.filter((o) => o.year <= asOf);
}

/** The key that joins series, targets and assumptions. */
export function seriesKey(indicatorId: string, region: string): string {
  return `${indicatorId}@${region}`;
}
