import type { Assumption, EngineScenario } from './assumptions.ts';
import { compileFormula, FormulaError } from './formula.ts';
import { observedGrowth, requiredGrowth, volatility, type ObservedGrowth } from './history.ts';
import { statusFlip } from './goal-seek.ts';
import { likelihood, type Likelihood } from './likelihood.ts';
import { meets, ratePace, type Pace } from './pace.ts';
import { quantiles, shareMeeting } from './quantile.ts';
import { resolveSeries, type ResolvedSeries, type SeriesFlag } from './resolve-series.ts';
import { scoreActual, type Verdict } from './score-actual.ts';
import { seriesKey, type SeriesInput, type TargetInput } from './series.ts';
import { levelAt, simulate, type Simulation } from './simulate.ts';
import type { Comparator, Observation, Quality } from './types.ts';
import { exp, log } from './det-math.ts';
import { crpsSample, logsOf } from './score-forecast.ts';

/** The quantiles reported for every projected year, in this order. */
export const PROBS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

export interface AssessInput {
  series: SeriesInput[];
  targets: TargetInput[];
  scenario: EngineScenario;
}

/** A projected series: its assumptions in force and the fan (5 quantiles per year). */
export interface SeriesProjection {
  key: string;
  indicatorId: string;
  region: string;
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
  flags: SeriesFlag[];
  /** Why there is no projection, if there is none. */
  problem: string | null;
  derivedFrom: string | null;
  /** In a hindcast: every projected year that later got a final or preliminary value, scored. */
  scores: ForecastScore[];
}

/** A projected year scored against the value published for it later (hindcasts only). */
export interface ForecastScore {
  year: number;
  actual: number;
  /** CRPS of the paths against the actual on the log scale (see `crpsSample`). */
  crps: number;
}

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
  last_actual_year: number | null;
  last_actual: number | null;
  last_actual_quality: Quality | null;
  required_growth: number | null;
  observed_growth: number | null;
  pace_ratio: number | null;
  pace: Pace | null;
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

export interface AssessResult {
  series: SeriesProjection[];
  targets: TargetAssessment[];
}

interface Run {
  /** What a target's growth figures start from: the last value, the growth seen, the flags. */
  basis: { start: Observation; observed: ObservedGrowth | null; flags: SeriesFlag[] } | null;
  /** The resolved assumptions; null for a derived series, which has no rule of its own. */
  resolved: ResolvedSeries | null;
  sim: Simulation | null;
  projection: SeriesProjection;
}

/**
 * Project every series under the scenario and assess every target: quantiles, the probability of
 * meeting it, growth needed against growth seen, pace, first crossing year, and, where the target year
 * has a published value, met or missed. Pure and deterministic: the same input gives the same digits.
 *
 * @param input - Series, targets and the scenario.
 */
export function assess(input: AssessInput): AssessResult {
  const { scenario } = input;
  if (!Number.isInteger(scenario.paths) || scenario.paths < 1) throw new RangeError('paths must be a positive integer');
  const horizon = Math.max(scenario.horizon, ...input.targets.map((t) => t.year));
  const runs = new Map<string, Run>();
  const assumptionFor = (s: SeriesInput) =>
    scenario.assumptions[seriesKey(s.indicatorId, s.region)] ?? scenario.assumptions[s.indicatorId] ?? {};

  const derived: SeriesInput[] = [];
  for (const s of input.series) {
    const assumption = assumptionFor(s);
    if (assumption.derive) derived.push(s);
    else runs.set(seriesKey(s.indicatorId, s.region), runSeries(s, assumption, scenario, horizon));
  }
  for (const s of derived) runs.set(seriesKey(s.indicatorId, s.region), runDerived(s, assumptionFor(s).derive ?? '', runs, input.series, scenario, horizon));

  const histories = new Map(input.series.map((s) => [seriesKey(s.indicatorId, s.region), s]));
  const targets = input.targets.map((t) => assessTarget(t, runs.get(seriesKey(t.indicatorId, t.region)), histories.get(seriesKey(t.indicatorId, t.region)), scenario.asOf));
  return { series: [...runs.values()].map((r) => r.projection), targets };
}

