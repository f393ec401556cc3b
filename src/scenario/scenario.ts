import { YEAR_RANGE } from '../data/seed-schemas.ts';
import { DEFAULT_ABOUT_TOLERANCE, type Assumption, type EngineScenario, type RuleName } from '../model/index.ts';
import { FORBIDDEN_KEYS } from '../text/read-json.ts';

/**
 * A scenario as users write it (a JSON file, later a link). `indicators` maps an indicator id (or
 * `id@region`) to its assumptions; anything not named keeps its fitted default.
 */
/** The as-of value for "each plan from its own base year". */
export const PLANS_AS_OF = 'plans';

/**
 * Where the projections start: a year (a hindcast from the data published up to it), null (today's
 * data: everything published), or `'plans'`: each plan's targets from the data its authors had (its
 * base year, `planBaseYear`), and every other series from today's data.
 */
export type AsOf = number | null | typeof PLANS_AS_OF;

/**
 * Read an as-of choice from a form control's value: `''` is today's data, `'plans'` each plan's own
 * base year, anything else a year.
 *
 * @param value - The control's value.
 */
export function readAsOf(value: string): AsOf {
  return value === '' ? null : value === PLANS_AS_OF ? PLANS_AS_OF : Number(value);
}

export interface Scenario {
  asOf: AsOf;
  horizon: number;
  seed: number;
  paths: number;
  /** Plan ids to score; all when empty. */
  plans: string[];
  indicators: Record<string, Assumption>;
  /**
   * The relative tolerance of "about" ('~') targets without their own, in (0, 0.5]; absent is
   * `DEFAULT_ABOUT_TOLERANCE` (±2%). Kept absent at the default, so older links and files read the same.
   */
  aboutTolerance?: number;
}

/** The range a scenario's `aboutTolerance` must lie in: above 0, at most ±50%. */
export const ABOUT_TOLERANCE_RANGE: readonly [number, number] = [0, 0.5];

export const DEFAULT_SCENARIO: Scenario = { asOf: null, horizon: 2025, seed: 1, paths: 10_000, plans: [], indicators: {} };

/**
 * What the notebook opens on with no link and nothing stored: the plans' own question, each plan's
 * targets from the data its authors had. Links, files and the CLI still fill a missing field from
 * {@link DEFAULT_SCENARIO} (today's data), so a link or file made before this means what it meant.
 */
export const OPENING_SCENARIO: Scenario = { ...DEFAULT_SCENARIO, asOf: PLANS_AS_OF };

/**
 * The as-of years the engine's track record is measured over: `npm run cli -- evaluate` without
 * `--from`/`--to`, and the sentence in the page's outlook, both run the rolling-origin evaluation from
 * every year in this range under {@link DEFAULT_SCENARIO}. Kept here so the page never imports `src/cli`.
 */
export const EVALUATE_YEARS: Readonly<{ from: number; to: number }> = { from: 2012, to: 2022 };

/** Why a scenario field was refused; `field` is a path such as `indicators.gdp.growth`. */
export interface ScenarioProblem {
  field: string;
  code: 'not-an-object' | 'not-a-number' | 'not-an-integer' | 'out-of-range' | 'not-in-list' | 'not-a-string' | 'unknown-field' | 'forbidden-key';
  value?: string;
}

const RULES: readonly RuleName[] = ['compound', 'linear', 'logistic', 'expression'];
/** The range each numeric assumption must lie in; the page's controls clamp to the same ranges. */
export const ASSUMPTION_NUMBERS: Record<string, [number, number]> = {
  growth: [-0.99, 10],
  increment: [-1e12, 1e12],
  rate: [-1, 10],
  ceiling: [0, 1e15],
  volatility: [0, 5],
  trendSd: [0, 1],
  window: [1, 50],
  persistence: [0, 0.99],
};
/** Paths above this would take minutes and megabytes per series for no visible gain. */
export const MAX_PATHS = 1_000_000;

