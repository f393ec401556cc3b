import { readColumnRole } from './header-roles.ts';
import type { Findings } from './import-problems.ts';
import { readLong } from './read-long.ts';
import { readTransposed, transposedYearColumn } from './read-transposed.ts';
import { readWide } from './read-wide.ts';
import { readYear } from './read-year.ts';
import type { HeaderColumns, ShapeReading } from './shape-types.ts';
import type { TextRow } from './split-rows.ts';

/**
 * Recognise the layout of a table from its header and read every value cell.
 *
 * Long form needs indicator, year and value columns (指标/年份/数值 or indicator/year/value). Any
 * header cell that reads as a year (2019, 2019年, ２０１９) makes it wide. Otherwise, if the year column
 * (or the first column) holds years in at least half its rows, it is transposed. Region, unit and
 * source columns are used in every form.
 *
 * @param header - The header row.
 * @param body - The rows below it, titles and footnotes already removed.
 * @param findings - Where problems and notes go.
 */
export function readShape(header: TextRow, body: readonly TextRow[], findings: Findings): ShapeReading {
  const columns: HeaderColumns = {
    line: header.line,
    texts: header.cells,
    roles: header.cells.map(readColumnRole),
    years: header.cells.map(readYear),
  };
  const { roles } = columns;
  if (roles.includes('indicator') && roles.includes('year') && roles.includes('value')) {
    return { shape: 'long', ...readLong(columns, body, findings) };
  }
  if (columns.years.some((y) => y.kind !== 'not-a-year')) return { shape: 'wide', ...readWide(columns, body, findings) };
  const yearColumn = transposedYearColumn(columns, body);
  if (yearColumn !== null) return { shape: 'wide-transposed', ...readTransposed(columns, yearColumn, body, findings) };
  findings.problem(header.line, null, roles.includes('indicator') ? 'no-year' : 'no-header', header.cells[0] ?? '');
  return { shape: null, entries: [], blanks: 0 };
}
