import type { IndicatorRow } from '../data/types.ts';
import type { Locale } from '../text/locale.ts';
import { searchIndicators } from '../text/search-indicators.ts';

/** One indicator as a picker or the formula box offers it: its id, and its name in the reader's language. */
export interface IndicatorChoice {
  indicatorId: string;
  name_zh: string;
  name_en: string;
  /** The reader's name for it. */
  name: string;
  /** "研发经费投入强度 · rd_gdp_ratio": the name, and the id a formula writes. */
  label: string;
}

/**
 * List indicators as choices in the reader's language, in the catalogue's order.
 *
 * @param indicators - The notebook's indicators (published and the user's).
 * @param locale - zh or en.
 */
export function indicatorChoices(indicators: readonly Pick<IndicatorRow, 'id' | 'name_zh' | 'name_en'>[], locale: Locale): IndicatorChoice[] {
  return indicators.map((d) => {
    const name = locale === 'zh' ? d.name_zh : d.name_en;
    return { indicatorId: d.id, name_zh: d.name_zh, name_en: d.name_en, name, label: `${name} · ${d.id}` };
  });
}

/**
 * Find the choices a query matches, as the notebook's contents search does (Chinese or English
 * name or id; case-, width- and space-insensitive; best matches first). An empty query keeps all.
 *
 * @param choices - From {@link indicatorChoices}.
 * @param query - What the reader typed.
 */
export function matchChoices(choices: readonly IndicatorChoice[], query: string): IndicatorChoice[] {
  return searchIndicators(choices, query);
}

/** The word being typed in a formula: where it starts and ends, and its text. */
export interface FormulaWord {
  start: number;
  end: number;
  text: string;
}

// Letters (Chinese names too), digits and `_`: what an id or a name typed in its place is made of.
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Find the word around the caret in a formula, so a name typed there can be replaced by its id.
 *
 * @param text - The formula as typed.
 * @param caret - The caret's offset (UTF-16 units, as `selectionStart` gives it).
 * @returns The word; its text is empty when the caret is not in or after one, or the word is a number.
 * @example formulaWordAt('研发 / gdp', 2) // { start: 0, end: 2, text: '研发' }
 */
export function formulaWordAt(text: string, caret: number): FormulaWord {
  let start = Math.max(0, Math.min(caret, text.length));
  let end = start;
  while (start > 0 && WORD_CHAR.test(text[start - 1] as string)) start--;
  while (end < text.length && WORD_CHAR.test(text[end] as string)) end++;
  const word = text.slice(start, end);
  // 100 or 1.05 is a number, not a name to look up.
  return { start, end, text: /^\d/.test(word) ? '' : word };
}

/**
 * Put an id in place of the word being typed, and say where the caret goes (right after it).
 *
 * @param text - The formula as typed.
 * @param word - The word to replace, from {@link formulaWordAt}.
 * @param id - The indicator id to insert.
 * @example insertFormulaId('研发 / gdp', { start: 0, end: 2, text: '研发' }, 'rd_expenditure') // { text: 'rd_expenditure / gdp', caret: 14 }
 */
export function insertFormulaId(text: string, word: FormulaWord, id: string): { text: string; caret: number } {
  return { text: `${text.slice(0, word.start)}${id}${text.slice(word.end)}`, caret: word.start + id.length };
}
