import type { AssessResult } from './assess.ts';
import { fitRandomWalk, walkForecast, walkProbability, Z50, Z90, type RandomWalk } from './baseline-random-walk.ts';
import { exp, log } from './det-math.ts';
import { crpsNormal } from './score-forecast.ts';
import { historyUpTo, seriesKey, type SeriesInput } from './series.ts';

/** One forecaster's forecast of one year: its fan and its CRPS (log scale) against what happened. */
export interface PointForecast {
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  crps: number;
}

/** A projected year that later got a final or preliminary value, with both forecasters' forecasts. */
export interface ScoredPoint {
  key: string;
  asOf: number;
  /** The series' last data year up to the as-of year (of any quality): the forecast origin. */
  startYear: number;
  year: number;
  /** year − startYear. */
  horizon: number;
  actual: number;
  model: PointForecast;
  /** The log random walk with drift, fitted to the same history; null when it has too few points. */
  baseline: PointForecast | null;
}

/** A target whose year was still ahead at the as-of year and was later met or missed. */
export interface ScoredTarget {
  id: string;
  key: string;
  asOf: number;
  startYear: number;
  year: number;
  /** 1 met, 0 missed. */
  outcome: number;
  model: number;
  baseline: number | null;
}

/** How well one forecaster did over a set of points and targets. */
export interface Scores {
  /** How many published values the interval figures rest on. */
  values: number;
  /** Share of values inside the 90% (p05–p95) and 50% (p25–p75) ranges. */
  coverage90: number;
  coverage50: number;
  /** Mean CRPS on the log scale; lower is better. */
  crps: number;
  /** Mean of |median − actual| / actual. */
  mape: number;
  /** How many decided targets the Brier score rests on. */
  targets: number;
  /** Mean squared error of attainment probabilities against met (1) / missed (0). Lower is better. */
  brier: number;
}

/** How well projections made as of a year did against what happened, with the naive baseline beside them. */
export interface Calibration extends Scores {
  /** The random walk with drift, scored only where it has a forecast… */
  baseline: Scores;
  /** …and the model on exactly those points and targets, so the two compare like with like. */
  sameAsBaseline: Scores;
}

/** The baseline fitted to a series' history up to an as-of year, by series key (null: too few firm points). */
export type BaselineFor = (key: string) => RandomWalk | null;

/**
 * Fit the baseline to each series' history up to the as-of year, once per series, when first asked.
 *
 * @param series - The full series.
 * @param asOf - The as-of year.
 */
export function baselineWalks(series: readonly SeriesInput[], asOf: number): BaselineFor {
  const byKey = new Map(series.map((s) => [seriesKey(s.indicatorId, s.region), s]));
  const walks = new Map<string, RandomWalk | null>();
  return (key) => {
    if (!walks.has(key)) {
      const s = byKey.get(key);
      walks.set(key, s ? fitRandomWalk(historyUpTo(s.history, asOf)) : null);
    }
    return walks.get(key) ?? null;
  };
}

/**
 * Collect the scored years of a hindcast (`SeriesProjection.scores`) with the model's fan and the
 * baseline's forecast of the same year, fitted to the same history up to the as-of year.
 *
 * @param result - An assessment run with `asOf`.
 * @param series - The full series, including years after the as-of year.
 * @param asOf - The as-of year the assessment used.
 * @param walkFor - The baseline per series; defaults to fitting it here (`baselineWalks`).
 */
export function scoredPoints(result: AssessResult, series: readonly SeriesInput[], asOf: number, walkFor: BaselineFor = baselineWalks(series, asOf)): ScoredPoint[] {
  const points: ScoredPoint[] = [];
  for (const projection of result.series) {
    const origin = projection.lastActualYear ?? projection.startYear;
    if (origin === null || projection.scores.length === 0) continue;
    const walk = walkFor(projection.key);
    for (const score of projection.scores) {
      const i = projection.years.indexOf(score.year);
      const q = (k: number) => projection.quantiles[i * 5 + k] as number;
      points.push({
        key: projection.key,
        asOf,
        startYear: origin,
        year: score.year,
        horizon: score.year - origin,
        actual: score.actual,
        model: { p05: q(0), p25: q(1), p50: q(2), p75: q(3), p95: q(4), crps: score.crps },
        baseline: walk ? walkPoint(walk, score.year, score.actual) : null,
      });
    }
  }
  return points;
}

