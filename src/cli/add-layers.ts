import type { Dataset } from '../data/types.ts';
import { dataWithLayers } from '../user/apply-layers.ts';
import type { UserLayer } from '../user/layer.ts';
import { parseLayers } from '../user/parse-layers.ts';
import type { CliIo } from './cli-io.ts';
import { oneLine } from './message-text.ts';

/**
 * Add the user's layers from a scenario file or link to the seed data, as the page does. Rows that
 * fail the layer schema are left out with a warning each; the rest are used.
 *
 * @param dataset - The seed data.
 * @param raw - The `layers` value as read (unchecked JSON); undefined or null when there is none.
 * @param where - The file or link, for messages.
 * @param io - Where to warn.
 */
export function addLayers(dataset: Dataset, raw: unknown, where: string, io: CliIo): { dataset: Dataset; layers: UserLayer[] } {
  if (raw === undefined || raw === null) return { dataset, layers: [] };
  const parsed = parseLayers(raw, { catalogue: dataset.indicators });
  // A value is the user's text, clipped by the parser; a line break or a bidi override in it must not break or disguise the line.
  for (const p of parsed.problems) io.err(`warning: ${where}: ${p.path || '(top level)'}: ${p.code}${p.value ? ` (${oneLine(p.value)})` : ''}; left out`);
  return { dataset: dataWithLayers(dataset, parsed.layers), layers: parsed.layers };
}
