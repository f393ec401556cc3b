import { MAX_NOTE_LENGTH } from '../notes/markdown.ts';
import type { Unit } from '../data/seed-schemas.ts';
import { readScenario, type Scenario, type ScenarioProblem } from '../scenario/scenario.ts';
import { readJson, type JsonIssue } from '../text/read-json.ts';
import { normaliseLine, normaliseProse } from '../text/user-text.ts';
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
  return values.some((v) => v !== null && v !== undefined && /"(derive|expression)"\s*:\s*"/.test(typeof v === 'string' ? v : JSON.stringify(v)));
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

/**
 * Why part of a saved workspace was not restored as it was written: a note left out (`invalid`; index
 * −1 when `notes` is not a list), the notes from `index` on left out (`too-many`), or a note given a
 * new id because another note had its id (`renumbered`, with the new id).
 */
export type WorkspaceProblem =
  | { kind: 'scenario'; problem: ScenarioProblem }
  | { kind: 'layer'; problem: LayerProblem }
  | { kind: 'note'; index: number; code?: 'invalid' | 'renumbered' | 'too-many'; id?: string };

/** The fields a workspace file may have; a JSON object with none of them is not one. */
const WORKSPACE_FIELDS = ['version', 'asOf', 'horizon', 'seed', 'paths', 'plans', 'indicators', 'layers', 'notes'];

/** Why a whole file could not be opened: its JSON was refused, or it is not a workspace at all. */
export type OpenRefusal = { kind: 'json'; issues: JsonIssue[] } | { kind: 'not-a-workspace' };

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
  const { scenario, problems: refused } = readScenario(rest);
  problems.push(...refused.map((problem) => ({ kind: 'scenario' as const, problem })));
  const layers = rawLayers === undefined ? { layers: [], problems: [] } : parseLayers(rawLayers, { catalogue });
  problems.push(...layers.problems.map((problem) => ({ kind: 'layer' as const, problem })));
  return { workspace: { scenario, layers: layers.layers, notes: readNotes(rawNotes, problems) }, problems };
}

/**
 * Open a scenario file the reader chose: its text is read as users' JSON (size, depth, forbidden
 * keys), and it must be an object with at least one workspace field. A file refused here changes
 * nothing on the page; one that opens may still have parts left out, listed in `problems`.
 *
 * @param text - The file's text.
 * @param catalogue - The published indicators.
 */
export function openWorkspaceText(
  text: string,
  catalogue: readonly { id: string; unit: Unit }[],
): { workspace: Workspace; problems: WorkspaceProblem[] } | { refused: OpenRefusal } {
  const read = readJson(text);
  if ('issues' in read) return { refused: { kind: 'json', issues: read.issues } };
  const value = read.value;
  if (!isRecord(value) || !WORKSPACE_FIELDS.some((k) => Object.hasOwn(value, k))) return { refused: { kind: 'not-a-workspace' } };
  return readWorkspace(value, catalogue);
}

/**
 * Read the notes: each one's id, anchor and text checked and normalised (the text as prose, the id
 * and anchor as one line). Ids are never trusted: a note whose id another note already has gets the
 * next free `n<k>`, since the page keys its notes by id.
 */
function readNotes(raw: unknown, problems: WorkspaceProblem[]): Note[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push({ kind: 'note', index: -1, code: 'invalid' });
    return [];
  }
  const notes: Note[] = [];
  const ids = new Set<string>();
  if (raw.length > MAX_NOTES) problems.push({ kind: 'note', index: MAX_NOTES, code: 'too-many' });
  raw.slice(0, MAX_NOTES).forEach((n: unknown, index) => {
    const r = isRecord(n) ? n : {};
    const get = (key: string) => (Object.hasOwn(r, key) ? r[key] : undefined);
    const [id, anchor, text] = [get('id'), get('anchor'), get('text')];
    if (typeof id !== 'string' || typeof anchor !== 'string' || typeof text !== 'string') return problems.push({ kind: 'note', index, code: 'invalid' });
    const note = { id: normaliseLine(id), anchor: normaliseLine(anchor), text: normaliseProse(text) };
    if (note.id === '' || note.id.length > 40 || note.anchor.length > 160 || note.text.length > MAX_NOTE_LENGTH) return problems.push({ kind: 'note', index, code: 'invalid' });
    if (ids.has(note.id)) {
      let k = 1;
      while (ids.has(`n${k}`) || raw.some((other) => isRecord(other) && other.id === `n${k}`)) k++;
      note.id = `n${k}`;
      problems.push({ kind: 'note', index, code: 'renumbered', id: note.id });
    }
    ids.add(note.id);
    notes.push(note);
  });
  return notes;
}
