import { COMPARATORS, QUALITIES, UNITS, YEAR_RANGE, type Unit } from '../data/seed-schemas.ts';
import {
  ID_PATTERN,
  isRegion,
  TEXT_LIMITS,
  LAYER_ID_PATTERN,
  PLAN_DATE_PATTERN,
  USER_INDICATOR_ID_PATTERN,
  USER_PLAN_ID_PATTERN,
  type UserActual,
  type UserIndicator,
  type UserPlan,
  type UserTarget,
} from './layer.ts';
import type { ProblemLog } from './layer-problem.ts';
import { isRecord, readFields, type FieldReader } from './read-fields.ts';

/** A file line number; a larger one is not a line of any file a browser would import. */
const MAX_LINE = 100_000_000;

// Full date and time with an offset, as `Date.prototype.toISOString` writes it; no nested quantifiers.
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The fields of a layer other than its rows. */
export interface LayerHeader {
  id: string;
  label: string;
  created: string;
}

/** Indicator ids in scope and their units: the catalogue's and every accepted custom one. */
export type UnitsById = ReadonlyMap<string, Unit>;

const begin = (raw: unknown, path: string, log: ProblemLog): FieldReader | null => {
  if (isRecord(raw)) return readFields(raw, path, log);
  log.report({ path, code: 'not-an-object' });
  return null;
};

/**
 * Read a layer's id, label and creation time.
 *
 * @param raw - The layer object.
 * @param path - Its path, e.g. `layers[0]`.
 * @param log - Where problems go.
 */
export function readLayerHeader(raw: Record<string, unknown>, path: string, log: ProblemLog): LayerHeader | null {
  const f = readFields(raw, path, log);
  const id = f.id('id', LAYER_ID_PATTERN);
  // The file name or paste label the page gave it: normalised, but not refused for a leading `=`
  // or `-`, which would drop the whole layer, rows and all, for its name alone.
  const label = f.text('label', TEXT_LIMITS.label, { nonEmpty: true });
  let created = f.text('created', 40);
  if (created !== undefined && !(ISO_TIMESTAMP.test(created) && Number.isFinite(Date.parse(created)))) {
    log.report({ path: `${path}.created`, code: 'bad-date', value: created });
    created = undefined;
  }
  return id !== undefined && label !== undefined && created !== undefined ? { id, label, created } : null;
}

/**
 * Read one custom indicator. Its `derive` is copied as text here and checked later, once every
 * custom id is known.
 *
 * @param raw - The indicator object.
 * @param path - Its path.
 * @param log - Where problems go.
 */
export function readIndicator(raw: unknown, path: string, log: ProblemLog): UserIndicator | null {
  const f = begin(raw, path, log);
  if (!f) return null;
  const row = {
    id: f.id('id', USER_INDICATOR_ID_PATTERN),
    name: f.text('name', TEXT_LIMITS.name, { nonEmpty: true, kind: 'name', refuseFormula: true }),
    unit: f.oneOf('unit', UNITS),
    measure_zh: f.nullableText('measure_zh', TEXT_LIMITS.name, { kind: 'name' }),
    definition: f.text('definition', TEXT_LIMITS.definition),
    // No cap here: a long formula is refused by `compileFormula` later, which keeps the indicator.
    derive: f.nullableText('derive', Number.MAX_SAFE_INTEGER),
  };
  return f.ok ? (row as UserIndicator) : null;
}

/**
 * Check that a row names an indicator in scope, in that indicator's unit.
 *
 * @param row - The row's indicator id and unit.
 * @param path - The row's path.
 * @param units - Indicator ids in scope.
 * @param log - Where problems go.
 */
function knownIndicator(row: { indicator_id: string; unit: Unit }, path: string, units: UnitsById, log: ProblemLog): boolean {
  const unit = units.get(row.indicator_id);
  if (unit === undefined) {
    log.report({ path: `${path}.indicator_id`, code: 'unknown-indicator', value: row.indicator_id });
    return false;
  }
  if (unit !== row.unit) {
    log.report({ path: `${path}.unit`, code: 'unit-mismatch', value: `${row.unit} ≠ ${unit}` });
    return false;
  }
  return true;
}

/** The fields a value and a target share: which indicator, where, when, how much, in what unit. */
function placedValue(f: FieldReader) {
  return {
    indicator_id: f.id('indicator_id', ID_PATTERN),
    // A region is a name: normalised and folded as the importer stores it, then checked.
    region: f.id('region', isRegion, { kind: 'name', refuseFormula: true }),
    year: f.integer('year', YEAR_RANGE[0], YEAR_RANGE[1]),
    value: f.number('value'),
    unit: f.oneOf('unit', UNITS),
  };
}

