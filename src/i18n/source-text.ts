import type { ActualRow } from '../data/types.ts';
import type { Locale } from '../text/locale.ts';

/**
 * Name a value's publisher in the reader's language: `publisher_zh` or `publisher_en` where the data
 * gives it, else the publisher as written (user and formula rows, and tables older than the columns).
 *
 * @param actual - A published value, or one a user layer or formula added.
 * @param locale - The reader's language.
 */
export function publisherName(actual: Pick<ActualRow, 'source_publisher' | 'publisher_zh' | 'publisher_en'>, locale: Locale): string {
  return (locale === 'zh' ? actual.publisher_zh : actual.publisher_en) || actual.source_publisher;
}

/**
 * Return the note written for readers of this language, or null when there is none. The `note`
 * column says how a value was read, for auditors, and is never returned: a reader whose language
 * has no note is shown none.
 *
 * @param actual - A published value.
 * @param locale - The reader's language.
 */
export function readerNote(actual: ActualRow, locale: Locale): string | null {
  return (locale === 'zh' ? actual.note_zh : actual.note_en) || null;
}