function walkPoint(walk: RandomWalk, year: number, actual: number): PointForecast {
  const { mean, sd } = walkForecast(walk, year);
  return {
    p05: exp(mean - Z90 * sd),
    p25: exp(mean - Z50 * sd),
    p50: exp(mean),
    p75: exp(mean + Z50 * sd),
    p95: exp(mean + Z90 * sd),
    crps: crpsNormal(mean, sd, log(actual)),
  };
}

/**
 * Collect the targets of a hindcast whose year lay after the as-of year and that were later met or
 * missed, with the model's probability and the baseline's for the same target.
 *
 * @param result - An assessment run with `asOf`.
 * @param series - The full series.
 * @param asOf - The as-of year.
 * @param walkFor - The baseline per series; defaults to fitting it here (`baselineWalks`).
 */
export function scoredTargets(result: AssessResult, series: readonly SeriesInput[], asOf: number, walkFor: BaselineFor = baselineWalks(series, asOf)): ScoredTarget[] {
  const out: ScoredTarget[] = [];
  for (const t of result.targets) {
    if (t.year <= asOf || t.probability === null || t.last_actual_year === null) continue;
    if (t.verdict !== 'met' && t.verdict !== 'missed') continue;
    const key = seriesKey(t.indicator_id, t.region);
    const walk = walkFor(key);
    out.push({
      id: t.id,
      key,
      asOf,
      startYear: t.last_actual_year,
      year: t.year,
      outcome: t.verdict === 'met' ? 1 : 0,
      model: t.probability,
      baseline: walk ? walkProbability(walk, t.target, t.year, t.comparator, t.tolerance) : null,
    });
  }
  return out;
}

/**
 * Summarise one forecaster over points and targets. With no points (or targets) the shares and means
 * are NaN: there is nothing to measure, and the reader is told so.
 *
 * @param points - Scored years.
 * @param targets - Scored targets.
 * @param who - Whose forecasts to read; points and targets without that forecaster's are skipped.
 */
export function summarise(points: readonly ScoredPoint[], targets: readonly ScoredTarget[], who: 'model' | 'baseline'): Scores {
  let values = 0;
  let in90 = 0;
  let in50 = 0;
  let crps = 0;
  let ape = 0;
  for (const point of points) {
    const f = point[who];
    if (!f) continue;
    values++;
    if (point.actual >= f.p05 && point.actual <= f.p95) in90++;
    if (point.actual >= f.p25 && point.actual <= f.p75) in50++;
    crps += f.crps;
    ape += Math.abs(f.p50 - point.actual) / point.actual;
  }
  let decided = 0;
  let brier = 0;
  for (const t of targets) {
    const p = t[who];
    if (p === null) continue;
    decided++;
    brier += (p - t.outcome) * (p - t.outcome);
  }
  return { values, coverage90: in90 / values, coverage50: in50 / values, crps: crps / values, mape: ape / values, targets: decided, brier: brier / decided };
}

/**
 * Score a hindcast: an assessment run with `asOf` set, against the values published after it. Only
 * final and preliminary values count (a bound or a rounded figure is not a point to be inside or
 * outside of); only met/missed targets count for the Brier score. The baseline is scored where it
 * has a forecast, and the model again on exactly those points (`sameAsBaseline`).
 *
 * @param result - The assessment (with `asOf` in its scenario).
 * @param series - The full series, including years after the as-of year.
 * @param asOf - The as-of year the assessment used.
 */
export function calibrate(result: AssessResult, series: readonly SeriesInput[], asOf: number): Calibration {
  const walkFor = baselineWalks(series, asOf);
  const points = scoredPoints(result, series, asOf, walkFor);
  const targets = scoredTargets(result, series, asOf, walkFor);
  return compare(points, targets);
}

/**
 * Score the model on every point and target, and model and baseline on the ones both forecast.
 *
 * @param points - Scored years.
 * @param targets - Scored targets.
 */
export function compare(points: readonly ScoredPoint[], targets: readonly ScoredTarget[]): Calibration {
  const commonPoints = points.filter((p) => p.baseline !== null);
  const commonTargets = targets.filter((t) => t.baseline !== null);
  return {
    ...summarise(points, targets, 'model'),
    baseline: summarise(commonPoints, commonTargets, 'baseline'),
    sameAsBaseline: summarise(commonPoints, commonTargets, 'model'),
  };
}