/**
 * Read one value the user brought.
 *
 * @param raw - The actual object.
 * @param path - Its path.
 * @param units - Indicator ids in scope and their units.
 * @param log - Where problems go.
 */
export function readActual(raw: unknown, path: string, units: UnitsById, log: ProblemLog): UserActual | null {
  const f = begin(raw, path, log);
  if (!f) return null;
  const row = {
    ...placedValue(f),
    source: f.text('source', TEXT_LIMITS.source, { refuseFormula: true }),
    line: f.nullableInteger('line', 0, MAX_LINE),
    ...sourceFields(raw as Record<string, unknown>, f),
  };
  return f.ok && knownIndicator(row as UserActual, path, units, log) ? (row as UserActual) : null;
}

/** The structured source a filled-in value may carry; each field is optional and kept only when present. */
function sourceFields(raw: Record<string, unknown>, f: FieldReader): Partial<Pick<UserActual, 'publisher' | 'title' | 'url' | 'quote' | 'quality'>> {
  const has = (key: string) => Object.hasOwn(raw, key) && raw[key] !== undefined && raw[key] !== null;
  const out: Partial<Pick<UserActual, 'publisher' | 'title' | 'url' | 'quote' | 'quality'>> = {};
  if (has('publisher')) out.publisher = f.text('publisher', TEXT_LIMITS.name, { refuseFormula: true });
  if (has('title')) out.title = f.text('title', TEXT_LIMITS.source, { refuseFormula: true });
  if (has('url')) out.url = f.text('url', TEXT_LIMITS.url, { refuseFormula: true });
  if (has('quote')) out.quote = f.text('quote', TEXT_LIMITS.source, { refuseFormula: true });
  if (has('quality')) out.quality = f.oneOf('quality', QUALITIES);
  return out;
}

/**
 * Read one target the user set.
 *
 * @param raw - The target object.
 * @param path - Its path.
 * @param units - Indicator ids in scope and their units.
 * @param log - Where problems go.
 */
export function readTarget(raw: unknown, path: string, units: UnitsById, log: ProblemLog): UserTarget | null {
  const f = begin(raw, path, log);
  if (!f) return null;
  const row = {
    ...placedValue(f),
    comparator: f.oneOf('comparator', COMPARATORS),
    label: f.text('label', TEXT_LIMITS.label, { refuseFormula: true }),
  };
  // Optional fields of a plan table's targets, written only when present so older layers read back unchanged.
  const has = (key: string) => Object.hasOwn(raw as object, key) && (raw as Record<string, unknown>)[key] !== null;
  const extra: Pick<UserTarget, 'plan_id' | 'tolerance' | 'note'> = {};
  if (has('plan_id')) extra.plan_id = f.id('plan_id', USER_PLAN_ID_PATTERN);
  if (has('tolerance')) {
    const tolerance = f.number('tolerance');
    // A relative band: above 0, and below 1 (±100% would say nothing).
    if (tolerance !== undefined && !(tolerance > 0 && tolerance < 1)) log.report({ path: `${path}.tolerance`, code: 'out-of-range', value: String(tolerance) });
    else extra.tolerance = tolerance;
    if (extra.tolerance === undefined) return null;
  }
  if (has('note')) extra.note = f.text('note', TEXT_LIMITS.notes, { refuseFormula: true });
  if (!f.ok || !knownIndicator(row as UserTarget, path, units, log)) return null;
  return { ...(row as UserTarget), ...extra };
}

/**
 * Read one plan a user brought as a table. Its id must be `u_plan_…`, so it can never take a seeded plan's place.
 *
 * @param raw - The plan object.
 * @param path - Its path.
 * @param log - Where problems go.
 */
export function readPlan(raw: unknown, path: string, log: ProblemLog): UserPlan | null {
  const f = begin(raw, path, log);
  if (!f) return null;
  const row = {
    id: f.id('id', USER_PLAN_ID_PATTERN),
    name: f.text('name', TEXT_LIMITS.name, { nonEmpty: true, kind: 'name', refuseFormula: true }),
    issuer: f.nullableText('issuer', TEXT_LIMITS.name, { kind: 'name', refuseFormula: true }),
    issued: f.nullableText('issued', 10),
    notes: f.nullableText('notes', TEXT_LIMITS.notes, { refuseFormula: true }),
    source: f.nullableText('source', TEXT_LIMITS.source, { refuseFormula: true }),
  };
  if (typeof row.issued === 'string' && !PLAN_DATE_PATTERN.test(row.issued)) {
    log.report({ path: `${path}.issued`, code: 'bad-date', value: row.issued });
    return null;
  }
  return f.ok ? (row as UserPlan) : null;
}
