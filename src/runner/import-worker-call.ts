import * as Comlink from 'comlink';
import type { CatalogueIndicator, previewImport } from '../import/index.ts';
import type { readPlanTable } from '../import/plan-table/index.ts';

/** What `workers/import.worker.ts` exposes. */
export interface ImportWorkerApi {
  previewImport: typeof previewImport;
  readPlanTable: typeof readPlanTable;
}

/** What one call in the import worker came to: its answer, the time limit, or a failure. */
export type WorkerCallOutcome<T> = { kind: 'done'; value: T } | { kind: 'timeout' } | { kind: 'error' };

/** Longest a read may take; the importer's own limits keep a real file well under it. */
const IMPORT_TIMEOUT_MS = 30_000;

/**
 * Make one call in an import worker of its own, started for this one table and stopped after, so a
 * large file never freezes the page and a runaway read is cut off by the time limit. The data importer
 * and the plan-table reader both read their tables this way.
 *
 * @param call - The call, given the worker's remote.
 */
export async function inImportWorker<T>(call: (remote: Comlink.Remote<ImportWorkerApi>) => Promise<T>): Promise<WorkerCallOutcome<T>> {
  const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'targetline-import' });
  const remote = Comlink.wrap<ImportWorkerApi>(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<WorkerCallOutcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), IMPORT_TIMEOUT_MS);
  });
  const work = call(remote)
    .then((value): WorkerCallOutcome<T> => ({ kind: 'done', value }))
    .catch((): WorkerCallOutcome<T> => ({ kind: 'error' }));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}

/** The catalogue as plain objects: only those cross to the worker (Svelte state proxies cannot be cloned). */
export function plainCatalogue(catalogue: readonly CatalogueIndicator[]): CatalogueIndicator[] {
  return catalogue.map(({ id, name_zh, name_en, unit, measure_zh }) => ({ id, name_zh, name_en, unit, measure_zh }));
}
