import * as Plot from '@observablehq/plot';
import type { ActualRow } from '../../data/types.ts';
import { USER_INK } from '../plan-colors.ts';

/**
 * The user's own values (imported, or computed from their formula): open diamonds in the user's
 * amber, joined by a thin dashed line only between neighbouring years, never into the published
 * line. A published figure always decides its year (see `pickRows`), so these stand only where the
 * publishers left a gap, and the shape, the colour and each diamond's title say whose figure it is.
 *
 * @param mine - The user's values each year is drawn by.
 * @param title - Each diamond's title (an SVG `<title>`: read by screen readers, shown on hover).
 * @param years - The first and last year on the chart.
 */
export function userValues(mine: readonly ActualRow[], title: (a: ActualRow) => string, years: { first: number; last: number }): Plot.CompoundMark {
  const byYear = new Map(mine.map((a) => [a.year, a.value]));
  // NaN where the user has no value for a year breaks the line: a gap is never bridged.
  const line: { year: number; value: number }[] = [];
  for (let y = years.first; y <= years.last; y++) line.push({ year: y, value: byYear.get(y) ?? Number.NaN });
  return Plot.marks(
    Plot.line(byYear.size > 1 ? line : [], { x: 'year', y: 'value', stroke: USER_INK, strokeWidth: 1.25, strokeDasharray: '4,2' }),
    Plot.dot(mine, { x: 'year', y: 'value', symbol: 'diamond', r: 4.5, stroke: USER_INK, strokeWidth: 1.75, fill: 'white', title }),
  );
}
