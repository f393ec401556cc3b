import { readUnitWord } from './unit-words.ts';
import type { Unit } from '../data/seed-schemas.ts';
import type { UserActual, UserIndicator } from '../user/layer.ts';
import type { TextEncodingName } from './decode-text.ts';
import { byPosition, Findings, importProblem, type ImportNote, type ImportProblem } from './import-problems.ts';
import type { CatalogueIndicator } from './match-indicator.ts';
import { readInput, type ImportInput } from './read-input.ts';
import { indexPublished, type PublishedFigure } from './published-check.ts';
import { readShape } from './read-shape.ts';
import { keyChosenUnits, resolveIndicators } from './resolve-indicators.ts';
import { fileSource, resolveValues } from './resolve-values.ts';
import type { ImportShape } from './shape-types.ts';
import { sniffTable } from './sniff-table.ts';
import type { Delimiter } from './split-rows.ts';

/** The most non-blank rows the importer reads. */
export const MAX_IMPORT_ROWS = 50_000;

/** How to fill in what the table does not say. */
export interface ImportOptions {
  /** Region for values in a table without a region column. Defaults to `'guangzhou'`. */
  region?: string;
  /**
   * Units the user chose for names the catalogue does not have, keyed by the name as shown in an
   * `indicator-needs-unit` problem (spaces, full-width forms and a unit bracket are ignored).
   * Defaults to none.
   */
  units?: Readonly<Record<string, Unit>>;
  /** Ids a new custom indicator must not take, e.g. those of the workspace's other layers. Defaults to none. */
  reservedIds?: readonly string[];
  /**
   * Published values (never a user layer's rows), so a value they contradict is reported and left
   * out rather than imported beside them. Defaults to none.
   */
  published?: readonly PublishedFigure[];
}

/** What an import would add, and everything that stops part of it, before anything changes. */
export interface ImportPreview {
  /** How the bytes were read; null for pasted text. */
  encoding: TextEncodingName | null;
  /** Null when the input was refused before it was split. */
  delimiter: Delimiter | null;
  /** Null when the layout was not recognised. */
  shape: ImportShape | null;
  actuals: UserActual[];
  /** Custom indicators the import would create, for names the catalogue lacks. */
  indicators: UserIndicator[];
  /** Everything not imported, by line then column. */
  problems: ImportProblem[];
  /** What the importer decided on its own (skipped titles, converted units, loose matches…). */
  notes: ImportNote[];
  /** Value cells that were blank (—, …, N/A, empty) and skipped, never turned into 0. */
  skippedBlank: number;
}

/**
 * Read a user's table (an uploaded CSV/TSV or a paste from Excel or WPS) into a preview of the
 * values it would add, with every problem located by line and column.
 *
 * Pure and total: no DOM, no state, and it never throws; an unexpected failure comes back as an
 * `internal-error` problem. Long, wide and transposed-wide tables are recognised (see
 * {@link readShape}); names are matched to the catalogue or proposed as custom indicators (see
 * {@link createIndicatorMatcher}); units written in cells or headers are converted only by exact
 * decimal shifts (see {@link fitToUnit}).
 *
 * @param input - The bytes or text and a name; bytes win when both are given.
 * @param catalogue - The shipped indicators to match names against.
 * @param options - Default region, unit choices and reserved ids; see {@link ImportOptions}.
 * @returns The preview; `actuals` is empty when the whole input was refused.
 * @example previewImport({ text: '指标\t2022\t2023\n技术合同成交额（亿元）\t2,413.06\t2,830.98', name: '粘贴' }, indicators)
 */
export function previewImport(input: ImportInput, catalogue: readonly CatalogueIndicator[], options: ImportOptions = {}): ImportPreview {
  try {
    return runImport(input, catalogue, options);
  } catch {
    // Every input should be handled above; this keeps a bug from taking the page down with it.
    return { ...emptyPreview(null), problems: [importProblem(1, null, 'internal-error')] };
  }
}

function runImport(input: ImportInput, catalogue: readonly CatalogueIndicator[], options: ImportOptions): ImportPreview {
  const reading = readInput(input);
  if (!reading.ok) return { ...emptyPreview(reading.encoding), problems: [reading.problem] };
  const preview = emptyPreview(reading.encoding);
  const table = sniffTable(reading.text, MAX_IMPORT_ROWS);
  preview.delimiter = table.delimiter;
  const findings = new Findings();
  for (const note of [...reading.notes, ...table.notes]) findings.note(note.line, note.column, note.code, note.text, note.detail);
  for (const problem of table.problems) findings.problem(problem.line, problem.column, problem.code, problem.text);
  const refused = table.problems.some((p) => p.code === 'too-many-rows');
  if (!refused && table.header === null) findings.problem(table.notes[0]?.line ?? 1, null, table.notes.length > 0 ? 'no-header' : 'empty');
  if (!refused && table.header !== null) {
    const shape = readShape(table.header, table.body, findings);
    preview.shape = shape.shape;
    preview.skippedBlank = shape.blanks;
    // The table's 单位 line, read once for every value and custom indicator below.
    const unit = table.tableUnit && readUnitWord(table.tableUnit.text);
    const tableUnit = unit && table.tableUnit ? { unit, at: table.tableUnit } : null;
    const { resolved, indicators } = resolveIndicators(
      shape.entries,
      { catalogue, tableUnit, chosenUnits: keyChosenUnits(options.units), reservedIds: options.reservedIds ?? [] },
      findings,
    );
    const context = { region: options.region ?? 'guangzhou', source: fileSource(input.name), tableUnit, published: indexPublished(options.published ?? []) };
    preview.actuals = resolveValues(resolved, context, findings);
    // A custom indicator all of whose values were refused would only clutter the workspace.
    const used = new Set(preview.actuals.map((a) => a.indicator_id));
    preview.indicators = indicators.filter((i) => used.has(i.id));
    if (preview.actuals.length === 0 && findings.problems.length === 0) findings.problem(table.header.line, null, 'no-values');
  }
  preview.problems = [...findings.problems].sort(byPosition);
  preview.notes = [...findings.notes].sort(byPosition);
  return preview;
}

function emptyPreview(encoding: TextEncodingName | null): ImportPreview {
  return { encoding, delimiter: null, shape: null, actuals: [], indicators: [], problems: [], notes: [], skippedBlank: 0 };
}
