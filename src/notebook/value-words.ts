import type { ActualRow } from '../data/types.ts';
import type { Locale } from '../text/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { USER_MESSAGES } from '../i18n/user-messages.ts';
import { FORMULA_PUBLISHER } from '../user/derived-history.ts';
import { USER_PUBLISHER } from '../user/merge-layers.ts';
import { FILL_IN_MESSAGES } from '../i18n/fill-in-messages.ts';
import { publisherName } from '../i18n/source-text.ts';

/** What a value's words are read from: its quality, and whether a user layer brought it. */
type ValueFacts = Pick<ActualRow, 'quality' | 'origin' | 'source_publisher' | 'publisher_zh' | 'publisher_en'>;

/**
 * Tell whether a value is the user's own (imported, or computed from a formula of theirs), never a published figure.
 *
 * @param value - A value row.
 */
export function isUserValue(value: Pick<ActualRow, 'origin'>): boolean {
  return value.origin === 'user';
}

/**
 * The word for how far a value can be taken: a published value's quality (正式值, 初步值…); for the
 * user's own "我的数据" / "My data", and "按公式计算" / "From your formula" for a formula indicator's
 * history, so a user's figure never reads as a published one (its rows are `final` to the engine).
 *
 * @param value - A value row.
 * @param locale - zh or en.
 */
export function qualityWord(value: ValueFacts, locale: Locale): string {
  if (!isUserValue(value)) return MESSAGES[locale].quality[value.quality];
  const u = USER_MESSAGES[locale];
  return value.source_publisher === FORMULA_PUBLISHER ? u.fromFormula : u.mine;
}

/**
 * Who a value's figure is from: the publisher in the reader's language, or for the user's own "由你导入" /
 * "Imported by you" ("由你的公式计算" / "Computed by your formula" for a formula's history).
 *
 * @param value - A value row.
 * @param locale - zh or en.
 */
export function publisherWord(value: ValueFacts, locale: Locale): string {
  if (!isUserValue(value)) return publisherName(value, locale);
  const u = USER_MESSAGES[locale];
  if (value.source_publisher === FORMULA_PUBLISHER) return u.sourceFormula;
  // A filled-in figure names the publisher the user read it from; it is still theirs, and says so.
  if (value.source_publisher !== USER_PUBLISHER) return fill(FILL_IN_MESSAGES[locale].sourceTyped, { publisher: value.source_publisher });
  return u.sourceImported;
}

/**
 * Whose figure a value is and where it is from, for source lists: "广州市统计局 · 2023年统计公报",
 * "由你导入 · gb18030-yearbook.csv".
 *
 * @param value - A value row with its source title (the document, the layer's label, or the formula).
 * @param locale - zh or en.
 */
export function sourceWords(value: ValueFacts & Pick<ActualRow, 'source_title'>, locale: Locale): string {
  return `${publisherWord(value, locale)} · ${value.source_title}`;
}

/** The legend's key for the user's own values, beside the published qualities. */
export const MINE_KEY = 'mine';

/**
 * Which kinds of value a chart draws, for its legend: each published value's quality, and
 * {@link MINE_KEY} for the user's own values (drawn as diamonds, whatever their quality).
 *
 * @param picked - The values the chart draws.
 */
export function legendQualities(picked: readonly Pick<ActualRow, 'quality' | 'origin'>[]): Set<string> {
  return new Set(picked.map((a) => (isUserValue(a) ? MINE_KEY : a.quality)));
}
