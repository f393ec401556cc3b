import { DEFAULT_ABOUT_TOLERANCE } from './about.ts';
import { assumptionFor as readAssumption, DEFAULT_WINDOW, type Assumption, type EngineScenario } from './assumptions.ts';
import { assessByOrigin } from './assess-by-origin.ts';
import { assessTarget, type TargetAssessment, type TargetContext } from './assess-target.ts';
import { compileFormula, FormulaError, type CompiledFormula } from './formula.ts';
import { observedGrowth, volatility, type ObservedGrowth } from './history.ts';
import { poolSeries, type Pool } from './pool.ts';
import { emptyProjection, yearReader, type SeriesProjection, type YearReader } from './projection.ts';
import { resolveSeries, type ResolvedSeries } from './resolve-series.ts';
import { historyUpTo, seriesKey, type SeriesInput, type TargetInput } from './series.ts';
import { levelAt, startPaths, type PathState } from './simulate.ts';
import type { Observation } from './types.ts';

export { PROBS, type ForecastScore, type SeriesProjection } from './projection.ts';
export type { TargetAssessment, TargetStatus } from './assess-target.ts';

export interface AssessInput {
  series: SeriesInput[];
  targets: TargetInput[];
  scenario: EngineScenario;
  /**
   * Series keys to simulate (with the parts of any formula among them); all when absent. The result
   * holds only those series and their targets, with the same digits as a full run: the pooled fit
   * and the horizon still come from every series and target, and each series has its own random
   * stream. An embed of one chart needs one series, not twenty.
   */
  only?: readonly string[];
  /**
   * Score every hindcast year that has a published value (`SeriesProjection.scores`, CRPS on the log
   * scale); off when absent. `evaluate` asks for it. A page shows no scores, and sorting the paths of
   * each scored year is about 40% of a one-series run.
   */
  score?: boolean;
  /**
   * Assess each plan's targets from that plan's own as-of year, by plan id (its base year: the data
   * its authors had); a plan not listed uses the scenario's. See `assessByOrigin`.
   */
  planAsOf?: Readonly<Record<string, number>>;
}

export interface AssessResult {
  series: SeriesProjection[];
  targets: TargetAssessment[];
}

/** A series to simulate: resolved assumptions, or a formula over other series. */
type Plan =
  | { kind: 'rule'; input: SeriesInput; resolved: ResolvedSeries }
  | {
      kind: 'formula';
      input: SeriesInput;
      text: string;
      formula: CompiledFormula;
      parts: string[];
      /** The formula series' own history up to the as-of year, its last value and its growth seen. */
      history: readonly Observation[];
      start: Observation;
      window: number;
      observed: ObservedGrowth | null;
    }
  | { kind: 'none'; input: SeriesInput; problem: string };

/**
 * Project every series under the scenario and assess every target: quantiles, the probability of
 * meeting it, growth needed against growth seen, pace, first crossing year, and, where the target year
 * has a published value, met or missed. Paths advance a year at a time and only the current year is
 * kept, so memory grows with paths, not with the horizon. Pure and deterministic: the same input gives
 * the same digits, and each series' digits do not depend on which other series are run.
 *
 * @param input - Series, targets and the scenario.
 */
export function assess(input: AssessInput): AssessResult {
  const { planAsOf, ...rest } = input;
  if (planAsOf && Object.keys(planAsOf).length > 0) return assessByOrigin(rest, planAsOf, assessFrom);
  return assessFrom(rest);
}

