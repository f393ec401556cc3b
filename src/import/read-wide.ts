import type { Findings } from './import-problems.ts';
import { isBlankCell } from './parse-number.ts';
import type { HeaderColumns, ValueEntry } from './shape-types.ts';
import type { TextRow } from './split-rows.ts';
import { cellAt, checkRagged, extraColumns, noteIgnoredColumns, roleColumn } from './table-cells.ts';

/**
 * Read a wide table: indicators down the rows, one column per year.
 *
 * The indicator column is the one headed 指标/项目/indicator…, or else the first column that is
 * neither a year nor a region, unit or source column. A four-digit header outside 1949–2100 is
 * reported once and its column skipped.
 *
 * @param columns - The header; at least one cell reads as a year.
 * @param body - The data rows.
 * @param findings - Where problems and notes go.
 */
export function readWide(columns: HeaderColumns, body: readonly TextRow[], findings: Findings): { entries: ValueEntry[]; blanks: number } {
  const extra = extraColumns(columns);
  const named = roleColumn(columns, 'indicator');
  const nameAt = named >= 0 ? named : columns.roles.findIndex((role, i) => role === null && columns.years[i]?.kind === 'not-a-year');
  if (nameAt < 0) {
    // Years across but no column left to name the rows: nothing says what the values are.
    findings.problem(columns.line, null, 'no-header', columns.texts[0] ?? '');
    return { entries: [], blanks: 0 };
  }
  const yearColumns: { index: number; year: number }[] = [];
  columns.years.forEach((reading, index) => {
    if (reading.kind === 'year') yearColumns.push({ index, year: reading.year });
    if (reading.kind === 'out-of-range') findings.problem(columns.line, index + 1, 'year-out-of-range', columns.texts[index] ?? '');
  });
  const used = new Set([nameAt, ...extra.indices, ...columns.years.map((y, i) => (y.kind === 'not-a-year' ? -1 : i))]);
  noteIgnoredColumns(columns, used, findings);
  const entries: ValueEntry[] = [];
  let blanks = 0;
  for (const row of body) {
    checkRagged(row, columns.texts.length, findings);
    const name = cellAt(row, nameAt);
    for (const { index, year } of yearColumns) {
      const value = cellAt(row, index);
      if (isBlankCell(value.text)) {
        blanks++;
        continue;
      }
      if (name.text.trim() === '') {
        findings.problem(row.line, name.column, 'no-indicator', value.text);
        continue;
      }
      entries.push({ name, year, value, ...extra.of(row) });
    }
  }
  return { entries, blanks };
}
