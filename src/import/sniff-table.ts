import { importNote, importProblem, type ImportNote, type ImportProblem } from './import-problems.ts';
import { normaliseRows, splitRows, type Delimiter, type TextRow } from './split-rows.ts';
import { readUnitWord } from './unit-words.ts';

/** A cell with the 1-based line and column where a spreadsheet shows it. */
export interface CellRef {
  /** The cell as it will be stored: normalised by `normaliseRows` (names and regions fold widths later). */
  text: string;
  line: number;
  column: number;
}

/** The user's text cut into a header and body rows, with titles and footnotes set aside. */
export interface SniffedTable {
  delimiter: Delimiter;
  /** The first row that is not a title; null when there is none. */
  header: TextRow | null;
  body: TextRow[];
  /** A "单位：亿元" line above the header, which then applies to every value without a unit of its own. */
  tableUnit: CellRef | null;
  notes: ImportNote[];
  /** `unclosed-quote`, and `too-many-rows` after which nothing else should be read. */
  problems: ImportProblem[];
}

/** ASCII delimiters, in the order that wins a tie: Excel's clipboard and "Unicode text" use tabs. */
const CANDIDATES: readonly Delimiter[] = ['\t', ',', ';', '|'];
const SAMPLE_LINES = 64;
// A cap on the sample too, so a one-line megabyte file is not split five times in full.
const SAMPLE_CHARS = 64 * 1024;
// Yearbook notes: 注：/注1/说明：/资料来源：/数据来源：/Note:/Source:/* at the start of the first cell.
const FOOTNOTE = /^(?:注|附注|说明|备注)\s*(?:[:：]|\d|[①-⑩]|$)|^(?:资料|数据)?来源\s*[:：]|^(?:notes?|sources?)\s*[:：]|^[*※]/i;
const TABLE_UNIT = /^\s*[（(]?\s*(?:计量)?单位\s*[:：]/;

/**
 * Find the delimiter, split the text into rows and set aside title lines and footnotes.
 *
 * The delimiter is the one (tab, comma, semicolon or `|`) that gives the most rows the same number
 * of cells in the first {@link SAMPLE_LINES} lines (at most {@link SAMPLE_CHARS} characters), ties
 * going to the earlier one. The full-width
 * comma `，` is used only when no ASCII delimiter splits anything and it splits every multi-cell row
 * into the same number of cells, because Chinese text is full of `，`. Leading rows with at most one
 * non-empty cell are titles ("表3 广州市主要科技指标"); a first cell starting 注/说明/资料来源/Note… ends
 * the table, and it and every row after it are footnotes.
 *
 * @param text - The decoded text, without a byte-order mark.
 * @param maxRows - Refuse with `too-many-rows` past this many non-blank rows.
 */
export function sniffTable(text: string, maxRows: number): SniffedTable {
  const delimiter = detectDelimiter(text);
  const split = splitRows(text, delimiter, maxRows);
  // Cells as they will be stored, from here on: every check below and in the readers sees that text.
  const rows = normaliseRows(split.rows);
  const problems = split.unclosed.map(({ line, column }) => {
    const row = rows.find((r) => r.line === line);
    return importProblem(line, column, 'unclosed-quote', row?.cells[column - 1] ?? '"');
  });
  const table: SniffedTable = { delimiter, header: null, body: [], tableUnit: null, notes: [], problems };
  if (split.overflowLine !== null) {
    problems.push(importProblem(split.overflowLine, null, 'too-many-rows'));
    return table;
  }
  let first = 0;
  for (; first < rows.length; first++) {
    const row = rows[first] as TextRow;
    const filled = filledCells(row);
    if (filled.length > 1) break;
    const cell = filled[0] ?? { text: '', column: 1 };
    const unit = TABLE_UNIT.test(cell.text) ? readUnitWord(cell.text) : null;
    if (unit && !table.tableUnit) {
      table.tableUnit = { text: cell.text, line: row.line, column: cell.column };
      table.notes.push(importNote(row.line, cell.column, 'table-unit', cell.text, unit.text));
    } else table.notes.push(importNote(row.line, null, 'title-skipped', cell.text));
  }
  table.header = rows[first] ?? null;
  const body = rows.slice(first + 1);
  const footnoteAt = body.findIndex((row) => FOOTNOTE.test((filledCells(row)[0]?.text ?? '').trim()));
  table.body = footnoteAt < 0 ? body : body.slice(0, footnoteAt);
  if (footnoteAt >= 0) {
    for (const row of body.slice(footnoteAt)) {
      table.notes.push(importNote(row.line, null, 'footnote-skipped', filledCells(row)[0]?.text ?? ''));
    }
  }
  return table;
}

/**
 * Pick the delimiter of a table; see {@link sniffTable} for the rule.
 *
 * @param text - The whole text; only its first lines are read.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = firstLines(text, SAMPLE_LINES).slice(0, SAMPLE_CHARS);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const score = consistentRows(splitRows(sample, candidate).rows);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  if (bestScore > 0) return best;
  const wide = splitRows(sample, '，').rows.filter((r) => r.width > 1);
  return wide.length > 1 && wide.every((r) => r.width === wide[0]?.width) ? '，' : best;
}

/** How many multi-cell rows share the most common width. */
function consistentRows(rows: readonly TextRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.width > 1) counts.set(row.width, (counts.get(row.width) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

function firstLines(text: string, lines: number): string {
  const pattern = /\r\n|\r|\n/g;
  for (let seen = 0; seen < lines; seen++) if (!pattern.exec(text)) return text;
  return text.slice(0, pattern.lastIndex);
}

/**
 * List the non-empty cells of a row with their 1-based columns.
 *
 * @param row - A row from {@link splitRows}.
 */
function filledCells(row: TextRow): { text: string; column: number }[] {
  const filled: { text: string; column: number }[] = [];
  row.cells.forEach((text, i) => {
    if (text.trim() !== '') filled.push({ text, column: i + 1 });
  });
  return filled;
}