/**
 * Check a parsed JSON value against the scenario schema and fill defaults. Every problem names its
 * field; nothing invalid is passed on.
 *
 * @param value - The parsed JSON.
 * @returns The scenario, or the list of problems.
 * @example parseScenario({ asOf: 2018, seed: 7, indicators: { gdp: { growth: 0.06 } } })
 */
export function parseScenario(value: unknown): { scenario: Scenario } | { problems: ScenarioProblem[] } {
  const { scenario, problems } = readScenario(value);
  return problems.length > 0 ? { problems } : { scenario };
}

/**
 * Read a scenario leniently, as the page opens a file or a stored workspace: each refused field is
 * left at its default (a refused assumption field is left out, the rest of that assumption kept) and
 * listed with its path, so the reader sees what was refused and keeps everything else.
 *
 * @param value - The parsed JSON.
 * @returns The scenario with the good fields, and every problem.
 */
export function readScenario(value: unknown): { scenario: Scenario; problems: ScenarioProblem[] } {
  const problems: ScenarioProblem[] = [];
  if (!isRecord(value)) return { scenario: structuredClone(DEFAULT_SCENARIO), problems: [{ field: '', code: 'not-an-object' }] };
  // `layers` and `notes` belong to the workspace around the scenario (src/user/workspace.ts); they are read there.
  const known = new Set(['asOf', 'horizon', 'seed', 'paths', 'plans', 'indicators', 'aboutTolerance', 'version', 'notes', 'layers']);
  for (const k of Object.keys(value)) if (!known.has(k)) problems.push({ field: k, code: FORBIDDEN_KEYS.includes(k) ? 'forbidden-key' : 'unknown-field' });

  const int = (field: string, min: number, max: number, fallback: number | null): number | null => {
    const v = Object.hasOwn(value, field) ? value[field] : undefined;
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v)) problems.push({ field, code: 'not-a-number', value: show(v) });
    else if (!Number.isInteger(v)) problems.push({ field, code: 'not-an-integer', value: show(v) });
    else if (v < min || v > max) problems.push({ field, code: 'out-of-range', value: show(v) });
    else return v;
    return fallback;
  };
  const scenario: Scenario = {
    asOf: Object.hasOwn(value, 'asOf') && value.asOf === PLANS_AS_OF ? PLANS_AS_OF : int('asOf', ...YEAR_RANGE, null),
    horizon: int('horizon', ...YEAR_RANGE, DEFAULT_SCENARIO.horizon) as number,
    seed: int('seed', 0, Number.MAX_SAFE_INTEGER, DEFAULT_SCENARIO.seed) as number,
    paths: int('paths', 1, MAX_PATHS, DEFAULT_SCENARIO.paths) as number,
    plans: [],
    indicators: {},
  };
  const tolerance = Object.hasOwn(value, 'aboutTolerance') ? value.aboutTolerance : undefined;
  if (tolerance !== undefined && tolerance !== null) {
    if (typeof tolerance !== 'number' || !Number.isFinite(tolerance)) problems.push({ field: 'aboutTolerance', code: 'not-a-number', value: show(tolerance) });
    else if (!(tolerance > ABOUT_TOLERANCE_RANGE[0] && tolerance <= ABOUT_TOLERANCE_RANGE[1])) problems.push({ field: 'aboutTolerance', code: 'out-of-range', value: show(tolerance) });
    else if (tolerance !== DEFAULT_ABOUT_TOLERANCE) scenario.aboutTolerance = tolerance;
  }
  const plans = Object.hasOwn(value, 'plans') ? value.plans : undefined;
  if (plans !== undefined) {
    if (!Array.isArray(plans) || plans.some((p) => typeof p !== 'string' || p.length > 100)) problems.push({ field: 'plans', code: 'not-a-string' });
    else scenario.plans = [...new Set(plans as string[])];
  }
  const indicators = Object.hasOwn(value, 'indicators') ? value.indicators : undefined;
  if (indicators !== undefined) {
    if (!isRecord(indicators)) problems.push({ field: 'indicators', code: 'not-an-object' });
    else {
      for (const [id, raw] of Object.entries(indicators)) {
        if (FORBIDDEN_KEYS.includes(id)) problems.push({ field: `indicators.${id}`, code: 'forbidden-key' });
        else if (!isRecord(raw)) problems.push({ field: `indicators.${id}`, code: 'not-an-object', value: show(raw) });
        else Object.defineProperty(scenario.indicators, id, { value: parseAssumption(`indicators.${id}`, raw, problems), enumerable: true, writable: true, configurable: true });
      }
    }
  }
  return { scenario, problems };
}

