import { from, op, type ColumnTable } from 'arquero';
import type { Dataset } from './types.ts';

/** The seed tables as Arquero tables: one row per CSV row, columns as in the files. */
export interface Tables {
  plans: ColumnTable;
  indicators: ColumnTable;
  targets: ColumnTable;
  actuals: ColumnTable;
}

/**
 * Wrap a validated dataset in Arquero tables so the UI can filter, group and export it.
 *
 * @param dataset - The output of `loadDataset`.
 */
export function toTables(dataset: Dataset): Tables {
  return {
    plans: from(dataset.plans),
    indicators: from(dataset.indicators),
    targets: from(dataset.targets),
    actuals: from(dataset.actuals),
  };
}

/** Years with at least one published value, per indicator and region. */
export interface Coverage {
  indicator_id: string;
  region: string;
  first: number;
  last: number;
  years: number[];
}

/**
 * Summarise which years each indicator and region has published values for.
 *
 * @param actuals - The actuals table.
 */
export function coverage(actuals: ColumnTable): Coverage[] {
  if (actuals.numRows() === 0) return [];
  return actuals
    .groupby('indicator_id', 'region')
    .rollup({ first: op.min('year'), last: op.max('year'), years: op.array_agg_distinct('year') })
    .objects() as Coverage[];
}
