import type { IndicatorRow } from '../data/types.ts';
import { MAX_IMPORT_BYTES } from '../import/index.ts';
import { planLayer, readPlanTable } from '../import/plan-table/index.ts';
import { planFindingText } from '../i18n/plan-table-messages.ts';
import type { UserLayer } from '../user/layer.ts';
import { oneLine } from './message-text.ts';
import { fileLabel, readAtMost, readError } from './read-json-file.ts';

/**
 * Read `--plan` files with the page's plan-table reader, each into one layer (`plan1`, `plan2`…).
 * Problems refuse the run and are returned as messages by file and line; notes (a new indicator, a
 * "超过" read as "at least"…) come back as warnings, and the run goes on.
 *
 * @param files - The paths as typed, in order.
 * @param catalogue - The seed indicators.
 * @param created - The layers' creation time (ISO), so a run can be repeated exactly.
 */
export function readPlanFiles(files: readonly string[], catalogue: readonly IndicatorRow[], created: string): { layers: UserLayer[]; warnings: string[] } | { messages: string[] } {
  const layers: UserLayer[] = [];
  const warnings: string[] = [];
  const messages: string[] = [];
  // New indicators of one file must not take the ids of an earlier file's.
  const reservedIds: string[] = [];
  files.forEach((file, i) => {
    const where = fileLabel(file);
    let bytes: Uint8Array | 'too-large';
    try {
      bytes = readAtMost(file, MAX_IMPORT_BYTES);
    } catch (e) {
      messages.push(`${where}: cannot read the file (${readError(e)})`);
      return;
    }
    if (bytes === 'too-large') return void messages.push(`${where}: ${planFindingText('en', 'problem', { code: 'too-large' })}`);
    const preview = readPlanTable({ bytes, name: where }, catalogue, { reservedIds });
    const say = (kind: 'problem' | 'note', f: (typeof preview.problems)[number] | (typeof preview.notes)[number]) =>
      `${where}:${f.line}:${f.column === null ? '' : ` ${f.column}:`} ${f.code}: ${planFindingText('en', kind, f)}${f.text ? ` (${oneLine(f.text)})` : ''}`;
    preview.problems.forEach((p) => messages.push(say('problem', p)));
    preview.notes.forEach((n) => warnings.push(`note: ${say('note', n)}`));
    reservedIds.push(...preview.indicators.map((d) => d.id));
    layers.push(planLayer(preview, { id: `plan${i + 1}`, label: where, created }));
  });
  return messages.length > 0 ? { messages } : { layers, warnings };
}
