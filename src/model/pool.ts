import { DEFAULT_WINDOW } from './assumptions.ts';
import { fitTrend, type TrendFit } from './fit-trend.ts';
import { historyUpTo, type SeriesInput, type SeriesKind } from './series.ts';

/** What the series of one kind say together: the typical drift and how far true drifts differ. */
export interface KindPool {
  /** Median fitted drift of ln x over the kind's series. */
  drift: number;
  /** Between-series variance τ² of true drifts (robust, see `poolSeries`). */
  tau2: number;
  /** How many series the figures rest on. */
  series: number;
}

/** Quantities pooled across series, from data up to the as-of year only. */
export interface Pool {
  /** Pooled σ of yearly log growth: √(Σ dfᵢσᵢ² / Σ dfᵢ) over the series that have one. */
  sigma: number;
  /** How many yearly changes (degrees of freedom) the pooled σ rests on. */
  df: number;
  kinds: Record<SeriesKind, KindPool>;
}

/** A σ for a series that has none of its own and nothing to pool from: 10% a year, wide on purpose. */
const FALLBACK_SIGMA = 0.1;
/**
 * The smallest between-series SD of drift the pool admits (2 points of log growth a year): with a
 * handful of series the spread can come out near zero by chance, which would erase each series' own
 * evidence entirely.
 */
const MIN_TAU = 0.02;
/** MAD × 1.4826 estimates a normal SD (https://en.wikipedia.org/wiki/Median_absolute_deviation). */
const MAD_TO_SD = 1.4826;

/**
 * Pool what the series say together, using only data up to the as-of year and the default window,
 * so the pooled figures depend on the data alone, never on a user's assumptions (re-running one
 * series the user changed leaves every other series exact). Drift is pooled by kind (shares apart
 * from levels): the median drift, and τ² from the median absolute deviation of drifts less the
 * typical sampling variance σ²/span (empirical Bayes by moments, robust to the very series that
 * most need shrinking). A kind with fewer than two series borrows the figures of all series.
 *
 * @param series - Every series, with its kind.
 * @param asOf - The as-of year; null for all data.
 */
export function poolSeries(series: readonly SeriesInput[], asOf: number | null): Pool {
  const fits: { kind: SeriesKind; fit: TrendFit }[] = [];
  for (const s of series) {
    const fit = fitTrend(historyUpTo(s.history, asOf), DEFAULT_WINDOW);
    if (fit) fits.push({ kind: s.kind ?? 'level', fit });
  }
  let squares = 0;
  let df = 0;
  for (const { fit } of fits) {
    if (fit.sigma === null) continue;
    squares += fit.df * fit.sigma * fit.sigma;
    df += fit.df;
  }
  const sigma = df > 0 ? Math.sqrt(squares / df) : FALLBACK_SIGMA;
  const all = kindPool(fits.map((f) => f.fit), sigma);
  const of = (kind: SeriesKind) => {
    const own = fits.filter((f) => f.kind === kind).map((f) => f.fit);
    return own.length >= 2 ? kindPool(own, sigma) : all;
  };
  return { sigma, df, kinds: { share: of('share'), level: of('level') } };
}

function kindPool(fits: readonly TrendFit[], pooledSigma: number): KindPool {
  if (fits.length === 0) return { drift: 0, tau2: MIN_TAU * MIN_TAU, series: 0 };
  const drift = median(fits.map((f) => f.drift));
  const spread = MAD_TO_SD * median(fits.map((f) => Math.abs(f.drift - drift)));
  const sampling = median(
    fits.map((f) => {
      const sigma = f.sigma ?? pooledSigma;
      return (sigma * sigma) / f.span;
    }),
  );
  return { drift, tau2: Math.max(MIN_TAU * MIN_TAU, spread * spread - sampling), series: fits.length };
}

/**
 * Return the median of a list (the mean of the middle two for an even count).
 *
 * @param values - A non-empty list.
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
