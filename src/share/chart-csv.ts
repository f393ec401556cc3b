import type { PlanRow } from '../data/types.ts';
import type { SeriesProjection, TargetAssessment } from '../model/index.ts';
import type { IndicatorView } from '../notebook/notebook.ts';
import { writeCsv, type CsvCell } from './csv-write.ts';

/**
 * The columns of a chart's CSV, a promise to scripts that read it: extend, never rename. One row per
 * published value (`row_kind` actual), per target (target) and per projected year (projection).
 */
export const CHART_CSV_COLUMNS = [
  'row_kind',
  'indicator_id',
  'region',
  'year',
  'value',
  'unit',
  'quality',
  'source_publisher',
  'source_title',
  'source_url',
  'source_quote',
  'plan_id',
  'plan',
  'comparator',
  'clause_zh',
  'probability',
  'status',
  'p05',
  'p25',
  'p50',
  'p75',
  'p95',
] as const;

export interface ChartCsvInput {
  view: IndicatorView;
  plans: readonly PlanRow[];
  projection: SeriesProjection | null;
  assessments: readonly TargetAssessment[];
}

/**
 * The numbers behind one chart: every published value with its source (all of them, not only the one
 * drawn per year), every target with its clause and, when the engine has run, its probability, and
 * the projection's quantiles per year. Values are in the indicator's unit, exactly as computed.
 *
 * @param input - The view, plans, projection and assessments.
 */
export function chartCsv(input: ChartCsvInput): string {
  const { view, plans, projection, assessments } = input;
  const common = { indicator_id: view.indicator.id, region: view.region, unit: view.indicator.unit };
  const rows: Record<string, CsvCell>[] = [];
  for (const a of view.actuals) {
    rows.push({
      ...common,
      row_kind: 'actual',
      year: a.year,
      value: a.value,
      quality: a.quality,
      source_publisher: a.source_publisher,
      source_title: a.source_title,
      source_url: a.source_url,
      source_quote: a.source_quote,
    });
  }
  for (const t of view.targets) {
    const assessed = assessments.find((x) => x.plan_id === t.plan_id && x.year === t.year && x.target === t.value && x.comparator === t.comparator);
    rows.push({
      ...common,
      row_kind: 'target',
      year: t.year,
      value: t.value,
      plan_id: t.plan_id,
      plan: plans.find((p) => p.id === t.plan_id)?.short_zh ?? t.plan_id,
      comparator: t.comparator,
      clause_zh: t.clause_zh,
      probability: assessed?.probability ?? null,
      status: assessed?.status ?? null,
    });
  }
  projection?.years.forEach((year, i) => {
    const q = (k: number) => projection.quantiles[i * 5 + k] ?? null;
    rows.push({ ...common, row_kind: 'projection', year, p05: q(0), p25: q(1), p50: q(2), p75: q(3), p95: q(4) });
  });
  return writeCsv(CHART_CSV_COLUMNS, rows);
}