/** `assess` from the scenario's one as-of year. */
function assessFrom(input: AssessInput): AssessResult {
  const { scenario } = input;
  if (!Number.isInteger(scenario.paths) || scenario.paths < 1) throw new RangeError('paths must be a positive integer');
  const horizon = Math.max(scenario.horizon, ...input.targets.map((t) => t.year));
  const pool = poolSeries(input.series, scenario.asOf);
  const latestYear = Math.max(...input.series.flatMap((s) => historyUpTo(s.history, scenario.asOf).map((o) => o.year)));
  const assumptionFor = (s: SeriesInput): Assumption => readAssumption(scenario.assumptions, s.indicatorId, s.region) ?? {};
  const plans = new Map<string, Plan>();
  for (const s of input.series) {
    const assumption = assumptionFor(s);
    if (!assumption.derive) plans.set(seriesKey(s.indicatorId, s.region), planRule(s, assumption, scenario.asOf, pool, latestYear));
  }
  for (const s of input.series) {
    const { derive, window } = assumptionFor(s);
    if (derive) plans.set(seriesKey(s.indicatorId, s.region), planFormula(s, derive, Math.max(1, Math.round(window ?? DEFAULT_WINDOW)), scenario.asOf, input.series, plans));
  }

  const wanted = wantedKeys(input.only, plans);
  for (const key of plans.keys()) if (!wanted.has(key)) plans.delete(key);

  const targetsByKey = new Map<string, TargetInput[]>();
  // An "about" target without its own tolerance takes the scenario's, so every reader sees one band.
  const inputTargets = input.targets.map((t) => (t.comparator === '~' && t.tolerance === undefined ? { ...t, tolerance: scenario.aboutTolerance ?? DEFAULT_ABOUT_TOLERANCE } : t));
  for (const t of inputTargets) {
    const key = seriesKey(t.indicatorId, t.region);
    targetsByKey.set(key, [...(targetsByKey.get(key) ?? []), t]);
  }
  const contexts = new Map<string, TargetContext>();
  const runner = new Runner(scenario, horizon, targetsByKey, input.score === true);
  // Formulas and their parts advance together; every other series alone, one after another.
  const grouped = new Set<string>();
  for (const plan of plans.values()) if (plan.kind === 'formula') [seriesKey(plan.input.indicatorId, plan.input.region), ...plan.parts].forEach((k) => grouped.add(k));
  for (const [key, plan] of plans) {
    if (plan.kind === 'none') contexts.set(key, { basis: null, resolved: null, projection: emptyProjection(plan.input, plan.problem), probabilities: new Map() });
    else if (plan.kind === 'rule' && !grouped.has(key)) contexts.set(key, runner.group([plan], plans).get(key) as TargetContext);
  }
  const group = [...grouped].map((k) => plans.get(k)).filter((p): p is Plan => p !== undefined && p.kind !== 'none');
  for (const [key, context] of runner.group(group, plans)) contexts.set(key, context);

  const histories = new Map(input.series.map((s) => [seriesKey(s.indicatorId, s.region), s]));
  // Without `only`, every target is assessed, also one whose series has no history (it says so).
  const asked = (key: string) => !input.only || wanted.has(key);
  const targets = inputTargets
    .filter((t) => asked(seriesKey(t.indicatorId, t.region)))
    .map((t) => {
      const key = seriesKey(t.indicatorId, t.region);
      return assessTarget(t, contexts.get(key), histories.get(key), scenario.asOf);
    });
  const series = input.series
    .filter((s) => asked(seriesKey(s.indicatorId, s.region)))
    .map((s) => contexts.get(seriesKey(s.indicatorId, s.region))?.projection ?? emptyProjection(s, 'no-history'));
  return { series, targets };
}

/** The series a run must simulate: the ones asked for and every part of a formula among them; all when none are named. */
function wantedKeys(only: readonly string[] | undefined, plans: ReadonlyMap<string, Plan>): Set<string> {
  if (!only) return new Set(plans.keys());
  const wanted = new Set(only);
  for (const key of only) {
    const plan = plans.get(key);
    if (plan?.kind === 'formula') plan.parts.forEach((k) => wanted.add(k));
  }
  return wanted;
}

