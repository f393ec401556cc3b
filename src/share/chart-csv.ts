import type { PlanRow } from '../data/types.ts';
import type { SeriesProjection, TargetAssessment } from '../model/index.ts';
import type { IndicatorView } from '../notebook/notebook.ts';
import { originCell, publishedCell, significant } from './csv-numbers.ts';
import { scenarioComments, type CsvScenario } from './csv-scenario.ts';
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
  // Last, so scripts that read the columns above by position still work: `user` for a value or target
  // from the reader's own layer, `published` for the shipped data; empty on projection rows.
  'origin',
] as const;

export interface ChartCsvInput {
  view: IndicatorView;
  plans: readonly PlanRow[];
  projection: SeriesProjection | null;
  assessments: readonly TargetAssessment[];
  /** The run behind the numbers, written as `#` lines before the header; none without it. */
  header?: CsvScenario;
}

/**
 * The numbers behind one chart: every published value with its source (all of them, not only the one
 * drawn per year), every target with its clause and, when the engine has run, its probability, and
 * the projection's quantiles per year, in the indicator's unit. Published values and targets are
 * written as their files wrote them; quantiles and probabilities to four significant digits (see
 * `significant`: 9145.6076518773 → 9146). With `header`, the scenario comes first as `#` lines
 * (`scenarioComments`); the header row and rows after it are the same either way.
 *
 * @param input - The view, plans, projection, assessments and, optionally, the scenario header.
 */
export function chartCsv(input: ChartCsvInput): string {
  const { view, plans, projection, assessments, header } = input;
  const common = { indicator_id: view.indicator.id, region: view.region, unit: view.indicator.unit };
  const rows: Record<string, CsvCell>[] = [];
  for (const a of view.actuals) {
    rows.push({
      ...common,
      row_kind: 'actual',
      year: a.year,
      value: publishedCell(a),
      quality: a.quality,
      source_publisher: a.source_publisher,
      source_title: a.source_title,
      source_url: a.source_url,
      source_quote: a.source_quote,
      origin: originCell(a),
    });
  }
  for (const t of view.targets) {
    const assessed = assessments.find((x) => x.plan_id === t.plan_id && x.year === t.year && x.target === t.value && x.comparator === t.comparator);
    rows.push({
      ...common,
      row_kind: 'target',
      year: t.year,
      value: publishedCell(t),
      plan_id: t.plan_id,
      plan: plans.find((p) => p.id === t.plan_id)?.short_zh ?? t.plan_id,
      comparator: t.comparator,
      clause_zh: t.clause_zh,
      probability: significant(assessed?.probability ?? null),
      status: assessed?.status ?? null,
      origin: originCell(t),
    });
  }
  projection?.years.forEach((year, i) => {
    const q = (k: number) => significant(projection.quantiles[i * 5 + k] ?? null);
    rows.push({ ...common, row_kind: 'projection', year, p05: q(0), p25: q(1), p50: q(2), p75: q(3), p95: q(4) });
  });
  const comments = header ? scenarioComments(`chart ${view.key}`, header) : [];
  return writeCsv(CHART_CSV_COLUMNS, rows, { comments });
}
