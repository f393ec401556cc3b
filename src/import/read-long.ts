import type { Findings } from './import-problems.ts';
import { isBlankCell } from './parse-number.ts';
import { readYear } from './read-year.ts';
import type { HeaderColumns, ValueEntry } from './shape-types.ts';
import type { TextRow } from './split-rows.ts';
import { cellAt, checkRagged, maybeCellAt, noteIgnoredColumns, roleColumn } from './table-cells.ts';

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
  const regionAt = roleColumn(columns, 'region');
  const unitAt = roleColumn(columns, 'unit');
  const sourceAt = roleColumn(columns, 'source');
  noteIgnoredColumns(columns, new Set([nameAt, yearAt, valueAt, regionAt, unitAt, sourceAt]), findings);
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
    if (year.kind !== 'year') {
      findings.problem(row.line, yearCell.column, year.kind === 'out-of-range' ? 'year-out-of-range' : 'not-a-year', yearCell.text);
      continue;
    }
    entries.push({
      name,
      year: year.year,
      value,
      unit: maybeCellAt(row, unitAt),
      region: maybeCellAt(row, regionAt),
      source: maybeCellAt(row, sourceAt),
    });
  }
  return { entries, blanks };
}
