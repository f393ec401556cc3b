import { assumptionFor, DEFAULT_ABOUT_TOLERANCE, type Assumption, type AssessResult } from '../model/index.ts';
import { applyPreset, type PresetName } from '../scenario/presets.ts';
import { OPENING_SCENARIO, type Scenario } from '../scenario/scenario.ts';
import { normaliseProse } from '../text/user-text.ts';
import type { UserIndicator, UserLayer, UserTarget } from '../user/layer.ts';
import { workspaceJson, type Note, type Workspace } from '../user/workspace.ts';
import { withoutItem, type LayerItem } from '../user/remove-item.ts';

/** The layer that holds what the reader made by hand (targets and formula indicators from the forms). */
export const MANUAL_LAYER = 'manual';

/** The scenario fields a control sets one at a time. */
type ScenarioNumber = 'asOf' | 'seed' | 'paths' | 'horizon';

/**
 * The reader's workspace on screen: one scenario value, the layers and the notes, each replaced
 * whole on every change (so a change is a new object, and a snapshot is never needed), and every
 * operation the page offers on them. The page's layout reads it; the autosave, the link writer and
 * the engine take its values as they are.
 */
export class WorkspaceState {
  scenario = $state.raw<Scenario>(OPENING_SCENARIO);
  layers = $state.raw<UserLayer[]>([]);
  notes = $state.raw<Note[]>([]);
  readonly #manualLabel: () => string;

  /**
   * @param initial - What the page opened with (a link, the store, or nothing for the default).
   * @param manualLabel - The label of the hand-made layer, in the reader's language when it is created.
   */
  constructor(initial: { scenario?: Scenario | null; layers?: UserLayer[]; notes?: Note[] }, manualLabel: () => string) {
    this.scenario = structuredClone(initial.scenario ?? OPENING_SCENARIO);
    this.layers = initial.layers ?? [];
    this.notes = structuredClone(initial.notes ?? []);
    this.#manualLabel = manualLabel;
  }

  /** Set one number of the scenario (`asOf` may be null: the latest data). */
  set<K extends ScenarioNumber>(field: K, value: Scenario[K]): void {
    this.scenario = { ...this.scenario, [field]: value };
  }

  /** Set the tolerance of "about" targets (a fraction); the default is stored as no field, so a link stays as it was. */
  setAboutTolerance(tolerance: number): void {
    const next: Scenario = { ...this.scenario, aboutTolerance: tolerance };
    if (tolerance === DEFAULT_ABOUT_TOLERANCE) delete next.aboutTolerance;
    this.scenario = next;
  }

  /** Score these plans (every plan when empty). */
  setPlans(plans: readonly string[]): void {
    this.scenario = { ...this.scenario, plans: [...plans] };
  }

  /**
   * A series' assumption: under its key, or under its bare indicator id (as a hand-written scenario
   * may put it, and as the engine reads it).
   *
   * @param key - The series key, `id@region`.
   */
  assumptionOf(key: string): Assumption | undefined {
    const [indicatorId = '', region = ''] = key.split('@');
    return assumptionFor(this.scenario.indicators, indicatorId, region);
  }

  /**
   * Set or clear a series' assumption. One under the bare indicator id is replaced by the series'
   * own, so a reset resets.
   *
   * @param key - The series key.
   * @param next - The assumption, or null for the fitted defaults.
   */
  setAssumption(key: string, next: Assumption | null): void {
    const bare = key.split('@')[0] ?? '';
    const indicators = Object.fromEntries(Object.entries(this.scenario.indicators).filter(([k]) => k !== key && !(bare !== key && k === bare)));
    if (next) indicators[key] = next;
    this.scenario = { ...this.scenario, indicators };
  }

  /**
   * The preset last applied, the assumptions from before it and those it set. It is on only while the
   * scenario still holds the very object it set: a hand-made change, an opened file or an undo
   * replaces the assumptions (every change is a new object), and the preset is off from then on.
   */
  #preset = $state.raw<{ name: PresetName; before: Record<string, Assumption>; applied: Record<string, Assumption> } | null>(null);

