import type { Unit } from '../data/seed-schemas.ts';
import { compileFormula, FormulaError, formulaParserReady } from '../model/index.ts';
import type { UserIndicator, UserLayer } from './layer.ts';
import { createProblemLog, showValue, type LayerProblem, type ProblemLog } from './layer-problem.ts';
import { isRecord, readList } from './read-fields.ts';
import { readActual, readIndicator, readLayerHeader, readPlan, readTarget } from './read-rows.ts';

/** The most rows accepted over all layers together; more would slow the page without telling anyone more. */
export const LAYER_LIMITS = { layers: 50, indicators: 200, actuals: 20_000, targets: 2_000, plans: 100 } as const;

export interface ParseLayersOptions {
  /** The published indicators (`dataset.indicators` will do): rows may name them, formulas may use them. */
  catalogue: readonly { id: string; unit: Unit }[];
}

/** What `parseLayers` accepted, and why it left anything out. */
export interface ParsedLayers {
  layers: UserLayer[];
  problems: LayerProblem[];
}

type Kind = 'indicators' | 'actuals' | 'targets' | 'plans';

/**
 * Check untrusted JSON (from a link, a saved file or localStorage) against the user-layer schema
 * and rebuild it from fresh objects. Every field is type-checked; a bad row is left out with a
 * problem naming its path, and the good rows are kept. A custom indicator's `derive` is compiled
 * against the catalogue and custom ids (not its own); a refused formula is dropped, the indicator kept.
 * Never throws, whatever the value.
 *
 * @param value - The parsed JSON: an array of layers, or an object whose `layers` field is one.
 * @param options - The catalogue to check indicator ids and units against.
 * @example parseLayers(JSON.parse(text), { catalogue: dataset.indicators })
 */
export function parseLayers(value: unknown, options: ParseLayersOptions): ParsedLayers {
  const log = createProblemLog();
  const units = new Map<string, Unit>(options.catalogue.map((d) => [d.id, d.unit]));
  const limits = createLimits(log);
  const layerIds = new Set<string>();
  const drafts: { path: string; raw: Record<string, unknown>; layer: UserLayer; indicatorPaths: string[] }[] = [];

  // First every layer's own fields and custom indicators, so rows and formulas in any layer may
  // name an indicator that a later layer defines.
  const list = layerList(value, log);
  for (let i = 0; i < list.length; i++) {
    const path = `layers[${i}]`;
    if (drafts.length === LAYER_LIMITS.layers) {
      log.report({ path, code: 'too-many', value: String(LAYER_LIMITS.layers) });
      break;
    }
    const raw = list[i];
    if (!isRecord(raw)) {
      log.report({ path, code: 'not-an-object' });
      continue;
    }
    const header = readLayerHeader(raw, path, log);
    if (!header) continue;
    // Ids are never trusted: the page keys its layers by id, so a repeated one gets the next free
    // `l<k>` (reported), and the layer and its rows are kept.
    if (layerIds.has(header.id)) {
      const taken = new Set([...layerIds, ...list.flatMap((other) => (isRecord(other) && typeof other.id === 'string' ? [other.id] : []))]);
      let k = 1;
      while (taken.has(`l${k}`)) k++;
      log.report({ path: `${path}.id`, code: 'duplicate-id', value: `${header.id} → l${k}` });
      header.id = `l${k}`;
    }
    layerIds.add(header.id);
    const draft = { path, raw, layer: { ...header, indicators: [], actuals: [], targets: [] } as UserLayer, indicatorPaths: [] as string[] };
    drafts.push(draft);
    readList(raw, 'indicators', path, log).every((rawRow, j) => {
      const rowPath = `${path}.indicators[${j}]`;
      if (!limits.allows('indicators', rowPath)) return false;
      const indicator = readIndicator(rawRow, rowPath, log);
      if (!indicator) return true;
      if (units.has(indicator.id)) log.report({ path: `${rowPath}.id`, code: 'duplicate-id', value: indicator.id });
      else {
        units.set(indicator.id, indicator.unit);
        draft.layer.indicators.push(indicator);
        limits.accept('indicators');
        draft.indicatorPaths.push(rowPath);
      }
      return true;
    });
  }

  // Plans before rows, so a target can be checked against the plans of its own layer. A plan id is
  // unique over the workspace: the same table imported twice would otherwise merge two layers' plans.
  const planIds = new Set<string>();
  for (const { path, raw, layer } of drafts) {
    if (!Object.hasOwn(raw, 'plans')) continue;
    const plans: UserLayer['plans'] & object = [];
    readList(raw, 'plans', path, log).every((rawRow, j) => {
      const rowPath = `${path}.plans[${j}]`;
      if (!limits.allows('plans', rowPath)) return false;
      const plan = readPlan(rawRow, rowPath, log);
      if (plan && planIds.has(plan.id)) log.report({ path: `${rowPath}.id`, code: 'duplicate-id', value: plan.id });
      else if (plan) {
        planIds.add(plan.id);
        plans.push(plan);
        limits.accept('plans');
      }
      return true;
    });
    layer.plans = plans;
  }

  const inScope = [...units.keys()];
  for (const { layer, indicatorPaths } of drafts) {
    layer.indicators.forEach((indicator, j) => checkDerive(indicator, indicatorPaths[j] ?? '', inScope, log));
  }

  for (const { path, raw, layer } of drafts) {
    // Row by row until the overall limit is reached; the rest of the list is not read.
    const readInto = <T>(kind: 'actuals' | 'targets', read: (row: unknown, rowPath: string) => T | null, into: T[]) =>
      readList(raw, kind, path, log).every((rawRow, j) => {
        const rowPath = `${path}.${kind}[${j}]`;
        if (!limits.allows(kind, rowPath)) return false;
        const row = read(rawRow, rowPath);
        if (row) {
          into.push(row);
          limits.accept(kind);
        }
        return true;
      });
    readInto('actuals', (row, rowPath) => readActual(row, rowPath, units, log), layer.actuals);
    const ownPlans = new Set((layer.plans ?? []).map((p) => p.id));
    readInto(
      'targets',
      (row, rowPath) => {
        const target = readTarget(row, rowPath, units, log);
        // A target filed under a plan its layer does not carry would be scored under no plan at all.
        if (target?.plan_id !== undefined && !ownPlans.has(target.plan_id)) {
          log.report({ path: `${rowPath}.plan_id`, code: 'unknown-plan', value: target.plan_id });
          return null;
        }
        return target;
      },
      layer.targets,
    );
  }
  return { layers: drafts.map((d) => d.layer), problems: log.list() };
}

