import type { CatalogueIndicator } from '../import/index.ts';
import type { ImportInput } from '../import/read-input.ts';
import type { PlanTableOptions, PlanTablePreview } from '../import/plan-table/index.ts';
import { inImportWorker, plainCatalogue } from './import-worker-call.ts';

/** What reading a plan table in the worker came to. */
export type PlanTableOutcome = { kind: 'done'; preview: PlanTablePreview } | { kind: 'timeout' } | { kind: 'error' };

/**
 * Read a plan table in the import worker (started for this table and stopped after), as the data importer reads its tables.
 *
 * @param input - The bytes or text and a name.
 * @param catalogue - The indicators to match names against.
 * @param options - Default region and reserved ids.
 */
export async function readPlanTableInWorker(input: ImportInput, catalogue: readonly CatalogueIndicator[], options: PlanTableOptions): Promise<PlanTableOutcome> {
  const outcome = await inImportWorker((remote) => remote.readPlanTable(input, plainCatalogue(catalogue), { ...options, reservedIds: [...(options.reservedIds ?? [])] }));
  return outcome.kind === 'done' ? { kind: 'done', preview: outcome.value } : outcome;
}