function emptyProjection(s: SeriesInput, problem: string | null): SeriesProjection {
  return {
    key: seriesKey(s.indicatorId, s.region),
    indicatorId: s.indicatorId,
    region: s.region,
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
    flags: [],
    problem,
    derivedFrom: null,
    scores: [],
  };
}

function runSeries(s: SeriesInput, assumption: Assumption, scenario: EngineScenario, horizon: number): Run {
  let resolved;
  try {
    resolved = resolveSeries(s, assumption, scenario.asOf);
  } catch (e) {
    if (e instanceof FormulaError) return { basis: null, resolved: null, sim: null, projection: emptyProjection(s, e.code) };
    throw e;
  }
  if ('problem' in resolved) return { basis: null, resolved: null, sim: null, projection: emptyProjection(s, resolved.problem) };
  const sim = simulate(resolved, horizon, scenario.paths, scenario.seed);
  const projection: SeriesProjection = {
    ...emptyProjection(s, sim.nonFinite > 0 ? 'non-finite' : null),
    startYear: resolved.start.year,
    startValue: resolved.start.value,
    startQuality: resolved.start.quality,
    years: sim.years,
    quantiles: fan(sim, s),
    scores: scoreYears(sim, s, scenario.asOf),
    ...resolved.parameters,
    sigma: resolved.sigma,
    window: resolved.window,
    persistence: resolved.persistence,
    observedGrowth: resolved.observed?.growth ?? null,
    observedFrom: resolved.observed?.fromYear ?? null,
    flags: resolved.flags,
  };
  return { basis: resolved, resolved, sim, projection };
}

/** Simulate a formula of other series path by path, so its uncertainty comes from its parts. */
function runDerived(
  s: SeriesInput,
  formulaText: string,
  runs: ReadonlyMap<string, Run>,
  all: readonly SeriesInput[],
  scenario: EngineScenario,
  horizon: number,
): Run {
  const ids = [...new Set(all.filter((x) => x.region === s.region && x.indicatorId !== s.indicatorId).map((x) => x.indicatorId))];
  let formula;
  try {
    formula = compileFormula(formulaText, ids);
  } catch (e) {
    if (e instanceof FormulaError) return { basis: null, resolved: null, sim: null, projection: emptyProjection(s, e.code) };
    throw e;
  }
  const parts = formula.symbols.map((id) => runs.get(seriesKey(id, s.region)));
  if (parts.some((p) => !p?.sim)) return { basis: null, resolved: null, sim: null, projection: emptyProjection(s, 'derive-missing-part') };
  const history = scenario.asOf === null ? s.history : s.history.filter((o) => o.year <= scenario.asOf!);
  const start = history[history.length - 1];
  if (!start) return { basis: null, resolved: null, sim: null, projection: emptyProjection(s, 'no-history') };
  const partHistories = formula.symbols.map((id) => new Map(all.find((x) => x.indicatorId === id && x.region === s.region)?.history.map((o) => [o.year, o.value])));
  const years: number[] = [];
  for (let y = start.year + 1; y <= horizon; y++) years.push(y);
  const paths = scenario.paths;
  const values = new Float64Array(years.length * paths);
  const env = new Float64Array(parts.length);
  let nonFinite = 0;
  years.forEach((year, step) => {
    for (let p = 0; p < paths; p++) {
      for (let i = 0; i < parts.length; i++) env[i] = levelAt(parts[i]!.sim!, partHistories[i]!, year, p);
      const v = formula.evaluate(env);
      if (!Number.isFinite(v)) nonFinite++;
      values[step * paths + p] = v;
    }
  });
  const sim: Simulation = { key: seriesKey(s.indicatorId, s.region), years, paths, space: 'level', values, nonFinite };
  const window = scenario.assumptions[s.indicatorId]?.window ?? 5;
  const observed = observedGrowth(history, window);
  const projection: SeriesProjection = {
    ...emptyProjection(s, nonFinite > 0 ? 'non-finite' : null),
    startYear: start.year,
    startValue: start.value,
    startQuality: start.quality,
    years,
    quantiles: fan(sim, s),
    scores: scoreYears(sim, s, scenario.asOf),
    rule: 'derived',
    sigma: volatility(history, window)?.sigma ?? null,
    window,
    observedGrowth: observed?.growth ?? null,
    observedFrom: observed?.fromYear ?? null,
    derivedFrom: formulaText,
  };
  return { basis: { start, observed, flags: [] }, resolved: null, sim, projection };
}