function planRule(s: SeriesInput, assumption: Assumption, asOf: number | null, pool: Pool, latestYear: number): Plan {
  try {
    const resolved = resolveSeries(s, assumption, asOf, pool, latestYear);
    return 'problem' in resolved ? { kind: 'none', input: s, problem: resolved.problem } : { kind: 'rule', input: s, resolved };
  } catch (e) {
    if (e instanceof FormulaError) return { kind: 'none', input: s, problem: e.code };
    throw e;
  }
}

function planFormula(s: SeriesInput, text: string, window: number, asOf: number | null, all: readonly SeriesInput[], plans: ReadonlyMap<string, Plan>): Plan {
  const ids = [...new Set(all.filter((x) => x.region === s.region && x.indicatorId !== s.indicatorId).map((x) => x.indicatorId))];
  let formula;
  try {
    formula = compileFormula(text, ids);
  } catch (e) {
    if (e instanceof FormulaError) return { kind: 'none', input: s, problem: e.code };
    throw e;
  }
  const parts = formula.symbols.map((id) => seriesKey(id, s.region));
  if (parts.some((k) => plans.get(k)?.kind !== 'rule')) return { kind: 'none', input: s, problem: 'derive-missing-part' };
  const history = historyUpTo(s.history, asOf);
  const start = history[history.length - 1];
  if (!start) return { kind: 'none', input: s, problem: 'no-history' };
  return { kind: 'formula', input: s, text, formula, parts, history, start, window, observed: observedGrowth(history, window) };
}

/** Simulates groups of series in lockstep, year by year, sharing its buffers between groups. */
class Runner {
  readonly #scenario: EngineScenario;
  readonly #horizon: number;
  readonly #targets: ReadonlyMap<string, TargetInput[]>;
  readonly #z: Float64Array;
  readonly #scratch: Float64Array;
  readonly #score: boolean;
  /** Path buffers given back by finished groups, lent to the next (one run allocates them once, not per series). */
  readonly #free: Float64Array[] = [];
  readonly #take = (): Float64Array => this.#free.pop() ?? new Float64Array(this.#scenario.paths);

  constructor(scenario: EngineScenario, horizon: number, targets: ReadonlyMap<string, TargetInput[]>, score: boolean) {
    this.#scenario = scenario;
    this.#score = score;
    this.#horizon = horizon;
    this.#targets = targets;
    this.#z = new Float64Array(scenario.paths);
    this.#scratch = new Float64Array(scenario.paths);
  }

