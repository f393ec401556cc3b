import { fill } from '../i18n/messages.ts';
import { GAP_MESSAGES } from '../i18n/gap-messages.ts';
import { INTL_LOCALE, type Locale } from '../text/locale.ts';
import type { IndicatorView } from './notebook.ts';
import { figureKey } from '../import/published-check.ts';
import { fillInCellId } from './fill-in-anchor.ts';

/** What an indicator in one region lacks: the target years nothing covers, and why. */
export interface TargetGap {
  /** Target years (distinct, ascending) with neither a published value nor one of the user's. */
  years: number[];
  /** The catalogue's statement of why (`gap_zh` / `gap_en`) in the reader's language; null when it has none. */
  reason: string | null;
  /** The element id of the fill-in grid's cell for the first of `years` the grid lists; null when it lists none. */
  cell: string | null;
}

/**
 * Find the target years of a view that no value covers, published or the user's, with the
 * catalogue's reason and the fill-in grid's cell for the first of them. A year a user layer filled is
 * covered (the cue shrinks as figures are typed); the grid still lists it until a publisher covers it.
 *
 * @param view - One indicator in one region; its targets are the scored ones (`buildNotebook`).
 * @param locale - zh or en.
 * @param gridKeys - `figureKey`s of the cells the grid lists (`missingCells`); defaults to none, so no cell.
 * @param through - The last year a figure could be published for (the latest year of any published
 *   value): later target years are not due yet, so they are no gap. Defaults to every year.
 * @returns Null when every target year has a value (or there are no targets).
 * @example targetGap(view, 'zh', keys) // { years: [2019, 2020], reason: '未见…', cell: 'fill-in-basic_research_share-guangzhou-2019' }
 */
export function targetGap(view: IndicatorView, locale: Locale, gridKeys: ReadonlySet<string> = new Set(), through = Infinity): TargetGap | null {
  const years = gapYears(view, through);
  if (years.length === 0) return null;
  const reason = (locale === 'zh' ? view.indicator.gap_zh : view.indicator.gap_en) ?? null;
  const first = years.find((y) => gridKeys.has(figureKey(view.indicator.id, view.region, y)));
  return { years, reason, cell: first === undefined ? null : fillInCellId(view.indicator.id, view.region, first) };
}

/**
 * List a view's target years (distinct, ascending) that no value covers, published or the user's.
 *
 * @param view - One indicator in one region, with its scored targets.
 * @param through - Years after this are not due yet and are left out; defaults to every year.
 */
export function gapYears(view: Pick<IndicatorView, 'actuals' | 'targets'>, through = Infinity): number[] {
  const covered = new Set(view.actuals.map((a) => a.year));
  return [...new Set(view.targets.map((t) => t.year))].filter((y) => y <= through && !covered.has(y)).sort((a, b) => a - b);
}

const lists = new Map<Locale, Intl.ListFormat>();
/**
 * Join years as the reader's language lists them: "2019、2020" in Chinese, "2019, 2020" in English.
 *
 * @param years - Years, in the order to say them.
 * @param locale - zh or en.
 */
export function listYears(years: readonly number[], locale: Locale): string {
  let format = lists.get(locale);
  if (!format) {
    // Narrow: no "and" before the last year, so the list reads as a list of columns, not a sentence.
    format = new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction', style: 'narrow' });
    lists.set(locale, format);
  }
  // Years are written without grouping ("2019", never "2,019").
  return format.format(years.map(String));
}

/**
 * Word a gap for the page: "缺2019、2020年公布数据 · <reason>" / "No published figure for 2019, 2020 · <reason>".
 *
 * @param gap - A gap from {@link targetGap}.
 * @param locale - zh or en.
 */
export function gapCue(gap: TargetGap, locale: Locale): string {
  const g = GAP_MESSAGES[locale];
  const missing = fill(g.missing, { years: listYears(gap.years, locale) });
  return gap.reason ? `${missing}${g.separator}${gap.reason}` : missing;
}
