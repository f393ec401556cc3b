import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../src/data/load-dataset.ts';
import type { ActualRow, IndicatorRow } from '../../src/data/types.ts';

const seeds = join(import.meta.dirname, '../../seeds');
const read = (name: string) => readFileSync(join(seeds, name), 'utf8');

const dataset = loadDataset({
  plans: read('plans.csv'),
  indicators: read('indicators.csv'),
  targets: read('targets.csv'),
  actuals: read('actuals.csv'),
});

/** The shipped indicator catalogue, loaded the way the app loads it. */
export const CATALOGUE: readonly IndicatorRow[] = dataset.indicators;

/** The shipped published values, which an import is checked against as the page checks it. */
export const PUBLISHED: readonly ActualRow[] = dataset.actuals;