  /** The preset on screen, or null when none is (or the reader has changed an assumption since). */
  get activePreset(): PresetName | null {
    const p = this.#preset;
    return p !== null && p.applied === this.scenario.indicators ? p.name : null;
  }

  /**
   * Apply a preset to every series of a result. Presets do not stack: a second one starts from the
   * assumptions as they were before the first. Applying the preset that is on undoes it, as a
   * pressed toggle button does.
   *
   * @param name - The preset.
   * @param result - The latest assessment (what the preset reads: required growth, projected years).
   */
  preset(name: PresetName, result: AssessResult): void {
    const on = this.activePreset;
    if (on === name) return this.undoPreset();
    const before = on !== null && this.#preset ? this.#preset.before : this.scenario.indicators;
    const applied = applyPreset(name, result, before);
    this.#preset = { name, before, applied };
    this.scenario = { ...this.scenario, indicators: applied };
  }

  /** Put back the assumptions from before the preset on screen; nothing happens when none is on. */
  undoPreset(): void {
    if (this.activePreset === null || !this.#preset) return;
    const { before } = this.#preset;
    this.#preset = null;
    this.scenario = { ...this.scenario, indicators: before };
  }

  /** Add an imported layer under the next free `l<n>`. */
  importLayer(layer: UserLayer): void {
    this.layers = [...this.layers, { ...layer, id: nextId('l', this.layers.map((l) => l.id)) }];
  }

  /**
   * Remove a layer and everything it added.
   *
   * @returns The removed layer's label, or null when there was none with that id.
   */
  removeLayer(id: string): string | null {
    const gone = this.layers.find((l) => l.id === id);
    this.layers = this.layers.filter((l) => l.id !== id);
    return gone?.label ?? null;
  }

  /** Remove one target (by index) or formula indicator (with its targets) from a layer (see `withoutItem`); a layer left empty goes too. */
  removeItem(layerId: string, item: LayerItem): void {
    this.layers = this.layers.flatMap((l) => (l.id !== layerId ? [l] : (withoutItem(l, item) ?? [])));
  }

  addTarget(target: UserTarget): void {
    this.#editManualLayer((l) => ({ ...l, targets: [...l.targets, target] }));
  }

  addIndicator(indicator: UserIndicator): void {
    this.#editManualLayer((l) => ({ ...l, indicators: [...l.indicators, indicator] }));
  }

  /** Add an empty note at the top (`top`) or under a chart (its series key), under the next free `n<k>`. */
  addNote(anchor: string): void {
    this.notes = [...this.notes, { id: nextId('n', this.notes.map((n) => n.id)), anchor, text: '' }];
  }

  /** Change a note's text, kept as normalised prose (no hidden format or control characters), like a note from a file. */
  editNote(id: string, text: string): void {
    this.notes = this.notes.map((n) => (n.id === id ? { ...n, text: normaliseProse(text) } : n));
  }

  deleteNote(id: string): void {
    this.notes = this.notes.filter((n) => n.id !== id);
  }

  /** Replace everything with an opened workspace (a scenario file the reader chose). */
  open(workspace: Workspace): void {
    this.scenario = structuredClone(workspace.scenario);
    this.layers = workspace.layers;
    this.notes = workspace.notes;
  }

  /** The workspace as the scenario file, the store and the CLI read it. */
  json(): Record<string, unknown> {
    return workspaceJson({ scenario: this.scenario, layers: this.layers, notes: this.notes });
  }

  #editManualLayer(change: (layer: UserLayer) => UserLayer): void {
    const existing = this.layers.find((l) => l.id === MANUAL_LAYER);
    // The creation time is written once, as text: nothing reactive reads the clock.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const created = new Date().toISOString();
    const layer = existing ?? { id: MANUAL_LAYER, label: this.#manualLabel(), created, indicators: [], actuals: [], targets: [] };
    this.layers = existing ? this.layers.map((l) => (l.id === MANUAL_LAYER ? change(l) : l)) : [...this.layers, change(layer)];
  }
}

/** The first `<prefix><n>`, n = 1, 2, …, that no id has taken. */
function nextId(prefix: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
