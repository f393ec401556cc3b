import type { CatalogueIndicator, ImportInput, ImportOptions, ImportPreview } from '../import/index.ts';
import { inImportWorker, plainCatalogue } from './import-worker-call.ts';

/** What reading a table in the worker came to. */
export type ImportOutcome = { kind: 'done'; preview: ImportPreview } | { kind: 'timeout' } | { kind: 'error' };

/**
 * Preview an import in a worker of its own, started for this one table and stopped after, so a large
 * file never freezes the page and a runaway read is cut off by the time limit (`inImportWorker`).
 *
 * @param input - The bytes or text and a name.
 * @param catalogue - The indicators to match names against.
 * @param options - Region, unit choices, reserved ids, published values.
 */
export async function previewInWorker(input: ImportInput, catalogue: readonly CatalogueIndicator[], options: ImportOptions): Promise<ImportOutcome> {
  const outcome = await inImportWorker((remote) =>
    remote.previewImport(input, plainCatalogue(catalogue), {
      ...options,
      reservedIds: [...(options.reservedIds ?? [])],
      published: (options.published ?? []).map(({ indicator_id, region, year, value, quality }) => ({ indicator_id, region, year, value, quality })),
    }),
  );
  return outcome.kind === 'done' ? { kind: 'done', preview: outcome.value } : outcome;
}
