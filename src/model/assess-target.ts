import { statusFlip } from './goal-seek.ts';
import { requiredGrowth, type ObservedGrowth } from './history.ts';
import { likelihood, type Likelihood } from './likelihood.ts';
import { meets, ratePace, type Pace } from './pace.ts';
import { PROBS, type SeriesProjection } from './projection.ts';
import type { ResolvedSeries, SeriesFlag } from './resolve-series.ts';
import { scoreActual, type Verdict } from './score-actual.ts';
import type { SeriesInput, TargetInput } from './series.ts';
import type { Comparator, Observation, Quality } from './types.ts';

export type TargetStatus = Verdict | Likelihood | 'no-data';

/** Everything said about one target; field names are the CLI's JSON (see README). */
export interface TargetAssessment {
  id: string;
  plan_id: string;
  indicator_id: string;
  region: string;
  year: number;
  target: number;
  comparator: Comparator;
  /** For a '~' target only: the relative tolerance of its band (absent for every other comparator). */
  tolerance?: number;
  last_actual_year: number | null;
  last_actual: number | null;
  last_actual_quality: Quality | null;
  required_growth: number | null;
  observed_growth: number | null;
  pace_ratio: number | null;
  pace: Pace | null;
  /** The share of paths meeting the target in its year; null where unknown (no projection, an `==` target). */
  probability: number | null;
  p05: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p95: number | null;
  first_crossing_year: number | null;
  status: TargetStatus;
  actual: number | null;
  actual_quality: Quality | null;
  verdict: Verdict | null;
  /** p50 − actual, for a projected year whose actual is known (a hindcast). */
  error: number | null;
  /** Goal-seek for compound rules: the growth at which the likelihood word moves one step up… */
  flip_up_growth: number | null;
  flip_up_status: Likelihood | null;
  /** …and the growth below which it drops one step. */
  flip_down_growth: number | null;
  flip_down_status: Likelihood | null;
  flags: SeriesFlag[];
}

/** What a target is assessed from: the series' projection and where its figures start. */
export interface TargetContext {
  /** The last value, the growth seen and the flags; null when nothing was projected. */
  basis: { start: Observation; observed: ObservedGrowth | null; flags: SeriesFlag[] } | null;
  /** The resolved assumptions; null for a derived series, which has no rule of its own. */
  resolved: ResolvedSeries | null;
  projection: SeriesProjection;
  /** The share of paths meeting each target in its year, by target id. */
  probabilities: ReadonlyMap<string, number | null>;
}

/**
 * Assess one target: met or missed where its year is published (and within the as-of year), else the
 * probability, the fan of its year, growth needed against growth seen, pace, the first year the
 * median meets it, and the growths at which its likelihood word would change.
 *
 * @param t - The target.
 * @param context - Its series' projection, or undefined when the series has no data.
 * @param series - The series' whole history.
 * @param asOf - The as-of year, or null.
 */
export function assessTarget(t: TargetInput, context: TargetContext | undefined, series: SeriesInput | undefined, asOf: number | null): TargetAssessment {
  const actualObs = series?.history.find((o) => o.year === t.year) ?? null;
  const score = actualObs ? scoreActual(t, actualObs) : null;
  const base: TargetAssessment = {
    id: t.id,
    plan_id: t.planId,
    indicator_id: t.indicatorId,
    region: t.region,
    year: t.year,
    target: t.value,
    comparator: t.comparator,
    ...(t.comparator === '~' && t.tolerance !== undefined ? { tolerance: t.tolerance } : {}),
    last_actual_year: null,
    last_actual: null,
    last_actual_quality: null,
    required_growth: null,
    observed_growth: null,
    pace_ratio: null,
    pace: null,
    probability: null,
    p05: null,
    p25: null,
    p50: null,
    p75: null,
    p95: null,
    first_crossing_year: null,
    status: score && (asOf === null || t.year <= asOf) ? score.verdict : 'no-data',
    actual: actualObs?.value ?? null,
    actual_quality: actualObs?.quality ?? null,
    verdict: score?.verdict ?? null,
    error: null,
    flip_up_growth: null,
    flip_up_status: null,
    flip_down_growth: null,
    flip_down_status: null,
    flags: [],
  };
  const basis = context?.basis;
  if (!context || !basis) return base;
  const { projection, resolved } = context;
  const start = basis.start;
  const observed = basis.observed?.growth ?? null;
  const required = requiredGrowth(start.value, start.year, t.value, t.year);
  const alreadyMet = meets(start.value, t.value, t.comparator, t.tolerance);
  const { pace, ratio } = ratePace(observed, required, alreadyMet);
  const withGrowth: TargetAssessment = {
    ...base,
    last_actual_year: start.year,
    last_actual: start.value,
    last_actual_quality: start.quality,
    required_growth: required,
    observed_growth: observed,
    pace_ratio: Number.isNaN(ratio) ? null : ratio,
    pace: t.year > start.year ? pace : null,
    flags: basis.flags,
  };
  // A year up to the latest published value is decided by the data (or undecidable), not projected,
  // even where the paths start earlier (from the last firm value, under a later lower bound).
  const step = t.year - (projection.years[0] ?? Infinity);
  if (t.year <= start.year || step < 0 || step >= projection.years.length) return withGrowth;

  const q = projection.quantiles;
  const at = (k: number) => q[step * PROBS.length + k] as number;
  const probability = context.probabilities.get(t.id) ?? null;
  let firstCrossing: number | null = alreadyMet ? start.year : null;
  for (let i = 0; firstCrossing === null && i < projection.years.length; i++) {
    if (meets(q[i * PROBS.length + 2] as number, t.value, t.comparator, t.tolerance)) firstCrossing = projection.years[i] as number;
  }
  // The closed form starts where the paths do, which is the last firm value, not a later bound.
  const origin = resolved?.start;
  const flip =
    resolved && origin && projection.rule === 'compound' && probability !== null
      ? statusFlip(
          {
            start: origin.value,
            target: t.value,
            comparator: t.comparator,
            years: t.year - origin.year,
            sigma: resolved.sigma,
            persistence: resolved.persistence,
            driftSd: resolved.driftSd,
            startSpread: resolved.startSpread,
            shockLog: [...resolved.shocks].filter(([y]) => y > origin.year && y <= t.year).reduce((sum, [, v]) => sum + v, 0),
          },
          probability,
        )
      : null;
  return {
    ...withGrowth,
    flip_up_growth: flip?.up?.growth ?? null,
    flip_up_status: flip?.up?.status ?? null,
    flip_down_growth: flip?.down?.growth ?? null,
    flip_down_status: flip?.down?.status ?? null,
    probability,
    p05: at(0),
    p25: at(1),
    p50: at(2),
    p75: at(3),
    p95: at(4),
    first_crossing_year: firstCrossing,
    status: probability === null ? 'no-data' : likelihood(probability),
    error: actualObs ? at(2) - actualObs.value : null,
  };
}
