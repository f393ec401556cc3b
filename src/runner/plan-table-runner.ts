import * as Comlink from 'comlink';
import type { CatalogueIndicator } from '../import/index.ts';
import type { ImportInput } from '../import/read-input.ts';
import type { PlanTableOptions, PlanTablePreview } from '../import/plan-table/index.ts';

/** What reading a plan table in the worker came to. */
export type PlanTableOutcome = { kind: 'done'; preview: PlanTablePreview } | { kind: 'timeout' } | { kind: 'error' };

/** As for the data importer: its limits keep a real table well under this. */
const TIMEOUT_MS = 30_000;

/**
 * Read a plan table in the import worker (started for this table and stopped after), as the data importer reads its tables.
 *
 * @param input - The bytes or text and a name.
 * @param catalogue - The indicators to match names against.
 * @param options - Default region and reserved ids.
 */
export async function readPlanTableInWorker(input: ImportInput, catalogue: readonly CatalogueIndicator[], options: PlanTableOptions): Promise<PlanTableOutcome> {
  const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'targetline-import' });
  const remote = Comlink.wrap<{ readPlanTable: (i: ImportInput, c: readonly CatalogueIndicator[], o: PlanTableOptions) => PlanTablePreview }>(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<PlanTableOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), TIMEOUT_MS);
  });
  // Plain objects only cross to the worker: Svelte state proxies cannot be cloned.
  const plain = catalogue.map(({ id, name_zh, name_en, unit, measure_zh }) => ({ id, name_zh, name_en, unit, measure_zh }));
  const work = remote
    .readPlanTable(input, plain, { ...options, reservedIds: [...(options.reservedIds ?? [])] })
    .then((preview): PlanTableOutcome => ({ kind: 'done', preview }))
    .catch((): PlanTableOutcome => ({ kind: 'error' }));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}
