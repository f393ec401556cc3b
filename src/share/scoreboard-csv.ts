import type { IndicatorRow, PlanRow } from '../data/types.ts';
import type { ScoreRow } from '../notebook/notebook.ts';
import { decimalOf, exactDifference, originCell, publishedCell, significant } from './csv-numbers.ts';
import { scenarioComments, type CsvScenario } from './csv-scenario.ts';
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
  // Last, so scripts that read the columns above by position still work: whether the value the
  // target was scored by is the reader's own (`user`) or published (`published`).
  'actual_origin',
] as const;

/**
 * The scoreboard as CSV, in the order and with the filter the reader sees: one row per scored target
 * with the published value it was scored by, that value's source and the plan's clause. Targets and
 * values are written as published; `margin` (value − target) exactly, from their decimals (2.6 − 3.0
 * is −0.4); `relative_margin`, a ratio, to four significant digits.
 *
 * @param rows - The scoreboard's rows as shown.
 * @param plans - All plans, for their names.
 * @param indicators - The catalogue, for indicator names.
 * @param header - The plans filter, link and data version, written as `#` lines before the header; none without it.
 */
export function scoreboardCsv(rows: readonly ScoreRow[], plans: readonly PlanRow[], indicators: ReadonlyMap<string, IndicatorRow>, header?: CsvScenario): string {
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
        target: publishedCell(t),
        unit: t.unit,
        actual: publishedCell(a),
        actual_quality: a.quality,
        verdict: score.verdict,
        reason: score.reason,
        margin: marginCell(decimalOf(a), decimalOf(t), score.margin),
        relative_margin: significant(score.relativeMargin),
        source_publisher: a.source_publisher,
        source_title: a.source_title,
        source_url: a.source_url,
        source_quote: a.source_quote,
        clause_zh: t.clause_zh,
        actual_origin: originCell(a),
      };
    }),
    { comments: header ? scenarioComments('scoreboard', header) : [] },
  );
}

/** The margin exactly from the two decimals; the engine's float only when a decimal cannot be read (never for seed rows). */
function marginCell(actual: string, target: string, fallback: number) {
  const exact = exactDifference(actual, target);
  return exact === null ? significant(fallback) : { decimal: exact };
}
