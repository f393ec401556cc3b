// The notebook's tables as Arquero tables, and every verb the page runs on them: which targets each
// table shows (filter), in what order (orderby), and how many fall in each band (rollup). This is the
// one place the page filters, sorts or counts rows; components only render what comes out.
//
// Arquero and its expression parser are a chunk of their own (see `load-frames.ts`): nothing on the
// first screen needs them, so they load beside the engine's first run.
//
// Each verb works on a table of plain columns, one row per target, with `i` the row's position in the
// input. Row functions are passed through `escape`, so Arquero calls them as written instead of
// parsing their source text (with acorn) on every call; column names and `op` calls are still parsed,
// as one-word expressions. A verb costs about 1–3 ms on the notebook's ~130 targets. Values Arquero
// would order in its own way (NaN and null sort first) are split into an explicit "missing" column
// and a number, so the order is the one written here.
import { collate, desc, escape, op, table, type ColumnTable } from 'arquero';
import type { IndicatorRow } from '../data/types.ts';
import { INTL_LOCALE, type Locale } from '../text/locale.ts';
import type { AssessResult, TargetAssessment } from '../model/index.ts';
import { scoresPlan } from '../scenario/scenario.ts';
import type { ScoreRow } from './notebook.ts';

/** Columns the scoreboard sorts by. */
export type ScoreSortKey = 'plan' | 'indicator' | 'year' | 'verdict' | 'margin';
/** Columns the outlook's target table sorts by. */
export type OutlookSortKey = 'plan' | 'indicator' | 'year' | 'probability' | 'status';

export interface Sort<K extends string> {
  key: K;
  ascending: boolean;
}

/** Verdicts in the order a reader scans for trouble: misses first. */
const VERDICT_RANK: Record<ScoreRow['score']['verdict'], number> = { missed: 0, undetermined: 1, met: 2 };

/** How doubtful a status is, most doubtful first. */
const STATUS_RANK: Record<string, number> = {
  missed: 0,
  'very-unlikely': 1,
  unlikely: 2,
  undetermined: 3,
  'about-as-likely-as-not': 4,
  likely: 5,
  'very-likely': 6,
  'virtually-certain': 7,
  met: 8,
  'no-data': 9,
};

/** A column to order by, descending when asked. */
const by = (column: string | object, ascending: boolean) => (ascending ? column : desc(column));

/** The positions of the input rows, in the table's order, as the rows themselves. */
const rowsOf = <T>(frame: ColumnTable, rows: readonly T[]): T[] => (frame.array('i') as number[]).map((i) => rows[i] as T);

/**
 * Join a frame's `indicator_id` with the catalogue's name in the reader's language (`indicator`),
 * the indicator's id standing in for a name the catalogue lacks.
 *
 * @param frame - Any frame with an `indicator_id` column.
 * @param indicators - The catalogue.
 * @param locale - Which name.
 */
export function withIndicatorNames(frame: ColumnTable, indicators: ReadonlyMap<string, IndicatorRow>, locale: Locale): ColumnTable {
  const catalogue = [...indicators.values()];
  const names = table({ indicator_id: catalogue.map((d) => d.id), name: catalogue.map((d) => (locale === 'zh' ? d.name_zh : d.name_en)) });
  return frame
    .join_left(names, 'indicator_id')
    .derive({ indicator: escape((d: { name: string | undefined; indicator_id: string }) => d.name ?? d.indicator_id) });
}

/**
 * The engine's target assessments as a frame: i, id, plan, indicator_id, year, status_rank,
 * probability (2 when the engine gave none), projected (it gave one), decided (met, missed or
 * undetermined on a published value).
 *
 * @param targets - The engine's target assessments.
 */
export function assessmentFrame(targets: readonly TargetAssessment[]): ColumnTable {
  const known = (p: number | null): p is number => p !== null && !Number.isNaN(p);
  return table({
    i: targets.map((_, i) => i),
    id: targets.map((t) => t.id),
    plan: targets.map((t) => t.plan_id),
    indicator_id: targets.map((t) => t.indicator_id),
    year: targets.map((t) => t.year),
    status_rank: targets.map((t) => STATUS_RANK[t.status] ?? 9),
    probability: targets.map((t) => (known(t.probability) ? t.probability : 2)),
    projected: targets.map((t) => known(t.probability)),
    decided: targets.map((t) => t.status === 'met' || t.status === 'missed' || t.status === 'undetermined'),
  });
}

/**
 * The published scores as a frame: i, plan, indicator_id, year, verdict_rank, and the relative
 * margin as margin (0 when there is none) and margin_missing (1 when there is none).
 *
 * @param rows - The scored targets.
 */
export function scoreFrame(rows: readonly ScoreRow[]): ColumnTable {
  const missing = (r: ScoreRow) => Number.isNaN(r.score.relativeMargin);
  return table({
    i: rows.map((_, i) => i),
    plan: rows.map((r) => r.target.plan_id),
    indicator_id: rows.map((r) => r.target.indicator_id),
    year: rows.map((r) => r.target.year),
    verdict_rank: rows.map((r) => VERDICT_RANK[r.score.verdict]),
    margin: rows.map((r) => (missing(r) ? 0 : r.score.relativeMargin)),
    margin_missing: rows.map((r) => (missing(r) ? 1 : 0)),
  });
}

