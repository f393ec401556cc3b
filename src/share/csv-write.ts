import { looksLikeFormula, normaliseLine } from '../text/user-text.ts';

/** A cell value: numbers are written as plain digits, null as an empty cell. */
export type CsvCell = string | number | null;

/**
 * Write rows as RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, so Excel and WPS on
 * Chinese Windows open the Chinese text correctly instead of guessing GBK.
 *
 * Text cells starting with `=`, `+`, `-`, `@` (in any width, behind invisible characters too), tab or CR get a leading apostrophe: a spreadsheet
 * would otherwise run them as formulas (CSV injection), and a source quote is not a formula. Numbers
 * are written as numbers, so a negative growth stays a number.
 *
 * @param columns - The header, in order.
 * @param rows - One record per row, keyed by column.
 */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, CsvCell>[]): string {
  const lines = [columns.map(quote).join(','), ...rows.map((row) => columns.map((c) => cell(row[c] ?? null)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // Checked on the text as a spreadsheet would see past invisible characters, in any width.
  return quote(/^[\t\r]/.test(value) || looksLikeFormula(normaliseLine(value)) ? `'${value}` : value);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
