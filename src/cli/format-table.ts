/** One column of a text table. */
export interface Column {
  header: string;
  /** Numbers read best right-aligned so their digits line up. Defaults to `left`. */
  align?: 'left' | 'right';
}

/**
 * Lay out rows as an aligned plain-text table: a header, a rule of dashes, then one line per row,
 * columns two spaces apart and no trailing spaces. Widths count code points, so `≥` is one column.
 *
 * @param columns - The columns, in order.
 * @param rows - One array of cell texts per row, in column order; missing cells are blank.
 * @example formatTable([{ header: 'id' }, { header: 'n', align: 'right' }], [['a', '1'], ['bb', '10']])
 * // 'id   n\n--  --\na    1\nbb  10'
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const width = (s: string) => [...s].length;
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? '';
        const pad = ' '.repeat((widths[i] as number) - width(cell));
        return c.align === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