  /**
   * Simulate a group and read every year of every member as it passes.
   *
   * Hazard: members share the draw buffer `#z`, which is safe only because each `advance` fills it
   * and uses it before the next member's `advance` runs.
   */
  group(members: readonly Plan[], plans: ReadonlyMap<string, Plan>): Map<string, TargetContext> {
    const { paths, seed, asOf } = this.#scenario;
    const states = new Map<string, PathState>();
    const readers = new Map<string, YearReader>();
    const formulas: { plan: Extract<Plan, { kind: 'formula' }>; start: number; values: Float64Array; env: Float64Array; nonFinite: number; histories: Map<number, number>[] }[] = [];
    const projections = new Map<string, SeriesProjection>();
    let first = Infinity;
    for (const plan of members) {
      const key = seriesKey(plan.input.indicatorId, plan.input.region);
      if (plan.kind === 'rule') {
        const { resolved } = plan;
        const projection = ruleProjection(plan.input, resolved, this.#horizon);
        states.set(key, startPaths(resolved, paths, seed, this.#z, this.#take));
        readers.set(key, yearReader(plan.input, projection.years, this.#targets.get(key) ?? [], this.#score ? asOf : null, this.#scratch));
        projections.set(key, projection);
        first = Math.min(first, resolved.start.year + 1);
      } else if (plan.kind === 'formula') {
        const projection = formulaProjection(plan, this.#horizon);
        const histories = plan.parts.map((k) => {
          const part = plans.get(k);
          return new Map(part?.kind === 'rule' ? part.input.history.map((o) => [o.year, o.value]) : []);
        });
        formulas.push({ plan, start: plan.start.year, values: new Float64Array(paths), env: new Float64Array(plan.parts.length), nonFinite: 0, histories });
        readers.set(key, yearReader(plan.input, projection.years, this.#targets.get(key) ?? [], this.#score ? asOf : null, this.#scratch));
        projections.set(key, projection);
        first = Math.min(first, plan.start.year + 1);
      }
    }
    for (let year = first; year <= this.#horizon; year++) {
      for (const [key, state] of states) {
        if (year <= state.startYear) continue;
        state.advance();
        readers.get(key)?.read(year, state.current, state.space);
      }
      for (const f of formulas) {
        if (year <= f.start) continue;
        const parts = f.plan.parts.map((k) => states.get(k) as PathState);
        for (let p = 0; p < paths; p++) {
          for (let i = 0; i < parts.length; i++) f.env[i] = levelAt(parts[i] as PathState, f.histories[i] as Map<number, number>, year, p);
          const v = f.plan.formula.evaluate(f.env);
          if (!Number.isFinite(v)) f.nonFinite++;
          f.values[p] = v;
        }
        readers.get(seriesKey(f.plan.input.indicatorId, f.plan.input.region))?.read(year, f.values, 'level');
      }
    }

    for (const state of states.values()) this.#free.push(...state.buffers);
    const out = new Map<string, TargetContext>();
    for (const plan of members) {
      const key = seriesKey(plan.input.indicatorId, plan.input.region);
      const projection = projections.get(key) as SeriesProjection;
      // Every member has a reader: a formula without history was refused when it was planned.
      const reader = readers.get(key) as YearReader;
      const nonFinite = plan.kind === 'rule' ? (states.get(key)?.nonFinite ?? 0) : (formulas.find((f) => f.plan === plan)?.nonFinite ?? 0);
      const done: SeriesProjection = { ...projection, quantiles: reader.quantiles, scores: reader.scores, problem: nonFinite > 0 ? 'non-finite' : projection.problem };
      const basis =
        plan.kind === 'rule'
          ? { start: plan.resolved.latest, observed: plan.resolved.observed, flags: plan.resolved.flags }
          : plan.kind === 'formula'
            ? { start: plan.start, observed: plan.observed, flags: [] }
            : null;
      out.set(key, { basis, resolved: plan.kind === 'rule' ? plan.resolved : null, projection: done, probabilities: reader.probabilities });
    }
    return out;
  }
}

function yearsAfter(start: number, horizon: number): number[] {
  const years: number[] = [];
  for (let y = start + 1; y <= horizon; y++) years.push(y);
  return years;
}

function ruleProjection(s: SeriesInput, resolved: ResolvedSeries, horizon: number): SeriesProjection {
  return {
    ...emptyProjection(s, null),
    lastActualYear: resolved.latest.year,
    startYear: resolved.start.year,
    startValue: resolved.start.value,
    startQuality: resolved.start.quality,
    years: yearsAfter(resolved.start.year, horizon),
    ...resolved.parameters,
    sigma: resolved.sigma,
    window: resolved.window,
    persistence: resolved.persistence,
    observedGrowth: resolved.observed?.growth ?? null,
    observedFrom: resolved.observed?.fromYear ?? null,
    basis: resolved.basis,
    flags: resolved.flags,
  };
}

/** A formula's projection: simulated from its parts path by path, so its uncertainty comes from theirs. */
function formulaProjection(plan: Extract<Plan, { kind: 'formula' }>, horizon: number): SeriesProjection {
  const { start, history, window, observed } = plan;
  return {
    ...emptyProjection(plan.input, null),
    lastActualYear: start.year,
    startYear: start.year,
    startValue: start.value,
    startQuality: start.quality,
    years: yearsAfter(start.year, horizon),
    rule: 'derived',
    sigma: volatility(history, window)?.sigma ?? null,
    window,
    observedGrowth: observed?.growth ?? null,
    observedFrom: observed?.fromYear ?? null,
    derivedFrom: plan.text,
  };
}
