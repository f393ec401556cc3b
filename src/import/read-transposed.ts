import { readColumnRole } from './header-roles.ts';
import type { Findings } from './import-problems.ts';
import { isBlankCell } from './parse-number.ts';
import { readYear } from './read-year.ts';
import type { HeaderColumns, ValueEntry } from './shape-types.ts';
import type { CellRef } from './sniff-table.ts';
import type { TextRow } from './split-rows.ts';
import { cellAt, checkRagged, extraColumns, isYear, maybeCellAt, noteIgnoredColumns, roleColumn } from './table-cells.ts';

/**
 * Find the column of years in a table with years down the rows, as yearbooks often print them.
 *
 * @param columns - The header, which has no year cells.
 * @param body - The data rows.
 * @returns The 0-based column headed 年份/year (or else the first column) when at least half of its
 *   non-empty cells, and at least one, read as four-digit years; otherwise null.
 */
export function transposedYearColumn(columns: HeaderColumns, body: readonly TextRow[]): number | null {
  const named = roleColumn(columns, 'year');
  const index = named >= 0 ? named : 0;
  let years = 0;
  let filled = 0;
  for (const row of body) {
    const text = row.cells[index] ?? '';
    if (text.trim() === '' || readColumnRole(text) === 'unit') continue;
    filled++;
    if (readYear(text).kind !== 'not-a-year') years++;
  }
  return years > 0 && years * 2 >= filled ? index : null;
}

/**
 * Read a transposed table: one row per year, one column per indicator.
 *
 * A row whose year cell says 单位/unit gives each indicator column its unit. Every column without a
 * role is an indicator named by its header cell.
 *
 * @param columns - The header.
 * @param yearAt - The 0-based year column, from {@link transposedYearColumn}.
 * @param body - The data rows.
 * @param findings - Where problems and notes go.
 */
export function readTransposed(
  columns: HeaderColumns,
  yearAt: number,
  body: readonly TextRow[],
  findings: Findings,
): { entries: ValueEntry[]; blanks: number } {
  const extra = extraColumns(columns);
  const indicatorColumns = columns.roles.flatMap((role, i) => (role === null && i !== yearAt ? [i] : []));
  noteIgnoredColumns(columns, new Set([yearAt, ...extra.indices, ...indicatorColumns]), findings);
  const unitRow = body.find((row) => readColumnRole(row.cells[yearAt] ?? '') === 'unit');
  const entries: ValueEntry[] = [];
  let blanks = 0;
  for (const row of body) {
    if (row === unitRow) continue;
    checkRagged(row, columns.texts.length, findings);
    const values = indicatorColumns.map((index) => cellAt(row, index));
    const filled = values.filter((value) => !isBlankCell(value.text));
    blanks += values.length - filled.length;
    if (filled.length === 0) continue;
    const yearCell = cellAt(row, yearAt);
    const year = readYear(yearCell.text);
    if (!isYear(findings, row.line, yearCell, year)) continue;
    const cells = extra.of(row);
    for (const value of filled) {
      const name: CellRef = { text: columns.texts[value.column - 1] ?? '', line: columns.line, column: value.column };
      if (name.text.trim() === '') {
        findings.problem(name.line, name.column, 'no-indicator', value.text);
        continue;
      }
      // A 单位 row under the header gives each indicator column its unit, before any unit column.
      entries.push({ name, year: year.year, value, ...cells, unit: unitRow ? maybeCellAt(unitRow, value.column - 1) : cells.unit });
    }
  }
  return { entries, blanks };
}
