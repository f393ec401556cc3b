import { looksLikeFormula, normaliseLine } from '../text/user-text.ts';
import type { DecimalCell } from './csv-numbers.ts';

/**
 * A cell value: numbers are written as plain digits, null as an empty cell, and a
 * {@link DecimalCell} as its digits exactly (a published `2.10` keeps its zero).
 */
export type CsvCell = string | number | null | DecimalCell;

/** What comes before the header row: comment lines, each written as `# ` and its text. */
export interface CsvOptions {
  comments?: readonly string[];
}

/**
 * Write rows as RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, so Excel and WPS on
 * Chinese Windows open the Chinese text correctly instead of guessing GBK.
 *
 * Text cells starting with `=`, `+`, `-`, `@` (in any width, behind invisible characters too), tab or CR get a leading apostrophe: a spreadsheet
 * would otherwise run them as formulas (CSV injection), and a source quote is not a formula. Numbers
 * are written as numbers, so a negative growth stays a number.
 *
 * Comment lines (`options.comments`) come first, after the BOM, each as `# ` and its text with line
 * breaks folded into spaces and `"` written as `'`, so the header row and every row after it are byte for byte what they
 * would be without them. Readers that skip `#` lines (pandas `comment='#'`, R `comment.char`) or
 * the first N lines read the table as before.
 *
 * @param columns - The header, in order.
 * @param rows - One record per row, keyed by column.
 * @param options - Comment lines to write before the header; none by default.
 */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, CsvCell>[], options: CsvOptions = {}): string {
  // A spreadsheet reads a comment line as a record too: a stray `"` in it would open a quoted field that
  // swallows the header, so double quotes become single ones (ids, links and allowed formulas have none).
  const comments = (options.comments ?? []).map((c) => `# ${c.replace(/[\r\n]+/g, ' ').replaceAll('"', "'")}`);
  const lines = [...comments, columns.map(quote).join(','), ...rows.map((row) => columns.map((c) => cell(row[c] ?? null)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // Only digits reach the file unquoted: anything else in a decimal cell is left out, never written.
  if (typeof value === 'object') return /^-?\d+(\.\d+)?$/.test(value.decimal) ? value.decimal : '';
  // Checked on the text as a spreadsheet would see past invisible characters, in any width.
  return quote(/^[\t\r]/.test(value) || looksLikeFormula(normaliseLine(value)) ? `'${value}` : value);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