/** Quantiles of every projected year, mapped back to levels and held within the indicator's bounds. */
function fan(sim: Simulation, s: SeriesInput): Float64Array {
  const out = new Float64Array(sim.years.length * PROBS.length);
  const scratch = new Float64Array(sim.paths);
  const lower = s.lowerBound ?? -Infinity;
  const upper = s.upperBound ?? Infinity;
  for (let i = 0; i < sim.years.length; i++) {
    const column = sim.values.subarray(i * sim.paths, (i + 1) * sim.paths);
    // exp is monotone, so the quantiles of ln x are the logs of the quantiles of x: 5 exps, not one per path.
    quantiles(column, PROBS, scratch).forEach((q, k) => {
      const level = sim.space === 'log' ? exp(q) : q;
      out[i * PROBS.length + k] = Math.min(upper, Math.max(lower, level));
    });
  }
  return out;
}

/** In a hindcast, score every projected year after the as-of year that has a final or preliminary value. */
function scoreYears(sim: Simulation, s: SeriesInput, asOf: number | null): ForecastScore[] {
  if (asOf === null) return [];
  const scores: ForecastScore[] = [];
  const scratch = new Float64Array(sim.paths);
  for (const o of s.history) {
    const step = o.year - (sim.years[0] ?? Infinity);
    if (o.year <= asOf || step < 0 || step >= sim.years.length || !SCORED.has(o.quality) || !(o.value > 0)) continue;
    const column = sim.values.subarray(step * sim.paths, (step + 1) * sim.paths);
    const logs = sim.space === 'log' ? column : logsOf(column, o.value, scratch);
    scores.push({ year: o.year, actual: o.value, crps: crpsSample(logs, log(o.value)) });
  }
  return scores;
}

/** Qualities a projection is scored against: a bound, a rounded figure or an estimate is not a point. */
const SCORED: ReadonlySet<Quality> = new Set<Quality>(['final', 'preliminary']);

function assessTarget(t: TargetInput, run: Run | undefined, series: SeriesInput | undefined, asOf: number | null): TargetAssessment {
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
  const basis = run?.basis;
  const resolved = run?.resolved ?? null;
  const sim = run?.sim;
  if (!run || !basis || !sim) return base;
  const start = basis.start;
  const observed = basis.observed?.growth ?? null;
  const required = requiredGrowth(start.value, start.year, t.value, t.year);
  const alreadyMet = meets(start.value, t.value, t.comparator);
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
  const step = t.year - (sim.years[0] ?? Infinity);
  if (step < 0 || step >= sim.years.length) return withGrowth;

  const q = run.projection.quantiles;
  const at = (k: number) => q[step * PROBS.length + k] as number;
  const column = sim.values.subarray(step * sim.paths, (step + 1) * sim.paths);
  const threshold = sim.space === 'log' ? log(t.value) : t.value;
  const probability = t.comparator === '==' ? Number.NaN : shareMeeting(column, threshold, t.comparator === '>=');
  let firstCrossing: number | null = alreadyMet ? start.year : null;
  for (let i = 0; firstCrossing === null && i < sim.years.length; i++) {
    if (meets(q[i * PROBS.length + 2] as number, t.value, t.comparator)) firstCrossing = sim.years[i] as number;
  }
  const flip =
    resolved && run.projection.rule === 'compound' && !Number.isNaN(probability)
      ? statusFlip(
          {
            start: start.value,
            target: t.value,
            comparator: t.comparator,
            years: t.year - start.year,
            sigma: resolved.sigma,
            persistence: resolved.persistence,
            shockLog: [...resolved.shocks].filter(([y]) => y > start.year && y <= t.year).reduce((sum, [, v]) => sum + v, 0),
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
    status: Number.isNaN(probability) ? 'no-data' : likelihood(probability),
    error: actualObs ? at(2) - actualObs.value : null,
  };
}
