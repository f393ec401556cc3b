import { aboutBand } from './about.ts';
import { exp, log } from './det-math.ts';
import { summariseYear } from './year-summary.ts';
import type { FitBasis, SeriesFlag } from './resolve-series.ts';
import { crpsSample, logsOf } from './score-forecast.ts';
import { seriesKey, type SeriesInput, type TargetInput } from './series.ts';
import type { PathState } from './simulate.ts';
import type { Quality } from './types.ts';

/** The quantiles reported for every projected year, in this order. */
export const PROBS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** A projected year scored against the value published for it later (hindcasts only). */
export interface ForecastScore {
  year: number;
  actual: number;
  /** CRPS of the paths against the actual on the log scale (see `crpsSample`). */
  crps: number;
}

/** A projected series: its assumptions in force and the fan (5 quantiles per year). */
export interface SeriesProjection {
  key: string;
  indicatorId: string;
  region: string;
  /** The year of the latest published value up to the as-of year (targets are measured from it). */
  lastActualYear: number | null;
  /** Where the paths start: the last firm value (a later bound is a floor, not a start). */
  startYear: number | null;
  startValue: number | null;
  startQuality: Quality | null;
  years: number[];
  /** Year-major: `quantiles[i * 5 + k]` is quantile PROBS[k] of years[i], in the indicator's unit. */
  quantiles: Float64Array;
  rule: string;
  growth: number | null;
  increment: number | null;
  rate: number | null;
  ceiling: number | null;
  sigma: number | null;
  window: number | null;
  persistence: number | null;
  observedGrowth: number | null;
  observedFrom: number | null;
  /** What the fitted defaults rest on (growth seen and used, evidence weight); null when not fitted. */
  basis: FitBasis | null;
  flags: SeriesFlag[];
  /** Why there is no projection, if there is none. */
  problem: string | null;
  derivedFrom: string | null;
  /** In a hindcast: every projected year that later got a final or preliminary value, scored. */
  scores: ForecastScore[];
  /**
   * The as-of year the paths start from, when it is a plan's own rather than the scenario's (see
   * `AssessInput.planAsOf`); absent otherwise.
   */
  asOf?: number | null;
}

/**
 * Return a projection with nothing projected, for a series that cannot be (or before it is).
 *
 * @param s - The series.
 * @param problem - Why, or null.
 */
export function emptyProjection(s: SeriesInput, problem: string | null): SeriesProjection {
  return {
    key: seriesKey(s.indicatorId, s.region),
    indicatorId: s.indicatorId,
    region: s.region,
    lastActualYear: null,
    startYear: null,
    startValue: null,
    startQuality: null,
    years: [],
    quantiles: new Float64Array(0),
    rule: 'none',
    growth: null,
    increment: null,
    rate: null,
    ceiling: null,
    sigma: null,
    window: null,
    persistence: null,
    observedGrowth: null,
    observedFrom: null,
    basis: null,
    flags: [],
    problem,
    derivedFrom: null,
    scores: [],
  };
}

/** Qualities a projection is scored against: a bound, a rounded figure or an estimate is not a point. */
const SCORED: ReadonlySet<Quality> = new Set<Quality>(['final', 'preliminary']);

/**
 * What a year's paths are reduced to before the next year overwrites them: the fan row, the share of
 * paths meeting each target of that year, and (in a hindcast) the score against a later published
 * value. Scratch buffers are shared, so readers are used one after another.
 */
export interface YearReader {
  /** The probability of each target read so far, by target id (null for `==`; for `~` the share inside its band). */
  probabilities: Map<string, number | null>;
  scores: ForecastScore[];
  quantiles: Float64Array;
  /** Read the paths' current year. */
  read(year: number, values: Float64Array, space: PathState['space']): void;
}

/**
 * Make a reader for one series' years.
 *
 * @param s - The series (its whole history: later values are what a hindcast is scored against).
 * @param years - The projected years, in order.
 * @param targets - The series' targets.
 * @param asOf - Score the years after this as-of year against their published values; null for no scores (see `AssessInput.score`).
 * @param scratch - A buffer of at least the path count, shared by every reader.
 */
export function yearReader(s: SeriesInput, years: readonly number[], targets: readonly TargetInput[], asOf: number | null, scratch: Float64Array): YearReader {
  const first = years[0] ?? 0;
  const out = new Float64Array(years.length * PROBS.length);
  const lower = s.lowerBound ?? -Infinity;
  const upper = s.upperBound ?? Infinity;
  const scoredByYear = new Map(asOf === null ? [] : s.history.filter((o) => o.year > asOf && SCORED.has(o.quality) && o.value > 0).map((o) => [o.year, o.value]));
  // Each year's targets, sorted once rather than on every year of every run.
  const byYear = new Map<number, TargetInput[]>();
  for (const t of targets) byYear.set(t.year, [...(byYear.get(t.year) ?? []), t]);
  const reader: YearReader = {
    probabilities: new Map(),
    scores: [],
    quantiles: out,
    read(year, values, space) {
      const i = year - first;
      if (i < 0 || i >= years.length) return;
      const ofYear = byYear.get(year) ?? [];
      const due = ofYear.filter((t) => t.comparator !== '==' && t.comparator !== '~');
      const about = ofYear.filter((t) => t.comparator === '~');
      // A target of zero or less is below every positive path: ln gives −Infinity, which compares right.
      const level = (v: number) => (space === 'log' ? (v > 0 ? log(v) : -Infinity) : v);
      const thresholds = due.map((t) => ({ value: level(t.value), atLeast: t.comparator === '>=' }));
      // An "about" band is two thresholds, at least its low edge and at most its high edge: every path
      // meets one or both, and the paths meeting both are the ones inside.
      for (const t of about) {
        const band = aboutBand(t.value, t.tolerance);
        thresholds.push({ value: level(band.low), atLeast: true }, { value: level(band.high), atLeast: false });
      }
      const summary = summariseYear(values, PROBS, thresholds, scratch);
      // exp is monotone, so the quantiles of ln x are the logs of the quantiles of x: 5 exps, not one per path.
      summary.quantiles.forEach((q, k) => {
        const level = space === 'log' ? exp(q) : q;
        out[i * PROBS.length + k] = Math.min(upper, Math.max(lower, level));
      });
      due.forEach((t, k) => reader.probabilities.set(t.id, summary.shares[k] as number));
      const n = values.length;
      about.forEach((t, k) => {
        const atLeastLow = Math.round((summary.shares[due.length + 2 * k] as number) * n);
        const atMostHigh = Math.round((summary.shares[due.length + 2 * k + 1] as number) * n);
        reader.probabilities.set(t.id, (atLeastLow + atMostHigh - n) / n);
      });
      for (const t of ofYear) if (t.comparator === '==') reader.probabilities.set(t.id, null);
      const actual = scoredByYear.get(year);
      if (actual !== undefined) {
        const logs = space === 'log' ? values : logsOf(values, actual, scratch);
        reader.scores.push({ year, actual, crps: crpsSample(logs, log(actual), space === 'log' ? scratch : undefined) });
      }
    },
  };
  return reader;
}
