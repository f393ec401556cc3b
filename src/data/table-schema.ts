import { parseCsv } from './csv.ts';
import { clip, type Problem } from './problems.ts';

/** How one column's text becomes a value. */
export type ColumnType =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'enum'; values: readonly string[] };

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** Required columns must be present in the header and non-empty in every row. Defaults to true. */
  required?: boolean;
}

export interface TableSchema {
  columns: readonly ColumnSpec[];
  /** Columns whose values together identify a row; a repeat is reported as a duplicate. */
  key: readonly string[];
}

/** A parsed row: column name → string, number or null (empty optional cell), plus its line. */
export type ParsedRow = Record<string, string | number | null> & { line: number };

/** The value a column of this type holds: its enum's literal union, a string, or a number. */
type ValueOf<T extends ColumnType> = T extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : T extends { kind: 'string' }
    ? string
    : number;

/** A column's value in a row, with null for an empty cell of an optional (`required: false`) column. */
type CellOf<C extends ColumnSpec> = C extends { required: false } ? ValueOf<C['type']> | null : ValueOf<C['type']>;

/**
 * The row a schema declares: its line, and each column by name with the value {@link parseTable}
 * gives it. Declare the schema `as const satisfies TableSchema` so names and enum values stay literal.
 *
 * @example
 * const SCHEMA = { columns: [{ name: 'id', type: { kind: 'string' } }, { name: 'focal', type: { kind: 'enum', values: ['yes', 'no'] }, required: false }], key: ['id'] } as const satisfies TableSchema;
 * type Row = RowOf<typeof SCHEMA>; // { line: number; id: string; focal: 'yes' | 'no' | null }
 */
export type RowOf<S extends TableSchema> = Flatten<{ line: number } & { [C in S['columns'][number] as C['name']]: CellOf<C> }>;

/** The same object type written as one, so editors and errors show its fields rather than an intersection. */
type Flatten<T> = { [K in keyof T]: T[K] };

/** The rows that loaded, and every problem, of one table. */
export interface ParsedTable<Row = ParsedRow> {
  rows: Row[];
  problems: Problem[];
}

/**
 * Parse and validate one CSV file against a schema. A bad row is reported by file, line and column
 * and left out; every good row still loads. A record with an unclosed quote never loads (and with it
 * in the header, nothing does); a stray quote is reported and its text kept.
 *
 * @param file - The file name used in messages, e.g. `seeds/targets.csv`.
 * @param text - The file contents.
 * @param schema - The columns the file must have and the key that must be unique.
 */
export function parseTable<S extends TableSchema>(file: string, text: string, schema: S): ParsedTable<RowOf<S>> {
  const problems: Problem[] = [];
  const { records, problems: syntax } = parseCsv(text);
  for (const p of syntax) problems.push({ file, line: p.line, code: p.code });
  // A record with an unclosed quote was split by guesswork (the quote read as a character), so
  // none of its cells can be trusted; its problem is reported above and it does not load.
  const unclosed = new Set(syntax.filter((p) => p.code === 'unclosed-quote').map((p) => p.record));
  const header = records[0];
  if (!header) return { rows: [], problems: [...problems, { file, line: 1, code: 'empty-file' }] };
  // A header split by guesswork may have its names shifted, so no column and no row can be trusted.
  if (unclosed.has(header.line)) return { rows: [], problems };

  const names = header.fields.map((f) => f.trim());
  const index = new Map(names.map((n, i) => [n, i]));
  const missing = schema.columns.filter((c) => c.required !== false && !index.has(c.name));
  // Without a required column no row can be trusted, so none loads.
  if (missing.length > 0) {
    for (const c of missing) problems.push({ file, line: header.line, column: c.name, code: 'missing-column' });
    return { rows: [], problems };
  }

  const rows: RowOf<S>[] = [];
  const seen = new Map<string, number>();
  for (const record of records.slice(1)) {
    if (unclosed.has(record.line)) continue;
    if (record.fields.length !== names.length) {
      problems.push({ file, line: record.line, code: 'field-count', value: String(record.fields.length) });
      continue;
    }
    const row = { line: record.line } as ParsedRow;
    let ok = true;
    for (const column of schema.columns) {
      const i = index.get(column.name);
      const raw = i === undefined ? '' : (record.fields[i] ?? '').trim();
      const result = parseCell(raw, column);
      if ('code' in result) {
        problems.push({ file, line: record.line, column: column.name, code: result.code, value: clip(raw) });
        ok = false;
      } else {
        row[column.name] = result.value;
      }
    }
    if (!ok) continue;
    const key = schema.key.map((k) => String(row[k])).join('\u0000');
    if (seen.has(key)) {
      problems.push({ file, line: record.line, code: 'duplicate-row', value: `line ${seen.get(key)}` });
      continue;
    }
    seen.set(key, record.line);
    // Every column got a value of its type from parseCell above, which is what RowOf<S> says; the
    // compiler cannot follow a loop over the schema's columns to see it.
    rows.push(row as RowOf<S>);
  }
  return { rows, problems };
}

type CellResult = { value: string | number | null } | { code: Problem['code'] };

function parseCell(raw: string, column: ColumnSpec): CellResult {
  if (raw === '') return column.required === false ? { value: null } : { code: 'missing-value' };
  const type = column.type;
  switch (type.kind) {
    case 'string':
      return { value: raw };
    case 'enum':
      return type.values.includes(raw) ? { value: raw } : { code: 'not-in-list' };
    case 'number': {
      const n = parseStrictNumber(raw);
      return Number.isFinite(n) ? { value: n } : { code: 'not-a-number' };
    }
    case 'integer': {
      const n = parseStrictNumber(raw);
      if (!Number.isInteger(n)) return { code: Number.isFinite(n) ? 'not-an-integer' : 'not-a-number' };
      if ((type.min !== undefined && n < type.min) || (type.max !== undefined && n > type.max)) {
        return { code: 'out-of-bounds' };
      }
      return { value: n };
    }
  }
}

/**
 * Read a plain decimal number. Seed files are machine-checked, so unlike user imports no
 * thousands separators, units or full-width digits are accepted here: `Number('')` is 0 and
 * `Number('0x10')` is 16, which is why we do not use `Number` alone.
 */
function parseStrictNumber(raw: string): number {
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
}
