import { parseCsv } from './csv.ts';

/**
 * Attach to each row the `value` cell exactly as its file wrote it (`2.10`, not the number 2.1), so a
 * download can give a published figure with the digits it was published with. Rows are matched by
 * line; a row whose cell cannot be found keeps none.
 *
 * @param text - The CSV file the rows were parsed from.
 * @param rows - Its parsed rows; each gets `value_exact` (modified in place, and returned).
 */
export function withValueExact<R extends { line: number; value_exact?: string }>(text: string, rows: R[]): R[] {
  const { records } = parseCsv(text);
  const at = records[0]?.fields.map((f) => f.trim()).indexOf('value') ?? -1;
  if (at < 0) return rows;
  const cells = new Map(records.map((r) => [r.line, r.fields[at]?.trim()]));
  for (const row of rows) {
    const cell = cells.get(row.line);
    if (cell !== undefined && cell !== '') row.value_exact = cell;
  }
  return rows;
}
