import { MAX_NOTE_LENGTH } from '../notes/markdown.ts';
import type { Unit } from '../data/seed-schemas.ts';
import { DEFAULT_SCENARIO, parseScenario, type Scenario, type ScenarioProblem } from '../scenario/scenario.ts';
import type { UserLayer } from './layer.ts';
import type { LayerProblem } from './layer-problem.ts';
import { parseLayers } from './parse-layers.ts';
import { isRecord } from './read-fields.ts';

/** A note cell: Markdown text placed at the top of the briefing or under one chart. */
export interface Note {
  id: string;
  /** `top`, or the series key (`id@region`) of the chart it follows. */
  anchor: string;
  text: string;
}

/**
 * Everything a user made: the scenario, their data layers and their notes. One JSON shape serves the
 * scenario file they save and open, the browser's autosave, and (when small) the link; it is also a
 * scenario file the CLI reads, since `layers` and `notes` sit beside the scenario's own fields.
 */
export interface Workspace {
  scenario: Scenario;
  layers: UserLayer[];
  notes: Note[];
}

const WORKSPACE_FILE_VERSION = 1;
const MAX_NOTES = 100;

/**
 * Whether any of these (parsed JSON, or stored text) holds a formula indicator or a custom growth
 * rule: reading such a workspace needs the formula parser loaded first (`loadFormulaParser`).
 *
 * @param values - Parsed JSON values or raw JSON text; null and undefined hold none.
 */
export function mentionsFormula(...values: unknown[]): boolean {
  return values.some((v) => v !== null && v !== undefined && /"(derive|expression)":"/.test(typeof v === 'string' ? v : JSON.stringify(v)));
}

/**
 * Whether a stored workspace (unchecked JSON) holds anything a link cannot bring back: layers or
 * notes. Read from the JSON as it is; validating up to 20,000 rows to learn a yes or no is not needed.
 *
 * @param value - The stored workspace as parsed.
 */
export function holdsUserWork(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return (Array.isArray(value.layers) && value.layers.length > 0) || (Array.isArray(value.notes) && value.notes.length > 0);
}

/** Why part of a saved workspace was not restored. */
export type WorkspaceProblem =
  | { kind: 'scenario'; problem: ScenarioProblem }
  | { kind: 'layer'; problem: LayerProblem }
  | { kind: 'note'; index: number };

/**
 * The workspace as JSON: the scenario's fields, then `layers` and `notes`.
 *
 * @param workspace - What to write.
 */
export function workspaceJson(workspace: Workspace): Record<string, unknown> {
  return { version: WORKSPACE_FILE_VERSION, ...workspace.scenario, layers: workspace.layers, notes: workspace.notes };
}

/**
 * Read a workspace from untrusted JSON (a file, the store, a link): the scenario is checked by the
 * scenario schema, layers by `parseLayers` against the catalogue, notes by shape and size. A bad
 * scenario falls back to the default with its problems listed; bad rows and notes are left out.
 *
 * @param value - Parsed JSON.
 * @param catalogue - The published indicators, for checking layer rows and formulas.
 */
export function readWorkspace(value: unknown, catalogue: readonly { id: string; unit: Unit }[]): { workspace: Workspace; problems: WorkspaceProblem[] } {
  const problems: WorkspaceProblem[] = [];
  const record = isRecord(value) ? value : {};
  const { layers: rawLayers, notes: rawNotes, ...rest } = record;
  const parsed = parseScenario(rest);
  let scenario: Scenario = structuredClone(DEFAULT_SCENARIO);
  if ('problems' in parsed) problems.push(...parsed.problems.map((problem) => ({ kind: 'scenario' as const, problem })));
  else scenario = parsed.scenario;
  const layers = rawLayers === undefined ? { layers: [], problems: [] } : parseLayers(rawLayers, { catalogue });
  problems.push(...layers.problems.map((problem) => ({ kind: 'layer' as const, problem })));
  return { workspace: { scenario, layers: layers.layers, notes: readNotes(rawNotes, problems) }, problems };
}

function readNotes(raw: unknown, problems: WorkspaceProblem[]): Note[] {
  if (!Array.isArray(raw)) return [];
  const notes: Note[] = [];
  raw.slice(0, MAX_NOTES).forEach((n: unknown, index) => {
    const r = isRecord(n) ? n : {};
    const { id, anchor, text } = r;
    if (typeof id === 'string' && id.length <= 40 && typeof anchor === 'string' && anchor.length <= 160 && typeof text === 'string' && text.length <= MAX_NOTE_LENGTH) {
      notes.push({ id, anchor, text });
    } else problems.push({ kind: 'note', index });
  });
  return notes;
}
