import type { ChartTip } from '../../charts/actuals-chart.ts';
import { A11Y_MESSAGES } from '../../i18n/a11y-messages.ts';
import type { Locale } from '../../text/locale.ts';
import { fill } from '../../i18n/messages.ts';

/**
 * Order a chart's tips as the keyboard walks them: by year, left to right; within a year as the
 * chart lists them (the published value, then the targets, then the model's median).
 *
 * @param tips - From `chartTips`.
 */
export function keyOrder(tips: readonly ChartTip[]): ChartTip[] {
  // Array.prototype.sort is stable, so a year's points keep the chart's order.
  return [...tips].sort((a, b) => a.x - b.x);
}

/**
 * Move the keyboard's point for a key: the right and down arrows to the next point, left and up to
 * the one before (stopping at the ends), Home and End to the first and the last, Escape to none.
 *
 * @param key - `KeyboardEvent.key`.
 * @param index - The point now, −1 for none.
 * @param count - How many points the chart has.
 * @returns The next index (−1 for none), or null for a key the chart does not use.
 */
export function movePoint(key: string, index: number, count: number): number | null {
  if (count === 0) return key === 'Escape' ? -1 : null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return index < 0 ? 0 : Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return -1;
    default:
      return null;
  }
}

/**
 * Say one point as the readout announces it: its place among the chart's points, then its tip's
 * lines joined into one sentence ("第 3/12 点：2012 · 1.94%，终值 · 广州市统计局，…").
 *
 * @param tip - The point.
 * @param index - Its index in key order.
 * @param count - How many points the chart has.
 * @param locale - The reader's language.
 */
export function pointText(tip: ChartTip, index: number, count: number, locale: Locale): string {
  return fill(A11Y_MESSAGES[locale].chartPoint, { index: index + 1, count, text: tipText(tip, locale) });
}

/**
 * Say one point's tip as one sentence: its lines joined ("2012 · 1.94%，终值 · 广州市统计局，…").
 *
 * @param tip - The point.
 * @param locale - The reader's language.
 */
export function tipText(tip: ChartTip, locale: Locale): string {
  return tip.title.split('\n').join(A11Y_MESSAGES[locale].chartLineBreak);
}
