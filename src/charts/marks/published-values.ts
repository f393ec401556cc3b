import * as Plot from '@observablehq/plot';
import type { ActualRow } from '../../data/types.ts';
import { roundingStep } from '../../model/index.ts';
import { ACTUAL_INK } from '../plan-colors.ts';

/**
 * The published values that read as figures: final ones as solid dots, preliminary and estimated
 * ones as open dots, and a line through final and preliminary values only, broken at every year
 * without one (a gap is never bridged).
 *
 * @param picked - The value each year is drawn by.
 * @param years - The first and last year on the chart.
 */
export function publishedValues(picked: readonly ActualRow[], years: { first: number; last: number }): Plot.CompoundMark {
  const lineable = new Map(picked.filter((a) => a.quality === 'final' || a.quality === 'preliminary').map((a) => [a.year, a.value]));
  // One point per year; NaN where no final or preliminary value exists breaks the line.
  const line: { year: number; value: number }[] = [];
  for (let y = years.first; y <= years.last; y++) line.push({ year: y, value: lineable.get(y) ?? Number.NaN });
  return Plot.marks(
    Plot.line(line, { x: 'year', y: 'value', stroke: ACTUAL_INK, strokeWidth: 2 }),
    Plot.dot(picked.filter((a) => a.quality === 'final'), { x: 'year', y: 'value', fill: ACTUAL_INK, r: 3.5 }),
    Plot.dot(
      picked.filter((a) => a.quality === 'preliminary' || a.quality === 'estimate'),
      { x: 'year', y: 'value', stroke: ACTUAL_INK, fill: 'white', strokeWidth: 1.5, r: 3.5 },
    ),
  );
}

/**
 * Rounded values ("约1.2万"): an open square with a bar over the range the rounding covers, so the
 * figure never reads as exact.
 *
 * @param rounded - Values whose quality is `rounded`.
 */
export function roundedRanges(rounded: readonly ActualRow[]): Plot.CompoundMark {
  return Plot.marks(
    Plot.ruleX(rounded, {
      x: 'year',
      y1: (a: ActualRow) => a.value - roundingStep(a.value) / 2,
      y2: (a: ActualRow) => a.value + roundingStep(a.value) / 2,
      stroke: ACTUAL_INK,
      strokeWidth: 1.5,
    }),
    Plot.dot(rounded, { x: 'year', y: 'value', stroke: ACTUAL_INK, fill: 'white', strokeWidth: 1.5, r: 3.5, symbol: 'square' }),
  );
}

/**
 * Lower bounds ("超过…"): an open triangle with a dashed ray upward, read "at least".
 *
 * @param bounds - Values whose quality is `lower_bound`.
 * @param ray - The ray's length in the value's unit; or, on a log axis, where the ray of a value ends
 *   (a fixed length would look long at the foot of the axis and short at its head).
 */
export function lowerBounds(bounds: readonly ActualRow[], ray: number | ((value: number) => number)): Plot.CompoundMark {
  const end = typeof ray === 'number' ? (a: ActualRow) => a.value + ray : (a: ActualRow) => ray(a.value);
  return Plot.marks(
    Plot.ruleX(bounds, { x: 'year', y1: 'value', y2: end, stroke: ACTUAL_INK, strokeDasharray: '2,2' }),
    Plot.dot(bounds, { x: 'year', y: 'value', stroke: ACTUAL_INK, fill: 'white', strokeWidth: 1.5, r: 4.5, symbol: 'triangle' }),
  );
}
