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
 * Follows RFC 4180 quoting (a cell starting with `"` may hold delimiters, line breaks and doubled
 * quotes), as Excel writes CSV and copies cells to the clipboard. Line breaks may be CRLF, LF or a
 * lone CR (old Mac exports). Rows whose cells are all blank are dropped but still counted as lines.
 * An unclosed quote is reported and the quote taken literally from there, so one stray `"` does not
 * swallow the rest of the file.
 *
 * @param text - The whole table.
 * @param delimiter - The cell separator.
 * @param maxRows - Stop after this many non-blank rows; defaults to no limit.
 */
export function splitRows(text: string, delimiter: Delimiter, maxRows = Number.POSITIVE_INFINITY): SplitResult {
  const rows: TextRow[] = [];
  const unclosed: SplitResult['unclosed'] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        const close = findClosingQuote(text, i + 1);
        if (close < 0) unclosed.push({ line, column: cells.length + 1 });
        else {
          cell = text.slice(i + 1, close).replaceAll('""', '"');
          line += countLineBreaks(text, i + 1, close);
          i = close + 1;
        }
      }
      // Text after a closing quote, or a whole unquoted cell, runs to the next delimiter or line end.
      const end = findCellEnd(text, i, delimiter);
      cell += text.slice(i, end);
      i = end;
      cells.push(cell);
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    const width = cells.length;
    while (cells.length > 0 && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
    if (cells.length === 0) continue;
    if (rows.length >= maxRows) return { rows, unclosed, overflowLine: start };
    rows.push({ line: start, cells, width });
  }
  return { rows, unclosed, overflowLine: null };
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

/**
 * Find the quote that closes a quoted cell, skipping doubled quotes; -1 if none.
 *
 * Note: after one scan has run to the end of the text unclosed, every later quote in that text is
 * part of a doubled pair, so a later cell starting with a quote closes at the end of its run. Only
 * one scan can therefore reach the end, which keeps hostile input linear.
 */
function findClosingQuote(text: string, from: number): number {
  let j = from;
  for (;;) {
    const k = text.indexOf('"', j);
    if (k < 0) return -1;
    if (text[k + 1] !== '"') return k;
    j = k + 2;
  }
}

function findCellEnd(text: string, from: number, delimiter: string): number {
  let j = from;
  while (j < text.length) {
    const c = text[j];
    if (c === delimiter || c === '\n' || c === '\r') break;
    j++;
  }
  return j;
}

/**
 * Count line breaks between two positions, a CRLF pair as one.
 *
 * @param text - The text.
 * @param from - First index, inclusive; defaults to 0.
 * @param to - Last index, exclusive; defaults to the end.
 */
export function countLineBreaks(text: string, from = 0, to = text.length): number {
  let breaks = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) breaks++;
    else if (c === 13 && text.charCodeAt(j + 1) !== 10) breaks++;
  }
  return breaks;
}