function parseAssumption(path: string, raw: unknown, problems: ScenarioProblem[]): Assumption {
  const out: Assumption = {};
  if (!isRecord(raw)) {
    problems.push({ field: path, code: 'not-an-object' });
    return out;
  }
  for (const [key, v] of Object.entries(raw)) {
    const field = `${path}.${key}`;
    const range = Object.hasOwn(ASSUMPTION_NUMBERS, key) ? ASSUMPTION_NUMBERS[key] : undefined;
    if (range) {
      if (typeof v !== 'number' || !Number.isFinite(v)) problems.push({ field, code: 'not-a-number', value: show(v) });
      else if (v < range[0] || v > range[1]) problems.push({ field, code: 'out-of-range', value: show(v) });
      else (out as Record<string, number>)[key] = v + 0; // + 0 turns −0 into 0, as JSON would
    } else if (key === 'rule') {
      if (typeof v !== 'string' || !RULES.includes(v as RuleName)) problems.push({ field, code: 'not-in-list', value: show(v) });
      else out.rule = v as RuleName;
    } else if (key === 'expression' || key === 'derive') {
      if (typeof v !== 'string') problems.push({ field, code: 'not-a-string', value: show(v) });
      else out[key] = v;
    } else if (key === 'params') {
      if (!isRecord(v) || Object.entries(v).some(([name, x]) => FORBIDDEN_KEYS.includes(name) || typeof x !== 'number' || !Number.isFinite(x))) {
        problems.push({ field, code: 'not-a-number' });
      } else out.params = v as Record<string, number>;
    } else if (key === 'shocks') {
      const ok = Array.isArray(v) && v.every((s) => isRecord(s) && Number.isInteger(s.year) && typeof s.size === 'number' && s.size > -1 && s.size < 10);
      if (!ok) problems.push({ field, code: 'out-of-range', value: show(v) });
      else out.shocks = (v as { year: number; size: number }[]).map((s) => ({ year: s.year, size: s.size }));
    } else problems.push({ field, code: 'unknown-field' });
  }
  return out;
}

/**
 * Whether a scenario's plan choice includes a plan: every plan when it names none, else those it
 * names. The one meaning of `plans` for the page, the embed, the CLI and the engine's targets.
 *
 * @param plans - The scenario's `plans`.
 * @param planId - A target's plan.
 */
export function scoresPlan(plans: readonly string[], planId: string): boolean {
  return plans.length === 0 || plans.includes(planId);
}

/**
 * Turn a scenario into the engine's scenario.
 *
 * @param scenario - A parsed scenario.
 */
export function toEngineScenario(scenario: Scenario): EngineScenario {
  // Each plan's own year is `AssessInput.planAsOf` (see `engineRequest`); the rest start from today's data.
  const engine: EngineScenario = { asOf: scenario.asOf === PLANS_AS_OF ? null : scenario.asOf, horizon: scenario.horizon, seed: scenario.seed, paths: scenario.paths, assumptions: scenario.indicators };
  if (scenario.aboutTolerance !== undefined) engine.aboutTolerance = scenario.aboutTolerance;
  return engine;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
