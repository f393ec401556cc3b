import { parseCsv } from '../data/csv.ts';
import { normaliseLine } from '../text/user-text.ts';

/** The separators a pasted or uploaded table may use; `，` only when the sniffer finds it consistent. */
export type Delimiter = '\t' | ',' | ';' | '|' | '，';

/** One non-blank row of the user's table, with the 1-based line it starts on. */
export interface TextRow {
  line: number;
  /** Cells in column order (column = index + 1), with trailing empty cells dropped. */
  cells: string[];
  /** How many cells the row had before trailing empty ones were dropped. */
  width: number;
}

/** The rows of a text, where quotes never closed, and whether the row limit stopped the split. */
export interface SplitResult {
  rows: TextRow[];
  /** Where a quoted cell never closed; the quote is then read as an ordinary character. */
  unclosed: { line: number; column: number }[];
  /** The line of the first row past `maxRows`, or null when every row was read. */
  overflowLine: number | null;
}

/**
 * Split text into rows and cells on one delimiter, keeping the line each row starts on.
 *
 * The seed loader's tokenizer ({@link parseCsv}) does the splitting, so both read quotes and line
 * ends alike: RFC 4180 quoting (a cell starting with `"` may hold delimiters, line breaks and
 * doubled quotes), as Excel writes CSV and copies cells to the clipboard, and CRLF, LF or a lone CR
 * (old Mac exports) as line breaks. Rows whose cells are all blank are dropped but still counted as
 * lines. An unclosed quote is reported and the quote taken literally from there, so one stray `"`
 * does not swallow the rest of the file. Other stray quotes are kept as written, unreported.
 *
 * @param text - The whole table.
 * @param delimiter - The cell separator.
 * @param maxRows - Stop after this many non-blank rows; defaults to no limit.
 */
export function splitRows(text: string, delimiter: Delimiter, maxRows = Number.POSITIVE_INFINITY): SplitResult {
  const { records, problems, overflowLine } = parseCsv(text, { delimiter, keep: hasContent, maxRecords: maxRows });
  const rows = records.map(({ line, fields: cells }): TextRow => {
    const width = cells.length;
    while (cells.length > 0 && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
    return { line, cells, width };
  });
  const unclosed = problems.filter((p) => p.code === 'unclosed-quote').map(({ line, column }) => ({ line, column }));
  return { rows, unclosed, overflowLine };
}

function hasContent(cells: readonly string[]): boolean {
  return cells.some((cell) => cell.trim() !== '');
}

/**
 * Put every cell of split rows in the form its text will be stored in (see `normaliseLine`): format
 * characters and fillers removed, other controls and line breaks as spaces, NFC, ends trimmed.
 *
 * Run after splitting, never before, so a tab or line break that separates cells is not read as a
 * space; every later check (titles, headers, formula cells, names, regions, lengths) then sees the
 * text that will be kept, and a problem quotes it without characters that hide or reorder it. Cells
 * left blank are dropped from the end of a row again, and a row left blank is dropped; `width` and
 * `line` stay as split.
 *
 * @param rows - Rows from {@link splitRows}.
 */
export function normaliseRows(rows: readonly TextRow[]): TextRow[] {
  const out: TextRow[] = [];
  for (const row of rows) {
    const cells = row.cells.map(normaliseCell);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) out.push({ line: row.line, cells, width: row.width });
  }
  return out;
}

// Printable ASCII, CJK ideographs, CJK punctuation but its combining tone marks (U+302A–U+302F), and
// full-width forms hold nothing normaliseLine would change but the ends (no format or control
// characters, no marks, nothing NFC changes); nearly every cell of a yearbook table is this.
const NOTHING_TO_NORMALISE = /^[\x20-\x7e\u3000-\u3029\u3030-\u303f\u4e00-\u9fff\uff01-\uff5e]*$/;

/**
 * Normalise one cell as {@link normaliseRows} does.
 *
 * @param text - A cell as split.
 */
export function normaliseCell(text: string): string {
  return NOTHING_TO_NORMALISE.test(text) ? text.trim() : normaliseLine(text);
}
