// The answer key's sentences: what verdict, probability and pace mean, with their scales written out
// from the same words the answers use, and the data badges the page shows, each explained once.
import { numberFormat } from '../i18n/format.ts';
import type { Locale } from '../text/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { READING_MESSAGES } from '../i18n/reading-messages.ts';
import type { Likelihood, Pace, SeriesFlag } from '../model/index.ts';

/**
 * The likelihood scale, highest first, with each word's lower edge (the upper is the one above): IPCC
 * AR5 guidance note, https://www.ipcc.ch/site/assets/uploads/2017/08/AR5_Uncertainty_Guidance_Note.pdf,
 * as `likelihood` in src/model/likelihood.ts draws it (a test holds the two together).
 */
export const LIKELIHOOD_EDGES: readonly (readonly [Likelihood, number])[] = [
  ['virtually-certain', 0.99],
  ['very-likely', 0.9],
  ['likely', 0.66],
  ['about-as-likely-as-not', 0.33],
  ['unlikely', 0.1],
  ['very-unlikely', 0],
];

/** The pace scale on the ratio of growth seen to growth needed, as `ratePace` in src/model/pace.ts draws it. */
export const PACE_EDGES: readonly (readonly [Exclude<Pace, 'achieved'>, number])[] = [
  ['on-track', 0.95],
  ['needs-acceleration', 0.6],
  ['limited-progress', 0],
  ['moving-away', -Infinity],
];

/** One term of the key and what it means. */
export interface KeyEntry {
  term: string;
  text: string;
}

/**
 * Write the key's three terms and why they may differ, in the reader's language.
 *
 * @param locale - zh or en.
 * @returns Verdict, probability, pace and "why they may differ", in that order.
 */
export function keyEntries(locale: Locale): KeyEntry[] {
  const m = MESSAGES[locale];
  const r = READING_MESSAGES[locale];
  const percent = (x: number) => numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  const ratio = (x: number) => numberFormat(locale, { maximumFractionDigits: 2 }).format(x);
  const scale = <K extends string>(edges: readonly (readonly [K, number])[], word: (k: K) => string, f: (x: number) => string, floor: number) =>
    edges
      .map(([k, low], i) => {
        const high = edges[i - 1]?.[1];
        const range = high === undefined ? `≥${f(low)}` : low <= floor ? `<${f(high)}` : `${f(low)}–${f(high)}`;
        return fill(r.scaleEntry, { word: word(k), range });
      })
      .join(r.scaleJoin);
  return [
    { term: r.keyVerdict, text: r.keyVerdictText },
    { term: r.keyProbability, text: fill(r.keyProbabilityText, { scale: scale(LIKELIHOOD_EDGES, (k) => m.status[k], percent, 0) }) },
    { term: r.keyPace, text: fill(r.keyPaceText, { scale: scale(PACE_EDGES, (k) => m.pace[k], ratio, -Infinity), achieved: m.pace.achieved }) },
    { term: r.keyDiffer, text: r.keyDifferText },
  ];
}

/** Every badge the page can show, in the order the messages list them. */
export const ALL_FLAGS = Object.keys(MESSAGES.zh.flagShort) as SeriesFlag[];

/**
 * The badges to explain, each once, in the messages' order: the short word as the page shows it and
 * what it means.
 *
 * @param locale - zh or en.
 * @param flags - The badges the page shows (repeats are fine). Defaults to every badge.
 */
export function badgeEntries(locale: Locale, flags: Iterable<SeriesFlag> = ALL_FLAGS): (KeyEntry & { flag: SeriesFlag })[] {
  const m = MESSAGES[locale];
  const shown = new Set(flags);
  return ALL_FLAGS.filter((f) => shown.has(f)).map((flag) => ({ flag, term: m.flagShort[flag], text: m.flag[flag] }));
}
