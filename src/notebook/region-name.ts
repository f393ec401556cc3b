import type { Locale } from '../text/locale.ts';

const NAMES: Record<string, Record<Locale, string>> = {
  guangzhou: { zh: '广州市', en: 'Guangzhou' },
  guangdong: { zh: '广东省', en: 'Guangdong' },
  prd: { zh: '珠三角', en: 'Pearl River Delta' },
};

/**
 * Name a region in the reader's language; an unknown id (a user's own region) is shown as written.
 *
 * @param id - The region id from the data.
 * @param locale - zh or en.
 */
export function regionName(id: string, locale: Locale): string {
  return NAMES[id]?.[locale] ?? id;
}
