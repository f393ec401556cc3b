import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedTexts } from '../../src/data/types.ts';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

/** Read the shipped seed tables from disk, as Vite bundles them for the page. */
export function readSeedTexts(): SeedTexts {
  const read = (name: string) => readFileSync(join(SEEDS_DIR, name), 'utf8');
  return {
    plans: read('plans.csv'),
    indicators: read('indicators.csv'),
    targets: read('targets.csv'),
    actuals: read('actuals.csv'),
  };
}
