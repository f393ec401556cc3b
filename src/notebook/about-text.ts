import { ABOUT_MESSAGES } from '../i18n/about-messages.ts';
import { numberFormat } from '../i18n/format.ts';
import { fill } from '../i18n/messages.ts';
import { DEFAULT_ABOUT_TOLERANCE, type Comparator } from '../model/index.ts';
import type { Locale } from '../text/locale.ts';

/**
 * Return the tolerance of an "about" target: its own, else `fallback`; null for any other comparator.
 *
 * @param t - The target's comparator and tolerance.
 * @param fallback - The tolerance of "about" targets without their own (the scenario's `aboutTolerance`);
 *   absent or undefined uses `DEFAULT_ABOUT_TOLERANCE`.
 */
export function toleranceOf(t: { comparator: Comparator; tolerance?: number | null }, fallback?: number): number | null {
  return t.comparator === '~' ? (t.tolerance ?? fallback ?? DEFAULT_ABOUT_TOLERANCE) : null;
}

/**
 * Format a relative tolerance as a percent, to 0.1: 0.02 → "2%", 0.025 → "2.5%".
 *
 * @param tolerance - A fraction.
 * @param locale - zh or en.
 */
export function formatTolerance(tolerance: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(tolerance);
}

/**
 * Put an "about" target's band beside its formatted value; any other target's value is returned as it is.
 *
 * @param text - The formatted target value ("3.4%").
 * @param t - The target's comparator and tolerance.
 * @param locale - zh or en.
 * @example withTolerance('65%', { comparator: '~' }, 'zh') // '65%（±2%）'
 */
export function withTolerance(text: string, t: { comparator: Comparator; tolerance?: number | null }, locale: Locale): string {
  const tolerance = toleranceOf(t);
  return tolerance === null ? text : fill(ABOUT_MESSAGES[locale].withTolerance, { target: text, tolerance: formatTolerance(tolerance, locale) });
}

/**
 * Read the outlook's tolerance field (a percent) into a scenario tolerance: a fraction in (0, 0.5],
 * or null for anything else (the field then says so and the tolerance in use stays).
 *
 * @param percent - The field's number (NaN when empty).
 */
export function readTolerancePercent(percent: number): number | null {
  if (!Number.isFinite(percent) || !(percent > 0) || percent > 50) return null;
  // Percent to fraction without binary noise: 2.5 → 0.025, not 0.025000000000000001.
  return Number((percent / 100).toPrecision(12));
}

/**
 * Return the legend's words for the "about" targets of a chart, one entry per tolerance in use, in
 * the order the targets come: "目标（约，±2%）" / "Target (about, ±2%)". Empty when the chart has none.
 *
 * @param targets - The chart's targets.
 * @param aboutTolerance - The scenario's tolerance for "about" targets without their own; absent uses the default.
 * @param locale - zh or en.
 * @example aboutLegend([{ comparator: '~' }], 0.05, 'zh') // ['目标（约，±5%）']
 */
export function aboutLegend(targets: readonly { comparator: Comparator; tolerance?: number | null }[], aboutTolerance: number | undefined, locale: Locale): string[] {
  const tolerances = new Set(targets.map((t) => toleranceOf(t, aboutTolerance)).filter((t) => t !== null));
  return [...tolerances].map((tolerance) => fill(ABOUT_MESSAGES[locale].legendAbout, { tolerance: formatTolerance(tolerance, locale) }));
}
