import { scoresPlan } from '../../scenario/scenario.ts';
import type { IndicatorRow } from '../../data/types.ts';
import { INTL_LOCALE, type Locale } from '../../i18n/locale.ts';
import type { ScoreRow } from '../../notebook/notebook.ts';

export type SortKey = 'plan' | 'indicator' | 'year' | 'verdict' | 'margin';
export interface SortState {
  key: SortKey;
  ascending: boolean;
}

/** Verdicts in the order a reader scans for trouble: misses first. */
const VERDICT_ORDER = { missed: 0, undetermined: 1, met: 2 } as const;

/**
 * Filter scoreboard rows to the chosen plans (all when none) and sort them. Ties keep plan, indicator and year order
 * so that the table never jumps around between sorts.
 *
 * @param rows - All scored targets.
 * @param options - the plans (all when empty), the sort, the locale (for collation) and the indicator catalogue.
 */
export function arrangeScores(
  rows: readonly ScoreRow[],
  options: { plans: readonly string[]; sort: SortState; locale: Locale; indicators: ReadonlyMap<string, IndicatorRow> },
): ScoreRow[] {
  const { plans, sort, locale, indicators } = options;
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const name = (r: ScoreRow) => {
    const d = indicators.get(r.target.indicator_id);
    return d ? (locale === 'zh' ? d.name_zh : d.name_en) : r.target.indicator_id;
  };
  const compare: Record<SortKey, (a: ScoreRow, b: ScoreRow) => number> = {
    plan: (a, b) => collator.compare(a.target.plan_id, b.target.plan_id),
    indicator: (a, b) => collator.compare(name(a), name(b)),
    year: (a, b) => a.target.year - b.target.year,
    verdict: (a, b) => VERDICT_ORDER[a.score.verdict] - VERDICT_ORDER[b.score.verdict],
    margin: (a, b) => nanLast(a.score.relativeMargin, b.score.relativeMargin),
  };
  const primary = compare[sort.key];
  const sign = sort.ascending ? 1 : -1;
  return rows
    .filter((r) => scoresPlan(plans, r.target.plan_id))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => sign * primary(a.r, b.r) || a.i - b.i)
    .map(({ r }) => r);
}

function nanLast(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}

/**
 * Return the next sort after a header is pressed: a new column sorts ascending, the same one flips.
 *
 * @param current - The sort now.
 * @param key - The column pressed.
 */
export function nextSort<K extends string>(current: { key: K; ascending: boolean }, key: K): { key: K; ascending: boolean } {
  return current.key === key ? { key, ascending: !current.ascending } : { key, ascending: true };
}
