import { numberFormat } from '../../i18n/format.ts';
import { INTL_LOCALE, type Locale } from '../../text/locale.ts';
import { fill } from '../../i18n/messages.ts';
import { OUTLOOK_MESSAGES } from '../../i18n/outlook-messages.ts';
import type { AssessResult, TargetAssessment } from '../../model/index.ts';

/** One target as the pinned scenario A saw it, beside the live scenario B. */
export interface ComparedTarget {
  /** A's assessment of the same target. */
  a: TargetAssessment;
  /** B's probability minus A's (a share: 0.031 is 3.1 points), or null when either side has none. */
  difference: number | null;
  /** Whether the likelihood word (or verdict) differs between A and B. */
  changed: boolean;
}

/** The A/B comparison of the rows on screen. */
export interface TargetComparison {
  /** The compared targets by id; a target A did not assess is absent. */
  byId: ReadonlyMap<string, ComparedTarget>;
  /** How many of the rows changed their word. */
  changed: number;
}

/**
 * Compare the rows on screen (scenario B) with the pinned scenario A's result, target by target.
 *
 * @param rows - B's assessments, as the table shows them.
 * @param comparison - A's result, or null while nothing is pinned or A is still running (then nothing is compared).
 */
export function compareTargets(rows: readonly TargetAssessment[], comparison: AssessResult | null): TargetComparison {
  const byId = new Map<string, ComparedTarget>();
  if (comparison === null) return { byId, changed: 0 };
  const aById = new Map(comparison.targets.map((t) => [t.id, t]));
  let changed = 0;
  for (const b of rows) {
    const a = aById.get(b.id);
    if (!a) continue;
    const differs = a.status !== b.status;
    if (differs) changed++;
    byId.set(b.id, { a, difference: isShare(a.probability) && isShare(b.probability) ? b.probability - a.probability : null, changed: differs });
  }
  return { byId, changed };
}

/**
 * Format a difference of two probabilities in percentage points, signed, to one decimal as the
 * probabilities are: "+3.1个百分点", "−0.4 pp" (Intl's sign), "0 pp" when it rounds to nothing.
 *
 * @param difference - The difference as a share (0.031 for 3.1 points), or null for "—".
 * @param locale - zh or en.
 */
export function formatPoints(difference: number | null, locale: Locale): string {
  if (difference === null || !Number.isFinite(difference)) return '—';
  const value = numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(difference * 100);
  return fill(OUTLOOK_MESSAGES[locale].points, { value });
}

/** A probability the table can subtract: a number, not null and not NaN (an `==` target). */
function isShare(p: number | null): p is number {
  return p !== null && Number.isFinite(p);
}

/**
 * Say how many targets changed their likelihood word between A and B: "3 项目标的可能性判断变了",
 * "1 target changed its likelihood word", or that none did.
 *
 * @param changed - The count, from {@link compareTargets}.
 * @param locale - zh or en.
 */
export function changedSentence(changed: number, locale: Locale): string {
  const m = OUTLOOK_MESSAGES[locale];
  if (changed === 0) return m.compareSame;
  const form = new Intl.PluralRules(INTL_LOCALE[locale]).select(changed) === 'one' ? 'one' : 'other';
  return fill(m.compareChanged[form], { count: numberFormat(locale, {}).format(changed) });
}
