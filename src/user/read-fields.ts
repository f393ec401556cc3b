import { looksLikeFormula, normaliseLine, normaliseName } from '../text/user-text.ts';
import { showValue, type LayerProblem, type ProblemLog } from './layer-problem.ts';

/** A plain JSON object; arrays and null are not records. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How a text field is normalised before it is checked and kept (see `src/text/user-text.ts`):
 * `name` for identifying fields (names, regions, unit words), which also fold full-width forms;
 * `line` for one line of prose (labels, sources, definitions).
 */
export type TextKind = 'name' | 'line';

/** What a text field must be, besides a string. */
export interface TextOptions {
  /** Not blank. Defaults to false. */
  nonEmpty?: boolean;
  /** How it is normalised. Defaults to `line`. */
  kind?: TextKind;
  /** Refused as `formula-cell` when it starts like a spreadsheet formula (`=`, `+`, `-`, `@`). Defaults to false. */
  refuseFormula?: boolean;
}

/**
 * Typed reads of one JSON object's fields, each reporting its own problem at `path.key`. Only own
 * properties are read (`Object.hasOwn`), so a `__proto__` or `constructor` key in the JSON is
 * either an ordinary field or ignored, never the prototype's.
 *
 * Text is normalised first and every check runs on the normalised text, which is what is returned
 * and stored: a workspace from a file, a link or the browser's store is kept as the importer would
 * have kept it.
 */
export interface FieldReader {
  /** A string, normalised, of at most `max` characters; see {@link TextOptions}. */
  text(key: string, max: number, options?: TextOptions): string | undefined;
  /** Like `text`, but null (or a missing field) is accepted as null. */
  nullableText(key: string, max: number, options?: TextOptions): string | null | undefined;
  /** A finite number; −0 becomes 0, as JSON would write it. */
  number(key: string): number | undefined;
  /** An integer in [min, max]. */
  integer(key: string, min: number, max: number): number | undefined;
  /** Like `integer`, but null (or a missing field) is accepted as null. */
  nullableInteger(key: string, min: number, max: number): number | null | undefined;
  /** One of the listed strings. */
  oneOf<T extends string>(key: string, list: readonly T[]): T | undefined;
  /**
   * A string matching `pattern` (a regular expression or a predicate). Ids are exact unless `kind`
   * is given (a region is a name); then the normalised text is checked and returned.
   */
  id(key: string, pattern: RegExp | ((value: string) => boolean), options?: Omit<TextOptions, 'nonEmpty'>): string | undefined;
  /** True while every field read so far was valid. */
  readonly ok: boolean;
}

/**
 * Start reading the fields of one object.
 *
 * @param record - The object, already known to be a record.
 * @param path - Its path, e.g. `layers[0].actuals[3]`.
 * @param log - Where problems go.
 */
export function readFields(record: Record<string, unknown>, path: string, log: ProblemLog): FieldReader {
  let ok = true;
  const fail = (key: string, code: LayerProblem['code'], value?: unknown): undefined => {
    ok = false;
    log.report(value === undefined ? { path: `${path}.${key}`, code } : { path: `${path}.${key}`, code, value: showValue(value) });
    return undefined;
  };
  const get = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
  const present = (key: string) => get(key) !== undefined && get(key) !== null;

  const reader: FieldReader = {
    get ok() {
      return ok;
    },
    text(key, max, options) {
      const raw = get(key);
      if (raw === undefined) return fail(key, 'missing-field');
      if (typeof raw !== 'string') return fail(key, 'not-a-string', raw);
      const v = normalise(raw, options?.kind ?? 'line');
      if (v.length > max) return fail(key, 'too-long', String(v.length));
      if (options?.nonEmpty && v === '') return fail(key, 'empty-text');
      if (options?.refuseFormula && looksLikeFormula(v)) return fail(key, 'formula-cell', v);
      return v;
    },
    nullableText(key, max, options) {
      return present(key) ? reader.text(key, max, options) : null;
    },
    number(key) {
      const v = get(key);
      if (v === undefined) return fail(key, 'missing-field');
      if (typeof v !== 'number' || !Number.isFinite(v)) return fail(key, 'not-a-number', v);
      return v + 0;
    },
    integer(key, min, max) {
      const v = reader.number(key);
      if (v === undefined) return undefined;
      if (!Number.isInteger(v)) return fail(key, 'not-an-integer', v);
      if (v < min || v > max) return fail(key, 'out-of-range', v);
      return v;
    },
    nullableInteger(key, min, max) {
      return present(key) ? reader.integer(key, min, max) : null;
    },
    oneOf(key, list) {
      const v = get(key);
      if (v === undefined) return fail(key, 'missing-field');
      if (typeof v !== 'string') return fail(key, 'not-a-string', v);
      return (list as readonly string[]).includes(v) ? (v as (typeof list)[number]) : fail(key, 'not-in-list', v);
    },
    id(key, pattern, options) {
      const raw = get(key);
      if (raw === undefined) return fail(key, 'missing-field');
      if (typeof raw !== 'string') return fail(key, 'not-a-string', raw);
      const v = options?.kind === undefined ? raw : normalise(raw, options.kind);
      if (options?.refuseFormula && looksLikeFormula(v)) return fail(key, 'formula-cell', v);
      return (typeof pattern === 'function' ? pattern(v) : pattern.test(v)) ? v : fail(key, 'bad-id', v);
    },
  };
  return reader;
}

const normalise = (text: string, kind: TextKind): string => (kind === 'name' ? normaliseName(text) : normaliseLine(text));

/**
 * Read an optional array field. A missing field is an empty list; anything else that is not an
 * array is reported and also read as empty.
 *
 * @param record - The object holding the field.
 * @param key - The field name.
 * @param path - The object's path, for the problem.
 * @param log - Where the problem goes.
 */
export function readList(record: Record<string, unknown>, key: string, path: string, log: ProblemLog): readonly unknown[] {
  const v = Object.hasOwn(record, key) ? record[key] : undefined;
  if (v === undefined) return [];
  if (Array.isArray(v)) return v;
  log.report({ path: `${path}.${key}`, code: 'not-an-array', value: showValue(v) });
  return [];
}
