// The opening summary's two sentences: what the published data decided, which needs no engine and is
// said at once, and how the model rates the targets it gives a probability, once its counts arrive.
import { INTL_LOCALE, type Locale } from '../text/locale.ts';
import { fill } from '../i18n/messages.ts';
import { READING_MESSAGES } from '../i18n/reading-messages.ts';
import type { OutlookCounts } from './frames.ts';
import type { Notebook } from './notebook.ts';

/**
 * Write the verdict sentence: met, missed and not yet decidable, the last being the targets whose
 * year has no published figure and those whose figure is a lower bound or rounded, so the three add
 * up to every target.
 *
 * @param counts - The published notebook's counts.
 * @param plans - How many plans the published data has.
 * @param locale - zh or en.
 * @example verdictSentence({ targets: 10, indicators: 4, scored: 6, met: 3, missed: 2, undetermined: 1 }, 2, 'en')
 *   // '… 3 met, 2 missed and 5 not yet decidable (4 in years without published data, 1 with …)'
 */
export function verdictSentence(counts: Notebook['counts'], plans: number, locale: Locale): string {
  const pending = counts.targets - counts.scored;
  return fill(READING_MESSAGES[locale].summaryVerdicts, {
    plans,
    targets: counts.targets,
    indicators: counts.indicators,
    met: counts.met,
    missed: counts.missed,
    open: pending + counts.undetermined,
    pending,
    undetermined: counts.undetermined,
  });
}

/**
 * Write the probability sentence: how many targets the model rates likely, about even and unlikely.
 * Without counts yet it is the same sentence with "…" for each count, so it keeps its place and its
 * length, and the page does not move when the counts arrive.
 *
 * @param outlook - The counts, or null while they are computed.
 * @param scenario - Which data the model starts from ("截至 2018 年（回测）", "latest data").
 * @param locale - zh or en.
 */
export function outlookSentence(outlook: OutlookCounts | null, scenario: string, locale: Locale): string {
  const r = READING_MESSAGES[locale];
  const count = (n: number | undefined) => (n === undefined ? r.countPending : n);
  const noun = outlook !== null && new Intl.PluralRules(INTL_LOCALE[locale]).select(outlook.projected) === 'one' ? r.targetNoun.one : r.targetNoun.other;
  return fill(r.summaryOutlook, {
    scenario,
    noun,
    projected: count(outlook?.projected),
    likely: count(outlook?.likely),
    even: count(outlook?.even),
    unlikely: count(outlook?.unlikely),
  });
}
