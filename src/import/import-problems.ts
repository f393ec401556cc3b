import type { Quality, Unit } from '../data/seed-schemas.ts';

/**
 * Every reason an import can refuse a file, a row or a cell. The UI words each code in zh/en; the
 * importer never writes sentences for users (see STYLE.md §2).
 */
export const IMPORT_PROBLEM_CODES = [
  // The file as a whole.
  'empty',
  'too-large',
  'too-many-rows',
  'binary',
  'excel-file',
  'internal-error',
  // The table's layout.
  'unclosed-quote',
  'no-header',
  'no-year',
  'no-values',
  'ragged-row',
  // One cell or one row.
  'not-a-number',
  'bad-grouping',
  'unknown-unit',
  'unit-mismatch',
  'not-a-year',
  'year-out-of-range',
  'no-indicator',
  'bad-region',
  'indicator-needs-unit',
  'duplicate-value',
  'cell-too-long',
  'formula-cell',
  // A value a published figure for the same indicator, region and year contradicts: the published one is used.
  'published-value',
] as const;
/** One of {@link IMPORT_PROBLEM_CODES}. */
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/**
 * What the importer did on its own and wants the user to see, without refusing anything.
 */
export const IMPORT_NOTE_CODES = [
  'title-skipped',
  'table-unit',
  'footnote-skipped',
  'column-ignored',
  'indicator-matched',
  'unit-converted',
  'duplicate-same-value',
  'unknown-region',
  'undecodable-bytes',
] as const;
/** One of {@link IMPORT_NOTE_CODES}. */
export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];

/**
 * Something not imported. `line` and `column` are 1-based and point where a spreadsheet shows the
 * cell; `column` is null when the whole file or line is meant.
 */
export interface ImportProblem {
  line: number;
  column: number | null;
  code: ImportProblemCode;
  /**
   * The offending cell as read (normalised, so nothing in it hides or reorders the message), clipped
   * to {@link CLIP_LENGTH} characters so hostile input cannot flood a message.
   */
  text: string;
  /**
   * For `indicator-needs-unit`: the indicator's whole name, the key a unit chosen for it goes under in
   * `ImportOptions.units` (the clipped `text` would not match a name longer than the clip).
   */
  name?: string;
  /** For `published-value`: the published figure that decides the year, in its indicator's unit. */
  published?: { indicator_id: string; value: number; quality: Quality; unit: Unit };
}

/** Something the importer decided for the user, located like a problem. */
export interface ImportNote {
  line: number;
  column: number | null;
  code: ImportNoteCode;
  /** The cell the note is about, clipped like a problem's text. */
  text: string;
  /** What it became, when there is something to say: the matched indicator id, the unit converted to. */
  detail?: string;
}

/** How many characters of a cell a problem or note quotes. */
export const CLIP_LENGTH = 40;

/**
 * Clip a cell for quoting in a problem or note.
 *
 * @param text - The cell as read.
 * @returns At most {@link CLIP_LENGTH} characters, ending in `…` when cut.
 */
function clipCell(text: string): string {
  const chars = Array.from(text);
  return chars.length > CLIP_LENGTH ? `${chars.slice(0, CLIP_LENGTH - 1).join('')}…` : text;
}

/**
 * Build a problem, clipping its text.
 *
 * @param line - 1-based line in the user's file.
 * @param column - 1-based column, or null for the whole line or file.
 * @param code - What is wrong.
 * @param text - The offending cell; defaults to empty.
 */
export function importProblem(line: number, column: number | null, code: ImportProblemCode, text = ''): ImportProblem {
  return { line, column, code, text: clipCell(text) };
}

/**
 * Build a note, clipping its text.
 *
 * @param line - 1-based line in the user's file.
 * @param column - 1-based column, or null for the whole line.
 * @param code - What the importer did.
 * @param text - The cell concerned.
 * @param detail - What it became, if anything.
 */
export function importNote(line: number, column: number | null, code: ImportNoteCode, text: string, detail?: string): ImportNote {
  const note: ImportNote = { line, column, code, text: clipCell(text) };
  if (detail !== undefined) note.detail = detail;
  return note;
}

/** Order problems or notes as a reader scans a sheet: by line, then column (whole-line first). */
export function byPosition(a: { line: number; column: number | null }, b: { line: number; column: number | null }): number {
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Collects problems and notes, keeping only the first of each kind per cell, so a unit column
 * shared by ten year columns is reported once, not ten times.
 */
export class Findings {
  readonly problems: ImportProblem[] = [];
  readonly notes: ImportNote[] = [];
  readonly #seen = new Set<string>();

  /**
   * Record a problem unless the same code was already recorded for this cell.
   *
   * @param line - 1-based line.
   * @param column - 1-based column, or null.
   * @param code - What is wrong.
   * @param text - The offending cell; defaults to empty.
   * @param name - For `indicator-needs-unit`, the whole name (see {@link ImportProblem.name}).
   */
  problem(line: number, column: number | null, code: ImportProblemCode, text = '', name?: string): void {
    if (this.#first(`p${line}:${column}:${code}`)) this.problems.push({ ...importProblem(line, column, code, text), ...(name === undefined ? {} : { name }) });
  }

  /**
   * Record a value that a published figure contradicts (`published-value`), with that figure.
   *
   * @param line - 1-based line of the value cell.
   * @param column - 1-based column of the value cell.
   * @param text - The cell as read.
   * @param published - The published figure that decides the year.
   */
  contradiction(line: number, column: number, text: string, published: NonNullable<ImportProblem['published']>): void {
    if (this.#first(`p${line}:${column}:published-value`)) this.problems.push({ ...importProblem(line, column, 'published-value', text), published });
  }

  /**
   * Record a note unless the same code was already recorded for this cell.
   *
   * @param line - 1-based line.
   * @param column - 1-based column, or null.
   * @param code - What the importer did.
   * @param text - The cell concerned.
   * @param detail - What it became, if anything.
   */
  note(line: number, column: number | null, code: ImportNoteCode, text: string, detail?: string): void {
    if (this.#first(`n${line}:${column}:${code}`)) this.notes.push(importNote(line, column, code, text, detail));
  }

  #first(key: string): boolean {
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    return true;
  }
}
