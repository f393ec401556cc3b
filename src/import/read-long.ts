import type { Findings } from './import-problems.ts';
import { isBlankCell } from './parse-number.ts';
import { readYear } from './read-year.ts';
import type { HeaderColumns, ValueEntry } from './shape-types.ts';
import type { TextRow } from './split-rows.ts';
import { cellAt, checkRagged, extraColumns, isYear, noteIgnoredColumns, roleColumn } from './table-cells.ts';

/**
 * Read a long table: one row per value, with indicator, year and value columns.
 *
 * @param columns - The header; it has indicator, year and value roles.
 * @param body - The data rows.
 * @param findings - Where problems and notes go.
 */
export function readLong(columns: HeaderColumns, body: readonly TextRow[], findings: Findings): { entries: ValueEntry[]; blanks: number } {
  const nameAt = roleColumn(columns, 'indicator');
  const yearAt = roleColumn(columns, 'year');
  const valueAt = roleColumn(columns, 'value');
  const extra = extraColumns(columns);
  noteIgnoredColumns(columns, new Set([nameAt, yearAt, valueAt, ...extra.indices]), findings);
  const entries: ValueEntry[] = [];
  let blanks = 0;
  for (const row of body) {
    checkRagged(row, columns.texts.length, findings);
    const value = cellAt(row, valueAt);
    if (isBlankCell(value.text)) {
      blanks++;
      continue;
    }
    const name = cellAt(row, nameAt);
    if (name.text.trim() === '') {
      findings.problem(row.line, name.column, 'no-indicator', value.text);
      continue;
    }
    const yearCell = cellAt(row, yearAt);
    const year = readYear(yearCell.text);
    if (!isYear(findings, row.line, yearCell, year)) continue;
    entries.push({ name, year: year.year, value, ...extra.of(row) });
  }
  return { entries, blanks };
}
