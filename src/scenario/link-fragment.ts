import type { Locale } from '../text/locale.ts';
import { encodeLink } from './link-codec.ts';
import type { Scenario } from './scenario.ts';

/** Links longer than this leave the user's data out (browsers and chat apps cut longer ones). */
export const LINK_DATA_LIMIT = 8000;

/** What the address should say for what is on screen. */
export interface LinkState {
  scenario: Scenario;
  /** `dataVersion` of the shipped data. */
  data: string;
  /** The probabilities on screen (`resultDigest`), when they are this scenario's own. */
  results?: Record<string, number>;
  /** The reader's layers and notes, to ride along when the link stays short enough. */
  layers: unknown[];
  notes: unknown[];
  /** The pinned comparison scenario A, written as `&a=`. */
  comparison: Scenario | null;
  /** The page's language, written as `&lang=`, so the link reopens in it. Left out when absent. */
  locale?: Locale;
}

/**
 * The address fragment (without `#`) that reproduces a page: `s=` with the scenario, the results it
 * showed and, when the link stays under `limit` characters, the reader's layers and notes; then
 * `&a=` for a pinned comparison; then `&lang=` with the page's language. Downloads and embeds carry
 * the same fragment. `lang` sits beside `s=`, not inside it, so the scenario's link version is
 * unchanged and a link without it opens as before (in Chinese, unless the reader chose otherwise).
 *
 * @param state - What is on screen.
 * @param limit - The longest `s=` that still carries the user's data.
 * @returns The fragment, and whether the user's data was left out for length (the page says so).
 */
export async function linkFragment(state: LinkState, limit = LINK_DATA_LIMIT): Promise<{ fragment: string; userDataLeftOut: boolean }> {
  const base = { scenario: state.scenario, data: state.data, ...(state.results ? { results: state.results } : {}) };
  const hasUserData = state.layers.length + state.notes.length > 0;
  let encoded = await encodeLink({ ...base, layers: state.layers, notes: state.notes });
  const userDataLeftOut = hasUserData && encoded.length > limit;
  if (userDataLeftOut) encoded = await encodeLink(base);
  const a = state.comparison ? `&a=${await encodeLink({ scenario: state.comparison, data: state.data })}` : '';
  const lang = state.locale ? `&lang=${state.locale}` : '';
  return { fragment: `s=${encoded}${a}${lang}`, userDataLeftOut };
}

/**
 * Set the language of an address fragment, changing nothing else in it: a link the page could not
 * open keeps every character the reader was sent (it is text, not parsed and written back), with only
 * its `lang=` replaced or added.
 *
 * @param fragment - The fragment, with or without `#`.
 * @param locale - The language to say.
 * @returns The fragment without `#`.
 * @example withLanguage('#s=1.@@&lang=zh', 'en') // 's=1.@@&lang=en'
 */
export function withLanguage(fragment: string, locale: Locale): string {
  const parts = fragment.replace(/^#/, '').split('&').filter((part) => part !== '' && !part.startsWith('lang='));
  return [...parts, `lang=${locale}`].join('&');
}
