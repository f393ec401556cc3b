import type { PlanRow } from '../data/types.ts';
import type { Locale } from '../text/locale.ts';

/**
 * Return a plan's short name in the reader's language; an unknown id is shown as written.
 *
 * @param plans - All plans.
 * @param id - The plan id.
 * @param locale - zh or en.
 */
export function planName(plans: readonly PlanRow[], id: string, locale: Locale): string {
  const plan = plans.find((p) => p.id === id);
  return plan ? (locale === 'zh' ? plan.short_zh : plan.short_en) : id;
}
