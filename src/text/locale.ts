/** The two languages of the app; Chinese is the default. */
export type Locale = 'zh' | 'en';

/** BCP 47 tags handed to Intl, so formatting never depends on the machine's settings. */
export const INTL_LOCALE: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/** Return a supported locale for any input, defaulting to Chinese. */
export function maybeLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'zh';
}
