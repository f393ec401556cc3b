import type { ColumnRole } from './header-roles.ts';
import type { YearReading } from './read-year.ts';
import type { CellRef } from './sniff-table.ts';
import type { CellUnit } from './unit-words.ts';

/** Long: one value per row. Wide: indicators down, years across. Transposed: years down, indicators across. */
export type ImportShape = 'long' | 'wide' | 'wide-transposed';

/** One non-blank value cell with everything its row and column say about it. */
export interface ValueEntry {
  /** The indicator name or id as written (a row cell, or a header cell in the transposed form). */
  name: CellRef;
  year: number;
  value: CellRef;
  /** A unit column or unit row cell that applies to this value, if any. */
  unit: CellRef | null;
  region: CellRef | null;
  source: CellRef | null;
}

/** The table read into value entries, before indicators are matched. */
export interface ShapeReading {
  /** Null when the layout could not be recognised (then `problems` says why). */
  shape: ImportShape | null;
  entries: ValueEntry[];
  /** Value cells that were blank ("", —, …, N/A…) and skipped. */
  blanks: number;
}

/** What the header says about each column, shared by the three readers. */
export interface HeaderColumns {
  line: number;
  texts: string[];
  roles: (ColumnRole | null)[];
  years: YearReading[];
}

/**
 * A unit as read, with the cell it was written in: the table's 单位 line, or a unit column's or a
 * name bracket's unit. Both resolvers read it, so it lives here rather than in either of them.
 */
export interface TableUnit {
  unit: CellUnit;
  at: CellRef;
}
