import type { Problem } from '../data/problems.ts';
import type { ActualRow, Dataset, IndicatorRow, PlanRow, TargetRow } from '../data/types.ts';
import type { Assumption } from '../model/index.ts';
import { USER_PLAN_ID, type UserActual, type UserIndicator, type UserLayer, type UserPlan, type UserTarget } from './layer.ts';

/** The pseudo-plan every user target is filed under, so legends and tables treat it like a plan. */
export const USER_PLAN: Readonly<PlanRow> = Object.freeze({
  line: 0,
  id: USER_PLAN_ID,
  title_zh: '我的目标',
  title_en: 'My targets',
  short_zh: '我的目标',
  short_en: 'My targets',
  // One field for both languages; seed issuers are Chinese names, so both words are given.
  issuer: '用户/user',
  issued: null,
  period: null,
  source_file: '',
  notes: null,
});

/** What a user value shows as its publisher in source dialogs. */
export const USER_PUBLISHER = '用户导入';

/**
 * Add user layers to a dataset as ordinary rows marked `origin: 'user'` and `layer: <id>`.
 * Published rows are kept as they are (the same objects) and come first, and nothing is replaced:
 * a user value for a year that has a published value is a second row for that year. User targets
 * are filed under the pseudo-plan `USER_PLAN`, added when any user target is kept.
 *
 * Hazard: a user actual's `line` is its line in the user's file (0 when unknown), so it can equal a
 * published row's line, or another user row's, in the same series. Key rendered rows by more than
 * `line` (e.g. `${layer ?? ''}:${line}:${index}`). User targets get fresh lines after the last published one.
 *
 * Rows that no longer fit the dataset are left out with a problem whose `file` is the layer's
 * label: an indicator id already taken (`duplicate-row`), or an actual or target naming an
 * indicator the dataset and layers lack (`unknown-indicator`) or in another unit (`unit-mismatch`).
 * `parseLayers` reports the same things first; these checks matter when the seed data changed since.
 *
 * @param dataset - The published data; not modified (and returned as it is when there are no layers).
 * @param layers - Layers from `parseLayers`, in the order the user added them.
 */
export function withLayers(dataset: Dataset, layers: readonly UserLayer[]): Dataset {
  // No layers, nothing to add: the same object, so whatever was built from it need not be built again.
  if (layers.length === 0) return dataset;
  const problems: Problem[] = [];
  const units = new Map(dataset.indicators.map((d) => [d.id, d.unit]));
  const indicators: IndicatorRow[] = [];
  for (const layer of layers) {
    for (const indicator of layer.indicators) {
      if (units.has(indicator.id)) {
        problems.push({ file: layer.label, line: 0, column: 'id', code: 'duplicate-row', value: indicator.id });
        continue;
      }
      units.set(indicator.id, indicator.unit);
      indicators.push(toIndicatorRow(indicator, layer));
    }
  }
  const fits = (layer: UserLayer, row: { indicator_id: string; unit: string }, line: number): boolean => {
    const unit = units.get(row.indicator_id);
    if (unit === undefined) problems.push({ file: layer.label, line, column: 'indicator_id', code: 'unknown-indicator', value: row.indicator_id });
    else if (unit !== row.unit) problems.push({ file: layer.label, line, column: 'unit', code: 'unit-mismatch', value: `${row.unit} ≠ ${unit}` });
    return unit === row.unit;
  };
  const actuals: ActualRow[] = [];
  const targets: TargetRow[] = [];
  // User targets have no file line, and pages key target rows by `line` (Scoreboard, IndicatorSection),
  // so they are numbered on from the highest published line: unique among all targets, and the
  // engine's target ids (`plan_id:line`) stay unique too.
  const lastTargetLine = dataset.targets.reduce((max, t) => Math.max(max, t.line), 0);
  for (const layer of layers) {
    for (const actual of layer.actuals) if (fits(layer, actual, actual.line ?? 0)) actuals.push(toActualRow(actual, layer));
    for (const target of layer.targets) if (fits(layer, target, 0)) targets.push(toTargetRow(target, layer, lastTargetLine + targets.length + 1));
  }
  const addPlan = targets.some((t) => t.plan_id === USER_PLAN_ID) && !dataset.plans.some((p) => p.id === USER_PLAN_ID);
  // A layer's own plans, each once (parseLayers keeps ids unique; a seeded id can never match `u_plan_`).
  const seen = new Set(dataset.plans.map((p) => p.id));
  const userPlans = layers.flatMap((layer) => (layer.plans ?? []).filter((p) => !seen.has(p.id) && (seen.add(p.id), true)).map(toPlanRow));
  return {
    plans: [...dataset.plans, ...(addPlan ? [{ ...USER_PLAN }] : []), ...userPlans],
    indicators: [...dataset.indicators, ...indicators],
    targets: [...dataset.targets, ...targets],
    // Published values first: between equally firm values `pickActual` keeps the first listed.
    actuals: [...dataset.actuals, ...actuals],
    problems: [...dataset.problems, ...problems],
  };
}

