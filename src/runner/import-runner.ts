import * as Comlink from 'comlink';
import type { CatalogueIndicator, ImportInput, ImportOptions, ImportPreview } from '../import/index.ts';

/** What reading a table in the worker came to. */
export type ImportOutcome = { kind: 'done'; preview: ImportPreview } | { kind: 'timeout' } | { kind: 'error' };

/** Longest a preview may take; the importer's own limits keep a real file well under it. */
const IMPORT_TIMEOUT_MS = 30_000;

/**
 * Preview an import in a worker of its own, started for this one table and stopped after, so a large
 * file never freezes the page and a runaway read is cut off by the time limit.
 *
 * @param input - The bytes or text and a name.
 * @param catalogue - The indicators to match names against.
 * @param options - Region, unit choices, reserved ids, published values.
 */
export async function previewInWorker(input: ImportInput, catalogue: readonly CatalogueIndicator[], options: ImportOptions): Promise<ImportOutcome> {
  const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'targetline-import' });
  const remote = Comlink.wrap<{ previewImport: (i: ImportInput, c: readonly CatalogueIndicator[], o: ImportOptions) => ImportPreview }>(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ImportOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), IMPORT_TIMEOUT_MS);
  });
  // Plain objects only cross to the worker: Svelte state proxies cannot be cloned.
  const plainCatalogue = catalogue.map(({ id, name_zh, name_en, unit, measure_zh }) => ({ id, name_zh, name_en, unit, measure_zh }));
  const work = remote
    .previewImport(input, plainCatalogue, {
      ...options,
      reservedIds: [...(options.reservedIds ?? [])],
      published: (options.published ?? []).map(({ indicator_id, region, year, value, quality }) => ({ indicator_id, region, year, value, quality })),
    })
    .then((preview): ImportOutcome => ({ kind: 'done', preview }))
    .catch((): ImportOutcome => ({ kind: 'error' }));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}
