// The embedded default data ships beside the app as its own CSV files (hashed, in `dist/assets`) and
// is fetched at start. Data is not code: kept out of the bundle, it is not parsed as JavaScript before
// the page can run, and the browser caches it apart from the app. Same-origin files, so the app still
// works offline.
import actuals from '../../seeds/actuals.csv?url';
import indicators from '../../seeds/indicators.csv?url';
import plans from '../../seeds/plans.csv?url';
import targets from '../../seeds/targets.csv?url';
import type { SeedTexts } from './types.ts';

/** Where each shipped seed table is served from. */
export const SEED_URLS: Readonly<Record<keyof SeedTexts, string>> = { plans, indicators, targets, actuals };

/** A seed file that could not be fetched: which one and why, for the page to say. */
export class SeedFetchError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * Fetch the four seed tables in parallel, as text exactly as the files hold it.
 *
 * @param fetcher - `fetch`, or a stand-in in tests.
 * @throws SeedFetchError when a file cannot be fetched.
 */
export async function fetchSeedTexts(fetcher: typeof fetch = fetch): Promise<SeedTexts> {
  const read = async (name: keyof SeedTexts): Promise<string> => {
    let response: Response;
    try {
      response = await fetcher(SEED_URLS[name]);
    } catch (error) {
      throw new SeedFetchError(`${name}.csv`, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new SeedFetchError(`${name}.csv`, `HTTP ${response.status}`);
    return response.text();
  };
  const [p, i, t, a] = await Promise.all([read('plans'), read('indicators'), read('targets'), read('actuals')]);
  return { plans: p, indicators: i, targets: t, actuals: a };
}
