import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_FILES } from '../data/load-dataset.ts';
import { loadDataset } from '../data/load-dataset.ts';
import type { Dataset, SeedTexts } from '../data/types.ts';

/**
 * The repository root, found from this file rather than the working directory, so the CLI reads
 * the same seeds whether it is started from the root, a sub-folder or another project.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Read the four seed tables from disk, under the names the loader's messages use.
 *
 * @param root - The folder that holds `seeds/`. Defaults to the repository root.
 * @throws The file system error when a table cannot be read.
 */
export function readSeedTexts(root: string = REPO_ROOT): SeedTexts {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  return {
    plans: read(SEED_FILES.plans),
    indicators: read(SEED_FILES.indicators),
    targets: read(SEED_FILES.targets),
    actuals: read(SEED_FILES.actuals),
  };
}

/**
 * Load the shipped dataset for a command, or say in one line why the seeds cannot be read.
 *
 * @param err - Where the line goes.
 * @returns The dataset, or null when it could not be read (the command then exits 1).
 */
export function loadSeedDataset(err: (text: string) => void): Dataset | null {
  try {
    return loadDataset(readSeedTexts());
  } catch (e) {
    err(`cannot read the seed data: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
