import type { Unit } from '../data/seed-schemas.ts';
import { DEFAULT_SCENARIO, parseScenario, type Scenario, type ScenarioProblem } from '../scenario/scenario.ts';
import type { UserLayer } from './layer.ts';
import type { LayerProblem } from './layer-problem.ts';
import { parseLayers } from './parse-layers.ts';

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

export const WORKSPACE_FILE_VERSION = 1;
export const MAX_NOTES = 100;
export const MAX_NOTE_CHARS = 20_000;

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
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
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
    const r = typeof n === 'object' && n !== null ? (n as Record<string, unknown>) : {};
    const { id, anchor, text } = r;
    if (typeof id === 'string' && id.length <= 40 && typeof anchor === 'string' && anchor.length <= 160 && typeof text === 'string' && text.length <= MAX_NOTE_CHARS) {
      notes.push({ id, anchor, text });
    } else problems.push({ kind: 'note', index });
  });
  return notes;
}
