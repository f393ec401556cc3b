import type { Unit } from '../data/seed-schemas.ts';
import { INTL_LOCALE, type Locale } from '../text/locale.ts';

const cache = new Map<string, Intl.NumberFormat>();
/**
 * Return a cached `Intl.NumberFormat` for the locale's Intl tag and the options.
 *
 * @param locale - The reader's language.
 * @param options - Intl options.
 */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    cache.set(key, format);
  }
  return format;
}

/**
 * Build a number format for the locale now, so the locale's data is loaded (the first
 * `Intl.NumberFormat` of a page costs ~40 ms) while the page waits for something else, such as its data.
 *
 * @param locale - The reader's language.
 */
export function warmNumberFormats(locale: Locale): void {
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(0.5);
}

/** Unit words as the plans write them (zh) and their English equivalents. */
const UNIT_LABEL: Record<Unit, Record<Locale, string>> = {
  percent: { zh: '%', en: '%' },
  yi_yuan: { zh: '亿元', en: '100m yuan' },
  wan_yuan: { zh: '万元', en: '10k yuan' },
  count: { zh: '个', en: '' },
  persons: { zh: '人', en: 'people' },
  items: { zh: '件', en: 'items' },
  per_10k_people: { zh: '件/万人', en: 'per 10k people' },
  per_million_people: { zh: '件/百万人', en: 'per million people' },
  times: { zh: '倍', en: '×' },
  ratio: { zh: '', en: '' },
};

/**
 * Return the unit word for a value: the indicator's own measure word (家, 项…) when it has one,
 * else the unit's generic label.
 *
 * @param unit - The unit code.
 * @param locale - zh or en.
 * @param measureZh - The indicator's Chinese measure word, e.g. 家 for enterprises. Optional.
 */
export function unitLabel(unit: Unit, locale: Locale, measureZh?: string | null): string {
  if (unit === 'count' && locale === 'zh' && measureZh) return measureZh;
  return UNIT_LABEL[unit][locale];
}

/**
 * Format a value with full precision in the plan's unit: "12,099家", "2.87%", "1,273.36亿元".
 * Digits shown are the digits published (up to 2 decimals); nothing is rounded away for display.
 *
 * @param value - The value in the indicator's plain unit.
 * @param unit - Its unit code.
 * @param locale - zh or en.
 * @param measureZh - Optional Chinese measure word for counts.
 */
export function formatValue(value: number, unit: Unit, locale: Locale, measureZh?: string | null): string {
  const digits = numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  const label = unitLabel(unit, locale, measureZh);
  if (label === '') return digits;
  if (unit === 'percent' || locale === 'zh' || label === '×') return `${digits}${label}`;
  return `${digits} ${label}`;
}

/** Units whose values are whole things: a model estimate of them is shown without decimals. */
const WHOLE_UNITS: ReadonlySet<Unit> = new Set(['count', 'persons', 'items']);

/**
 * Format a model estimate (a quantile) in the plan's unit. Unlike a published value it has no digits
 * of its own, so counts of enterprises or people are shown as whole numbers ("80,035人", not "80,035.46人").
 *
 * @param value - The estimate.
 * @param unit - Its unit code.
 * @param locale - zh or en.
 * @param measureZh - Optional Chinese measure word for counts.
 */
export function formatEstimate(value: number, unit: Unit, locale: Locale, measureZh?: string | null): string {
  return formatValue(WHOLE_UNITS.has(unit) ? Math.round(value) : value, unit, locale, measureZh);
}

/** Format an axis tick compactly: 1.2万 in Chinese, 12K in English. */
export function formatTick(value: number, locale: Locale): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

/** Format a share such as a probability: "47.7%". */
export function formatShare(ratio: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/**
 * Format a share as a whole percentage: "93%". For scores that rest on tens or hundreds of values,
 * where a decimal would claim more precision than the count carries.
 *
 * @param ratio - The share, 0.929 for 93%.
 * @param locale - zh or en.
 */
export function formatWholePercent(ratio: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** Format a signed relative difference as a percentage, e.g. "+2.5%" or "−1.3%". */
export function formatSignedPercent(ratio: number, locale: Locale): string {
  if (!Number.isFinite(ratio)) return '—';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio);
}

/**
 * Format a signed difference in the indicator's unit, e.g. "+699家". A difference between two
 * percentages is in percentage points: "−0.4个百分点" / "−0.4 pp", never "−0.4%".
 *
 * @param value - The difference.
 * @param unit - The indicator's unit code.
 * @param locale - zh or en.
 * @param measureZh - Optional Chinese measure word for counts.
 */
export function formatSignedValue(value: number, unit: Unit, locale: Locale, measureZh?: string | null): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  if (unit === 'percent') {
    const digits = numberFormat(locale, { maximumFractionDigits: 2 }).format(Math.abs(value));
    return `${sign}${digits}${locale === 'zh' ? '个百分点' : ' pp'}`;
  }
  return `${sign}${formatValue(Math.abs(value), unit, locale, measureZh)}`;
}

/** Format a year as a plain integer: never "2,020". */
export function formatYear(year: number): string {
  return String(year);
}