function layerList(value: unknown, log: ProblemLog): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (isRecord(value) && Object.hasOwn(value, 'layers') && Array.isArray(value.layers)) return value.layers;
  log.report({ path: 'layers', code: 'not-an-array', value: showValue(value) });
  return [];
}

/**
 * Track accepted rows per kind over all layers. Once a kind is full, the next row of that kind is
 * reported once as `too-many` and no further row of it is read, in this layer or any later one.
 */
function createLimits(log: ProblemLog): { allows(kind: Kind, path: string): boolean; accept(kind: Kind): void } {
  const kept = { indicators: 0, actuals: 0, targets: 0, plans: 0 };
  const reported = new Set<Kind>();
  return {
    allows(kind, path) {
      if (kept[kind] < LAYER_LIMITS[kind]) return true;
      if (!reported.has(kind)) log.report({ path, code: 'too-many', value: String(LAYER_LIMITS[kind]) });
      reported.add(kind);
      return false;
    },
    accept(kind) {
      kept[kind]++;
    },
  };
}

/** Compile a custom indicator's formula; if refused, drop it (the indicator stays) and say why. */
function checkDerive(indicator: UserIndicator, path: string, inScope: readonly string[], log: ProblemLog): void {
  if (indicator.derive === null) return;
  try {
    // Not its own id: a series cannot be a formula of itself (the engine leaves it out too).
    compileFormula(indicator.derive, inScope.filter((id) => id !== indicator.id));
  } catch (e) {
    // The parser not loaded yet is the caller's slip, not the user's formula: never drop it for that.
    if (!formulaParserReady()) throw e;
    const refused = e instanceof FormulaError ? { formulaCode: e.code, detail: e.detail } : { formulaCode: 'formula-syntax' as const, detail: showValue(String(e)) };
    log.report({ path: `${path}.derive`, code: 'formula-refused', value: showValue(indicator.derive), ...refused });
    indicator.derive = null;
  }
}
