import type { IndicatorRow, PlanRow } from '../data/types.ts';
import type { ScoreRow } from '../notebook/notebook.ts';
import { writeCsv } from './csv-write.ts';

/** The scoreboard CSV's columns, a promise to scripts that read it: extend, never rename. */
export const SCOREBOARD_CSV_COLUMNS = [
  'plan_id',
  'plan_zh',
  'plan_en',
  'indicator_id',
  'indicator_zh',
  'indicator_en',
  'region',
  'year',
  'comparator',
  'target',
  'unit',
  'actual',
  'actual_quality',
  'verdict',
  'reason',
  'margin',
  'relative_margin',
  'source_publisher',
  'source_title',
  'source_url',
  'source_quote',
  'clause_zh',
] as const;

/**
 * The scoreboard as CSV, in the order and with the filter the reader sees: one row per scored target
 * with the published value it was scored by, that value's source and the plan's clause.
 *
 * @param rows - The scoreboard's rows as shown.
 * @param plans - All plans, for their names.
 * @param indicators - The catalogue, for indicator names.
 */
export function scoreboardCsv(rows: readonly ScoreRow[], plans: readonly PlanRow[], indicators: ReadonlyMap<string, IndicatorRow>): string {
  return writeCsv(
    SCOREBOARD_CSV_COLUMNS,
    rows.map(({ target: t, actual: a, score }) => {
      const plan = plans.find((p) => p.id === t.plan_id);
      const indicator = indicators.get(t.indicator_id);
      return {
        plan_id: t.plan_id,
        plan_zh: plan?.short_zh ?? null,
        plan_en: plan?.short_en ?? null,
        indicator_id: t.indicator_id,
        indicator_zh: indicator?.name_zh ?? null,
        indicator_en: indicator?.name_en ?? null,
        region: t.region,
        year: t.year,
        comparator: t.comparator,
        target: t.value,
        unit: t.unit,
        actual: a.value,
        actual_quality: a.quality,
        verdict: score.verdict,
        reason: score.reason,
        margin: score.margin,
        relative_margin: score.relativeMargin,
        source_publisher: a.source_publisher,
        source_title: a.source_title,
        source_url: a.source_url,
        source_quote: a.source_quote,
        clause_zh: t.clause_zh,
      };
    }),
  );
}
