// The embedded default data, bundled as text by Vite so the app works offline with no fetch.
import actuals from '../../seeds/actuals.csv?raw';
import indicators from '../../seeds/indicators.csv?raw';
import plans from '../../seeds/plans.csv?raw';
import targets from '../../seeds/targets.csv?raw';
import type { SeedTexts } from './types.ts';

/** The shipped seed tables as text. */
export const SEED_TEXTS: SeedTexts = { plans, indicators, targets, actuals };