/**
 * The outlook's rows: every target the engine could say something about — a probability for a year
 * still ahead, or met/missed for a year already published — sorted by a column. A target without a
 * probability goes last when sorting by probability, whichever the direction; ties keep the most
 * doubtful first, then year, then id, so the order never jumps.
 *
 * @param result - The engine's result.
 * @param sort - Column and direction; by status, most doubtful first, when not given.
 * @param indicators - The catalogue, for sorting by name.
 * @param locale - The reader's language: names sort in its collation.
 */
export function outlookRows(
  result: AssessResult,
  sort: Sort<OutlookSortKey> = { key: 'status', ascending: true },
  indicators: ReadonlyMap<string, IndicatorRow> = new Map(),
  locale: Locale = 'zh',
): TargetAssessment[] {
  const { ascending } = sort;
  const primary: Record<OutlookSortKey, (string | object)[]> = {
    plan: [by(collate('plan', INTL_LOCALE[locale]), ascending)],
    indicator: [by(collate('indicator', INTL_LOCALE[locale]), ascending)],
    year: [by('year', ascending)],
    probability: ['decided_last', by('probability', ascending)],
    status: [by('status_rank', ascending), by('probability', ascending)],
  };
  const projectedOrDecided = assessmentFrame(result.targets)
    .filter(escape((d: { projected: boolean; decided: boolean }) => d.projected || d.decided))
    .derive({ decided_last: escape((d: { projected: boolean }) => (d.projected ? 0 : 1)) });
  const frame = withIndicatorNames(projectedOrDecided, indicators, locale).orderby(...primary[sort.key], 'year', collate('id', INTL_LOCALE[locale]), 'i');
  return rowsOf(frame, result.targets);
}

/**
 * How the targets the engine gave a probability stand, for the summary's sentence: every one falls in
 * exactly one band, so `likely + even + unlikely === projected`.
 */
export interface OutlookCounts {
  /** Targets with a probability (a year ahead of the data the paths start from). */
  projected: number;
  /** At least 66%: likely, very likely or virtually certain. */
  likely: number;
  /** 33% up to 66%: about as likely as not. */
  even: number;
  /** Below 33%: unlikely or very unlikely. */
  unlikely: number;
}

/**
 * Count the targets the engine gave a probability in the three bands of the likelihood words (IPCC
 * AR5 guidance note, https://www.ipcc.ch/site/assets/uploads/2017/08/AR5_Uncertainty_Guidance_Note.pdf):
 * likely (≥ 66%, the words above it included), about as likely as not (33–66%) and unlikely (< 33%,
 * very unlikely included). The bands cover [0, 1], so the counts add up to `projected`.
 *
 * @param targets - The engine's verdicts; targets already decided (no probability, or NaN) are left out.
 * @returns The counts, or null when no target has a probability (the summary then says nothing).
 * @example outlookCounts(result.targets) // { projected: 7, likely: 4, even: 2, unlikely: 1 }
 */
export function outlookCounts(targets: readonly TargetAssessment[]): OutlookCounts | null {
  const band = (test: (p: number) => boolean) => escape((d: { probability: number }) => (test(d.probability) ? 1 : 0));
  const counts = assessmentFrame(targets)
    .filter(escape((d: { projected: boolean }) => d.projected))
    .derive({ likely: band((p) => p >= 0.66), even: band((p) => p >= 0.33 && p < 0.66), unlikely: band((p) => p < 0.33) })
    .rollup({ projected: op.count(), likely: op.sum('likely'), even: op.sum('even'), unlikely: op.sum('unlikely') })
    .object() as { projected: number; likely: number | undefined; even: number | undefined; unlikely: number | undefined };
  if (counts.projected === 0) return null;
  return { projected: counts.projected, likely: counts.likely ?? 0, even: counts.even ?? 0, unlikely: counts.unlikely ?? 0 };
}

/**
 * The scoreboard's rows: the published scores of the chosen plans (all when none), sorted by a
 * column. Ties keep the input's order (plan, indicator, year), so the table never jumps between sorts;
 * a target without a margin goes after the others ascending and before them descending.
 *
 * @param rows - Every scored target.
 * @param options - The plans (all when empty), the sort, the locale (names sort in its collation)
 *   and the catalogue.
 */
export function arrangeScores(
  rows: readonly ScoreRow[],
  options: { plans: readonly string[]; sort: Sort<ScoreSortKey>; locale: Locale; indicators: ReadonlyMap<string, IndicatorRow> },
): ScoreRow[] {
  const { plans, sort, locale, indicators } = options;
  const { ascending } = sort;
  const primary: Record<ScoreSortKey, (string | object)[]> = {
    plan: [by(collate('plan', INTL_LOCALE[locale]), ascending)],
    indicator: [by(collate('indicator', INTL_LOCALE[locale]), ascending)],
    year: [by('year', ascending)],
    verdict: [by('verdict_rank', ascending)],
    margin: [by('margin_missing', ascending), by('margin', ascending)],
  };
  const chosen = withIndicatorNames(scoreFrame(rows), indicators, locale)
    .filter(escape((d: { plan: string }) => scoresPlan(plans, d.plan)))
    .orderby(...primary[sort.key], 'i');
  return rowsOf(chosen, rows);
}
