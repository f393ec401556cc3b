// The embedded default data ships beside the app as one JSON file (hashed, in `dist/assets`) that the
// build makes from the seed CSVs, and is fetched at start. Data is not code: kept out of the bundle,
// it is not parsed as JavaScript before the page can run, and the browser caches it apart from the
// app. A same-origin file, so the app still works offline.
import seedBundleUrl from 'virtual:seed-bundle';
import { SeedBundleError, unpackSeeds } from './seed-bundle.ts';
import type { Dataset } from './types.ts';

/** Where the shipped seed data is served from. */
export const SEED_BUNDLE_URL: string = seedBundleUrl;

/** The seed data could not be fetched or read: which file and why, for the page to say. */
export class SeedFetchError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The file's name as a message shows it. */
const FILE = 'seeds.json';

/**
 * Fetch the seed data: the four tables' rows as the build checked them, and their fingerprint.
 *
 * @param fetcher - `fetch`, or a stand-in in tests.
 * @throws SeedFetchError when the file cannot be fetched, or is not this build's.
 */
export async function fetchSeeds(fetcher: typeof fetch = fetch): Promise<{ dataset: Dataset; version: string }> {
  let response: Response;
  try {
    response = await fetcher(SEED_BUNDLE_URL);
  } catch (error) {
    throw new SeedFetchError(FILE, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new SeedFetchError(FILE, `HTTP ${response.status}`);
  try {
    return unpackSeeds(JSON.parse(await response.text()));
  } catch (error) {
    throw new SeedFetchError(FILE, error instanceof SeedBundleError ? error.message : `unreadable (${error instanceof Error ? error.message : String(error)})`);
  }
}