/**
 * Collect the formulas of the layers' derived indicators as scenario assumptions, so the engine
 * projects each one path by path from its parts.
 *
 * @param layers - Parsed layers.
 * @returns `{ [indicatorId]: { derive } }` for every custom indicator with a formula.
 */
export function derivedAssumptions(layers: readonly UserLayer[]): Record<string, Assumption> {
  return Object.fromEntries(Object.entries(layerFormulas(layers)).map(([id, derive]) => [id, { derive }]));
}

/**
 * The formulas of the layers' derived indicators, by indicator id.
 *
 * @param layers - Parsed layers.
 */
export function layerFormulas(layers: readonly UserLayer[]): Record<string, string> {
  return Object.fromEntries(layers.flatMap((layer) => layer.indicators.flatMap((d) => (d.derive === null ? [] : [[d.id, d.derive]]))));
}

function toIndicatorRow(indicator: UserIndicator, layer: UserLayer): IndicatorRow {
  return {
    line: 0,
    id: indicator.id,
    name_zh: indicator.name,
    name_en: indicator.name,
    unit: indicator.unit,
    kind: 'user',
    lower_bound: null,
    upper_bound: null,
    definition: indicator.definition,
    definition_zh: indicator.definition,
    action_area: 'user',
    focal: 'no',
    measure_zh: indicator.measure_zh,
    gap_zh: null,
    gap_en: null,
    origin: 'user',
    layer: layer.id,
  };
}

function toActualRow(actual: UserActual, layer: UserLayer): ActualRow {
  return {
    line: actual.line ?? 0,
    indicator_id: actual.indicator_id,
    region: actual.region,
    year: actual.year,
    value: actual.value,
    unit: actual.unit,
    quality: actual.quality ?? 'final',
    // A filled-in value names its own source; a plain import has only its file name and the user's words.
    source_publisher: actual.publisher || USER_PUBLISHER,
    source_title: actual.title || layer.label,
    source_url: actual.url ?? '',
    source_quote: actual.quote || actual.source,
    note: null,
    origin: 'user',
    layer: layer.id,
  };
}

function toPlanRow(plan: UserPlan): PlanRow {
  return {
    line: 0,
    id: plan.id,
    // One name, as the user gave it, in both languages: translating it would put words in the plan's mouth.
    title_zh: plan.name,
    title_en: plan.name,
    short_zh: plan.name,
    short_en: plan.name,
    issuer: plan.issuer ?? '',
    issued: plan.issued,
    period: null,
    source_file: plan.source ?? '',
    notes: plan.notes,
  };
}

// A plan's yearly targets say so in their clause (每年, 年度); every other dated level is the period's end.
const ANNUAL_CLAUSE = /每年|年度/;

function toTargetRow(target: UserTarget, layer: UserLayer, line: number): TargetRow {
  const planned = target.plan_id !== undefined;
  return {
    line,
    plan_id: target.plan_id ?? USER_PLAN_ID,
    source_file: '',
    indicator_id: target.indicator_id,
    region: target.region,
    year: target.year,
    value: target.value,
    unit: target.unit,
    comparator: target.comparator,
    // A dated level to reach, which the engine scores; `annual` would claim a yearly breakdown.
    kind: planned ? (ANNUAL_CLAUSE.test(target.label) ? 'annual' : 'end') : 'milestone',
    value_text: String(target.value),
    clause_zh: target.label,
    note: target.note ?? null,
    tolerance: target.tolerance ?? null,
    origin: 'user',
    layer: layer.id,
  };
}
