import { formatValue } from '../../i18n/format.ts';
import type { Locale } from '../../text/locale.ts';
import { fill } from '../../i18n/messages.ts';
import { USER_MESSAGES } from '../../i18n/user-messages.ts';
import { UNITS, type Unit } from '../../data/seed-schemas.ts';
import type { ImportNote, ImportProblem } from '../../import/index.ts';

/** What the preview knows of an indicator, to name it and count in its measure word. */
export interface NamedIndicator {
  name: string;
  measure_zh: string | null;
}

/**
 * Word an import problem: the code's sentence, with the published figure a `published-value`
 * quotes formatted in its unit and quality ("已有公布值 约1.2万家，以公布值为准").
 *
 * @param problem - A problem of the preview.
 * @param locale - zh or en.
 * @param measureZh - The measure word of the problem's indicator, if any (家, 项…).
 */
export function importProblemText(problem: ImportProblem, locale: Locale, measureZh: string | null = null): string {
  const u = USER_MESSAGES[locale];
  const { published } = problem;
  if (!published) return fill(u.importProblem[problem.code], { value: '' });
  const value = fill(u.publishedFigure[published.quality], { value: formatValue(published.value, published.unit, locale, measureZh) });
  return fill(u.importProblem[problem.code], { value });
}

/**
 * Word what a note says the cell became, for readers: an indicator's name rather than its id, a
 * unit's name rather than its code; empty when the note has nothing more to say.
 *
 * @param note - A note of the preview.
 * @param locale - zh or en.
 * @param indicatorOf - The notebook's or the preview's indicator for an id, if there is one.
 */
export function noteDetail(note: ImportNote, locale: Locale, indicatorOf: (id: string) => NamedIndicator | undefined): string {
  const u = USER_MESSAGES[locale];
  const { detail } = note;
  if (detail === undefined || detail === '') return '';
  // A matched id the page does not know stays unshown: an id is no word for a reader.
  if (note.code === 'indicator-matched') {
    const name = indicatorOf(detail)?.name;
    return name === undefined ? '' : fill(u.noteBecame, { detail: `“${name}”` });
  }
  if (note.code === 'unit-converted') return isUnit(detail) ? fill(u.noteBecame, { detail: u.unitNames[detail] }) : '';
  return fill(u.noteBecame, { detail });
}

function isUnit(text: string): text is Unit {
  return (UNITS as readonly string[]).includes(text);
}
