import type { ColumnRole } from './header-roles.ts';
import type { Findings } from './import-problems.ts';
import type { YearReading } from './read-year.ts';
import type { HeaderColumns, ValueEntry } from './shape-types.ts';
import type { CellRef } from './sniff-table.ts';
import type { TextRow } from './split-rows.ts';

/**
 * Find the 0-based column the header gives a role, or -1.
 *
 * @param columns - The header.
 * @param role - The role to look for.
 */
export function roleColumn(columns: HeaderColumns, role: ColumnRole): number {
  return columns.roles.indexOf(role);
}

/**
 * Take the cell of a row in a 0-based column, empty when the row is shorter.
 *
 * @param row - The row.
 * @param index - 0-based column index.
 */
export function cellAt(row: TextRow, index: number): CellRef {
  return { text: row.cells[index] ?? '', line: row.line, column: index + 1 };
}

/**
 * Take a cell only when its column exists.
 *
 * @param row - The row.
 * @param index - 0-based column index, or -1 for a column the header lacks.
 */
export function maybeCellAt(row: TextRow, index: number): CellRef | null {
  return index < 0 ? null : cellAt(row, index);
}

/**
 * Report a row that has non-empty cells past the header's last column, whose values would be lost.
 *
 * @param row - The row.
 * @param width - How many columns the header has.
 * @param findings - Where the problem goes.
 */
export function checkRagged(row: TextRow, width: number, findings: Findings): void {
  const extra = row.cells.findIndex((text, i) => i >= width && text.trim() !== '');
  if (extra >= 0) findings.problem(row.line, extra + 1, 'ragged-row', row.cells[extra] ?? '');
}

/**
 * Note every header column no reader uses, so the user knows it was not imported.
 *
 * @param columns - The header.
 * @param used - 0-based indices of the columns that were read.
 * @param findings - Where the notes go.
 */
export function noteIgnoredColumns(columns: HeaderColumns, used: ReadonlySet<number>, findings: Findings): void {
  columns.texts.forEach((text, i) => {
    if (!used.has(i) && text.trim() !== '') findings.note(columns.line, i + 1, 'column-ignored', text);
  });
}

/** The optional region, unit and source columns every table form may have. */
export interface ExtraColumns {
  /** Their indices (−1 when absent), for the set of columns in use. */
  indices: readonly number[];
  /** A row's region, unit and source cells; null where a column is absent. */
  of(row: TextRow): Pick<ValueEntry, 'region' | 'unit' | 'source'>;
}

/**
 * Find the region, unit and source columns of a header once, and read them per row.
 *
 * @param columns - The header.
 */
export function extraColumns(columns: HeaderColumns): ExtraColumns {
  const regionAt = roleColumn(columns, 'region');
  const unitAt = roleColumn(columns, 'unit');
  const sourceAt = roleColumn(columns, 'source');
  return {
    indices: [regionAt, unitAt, sourceAt],
    of: (row) => ({ unit: maybeCellAt(row, unitAt), region: maybeCellAt(row, regionAt), source: maybeCellAt(row, sourceAt) }),
  };
}

/**
 * Report a cell that should hold a year and does not; true when it holds one.
 *
 * @param findings - Where the problem goes.
 * @param line - The row's line.
 * @param cell - The year cell.
 * @param reading - What `readYear` made of it.
 */
export function isYear(findings: Findings, line: number, cell: CellRef, reading: YearReading): reading is { kind: 'year'; year: number } {
  if (reading.kind === 'year') return true;
  findings.problem(line, cell.column, reading.kind === 'out-of-range' ? 'year-out-of-range' : 'not-a-year', cell.text);
  return false;
}
