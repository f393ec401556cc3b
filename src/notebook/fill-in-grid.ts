import type { Comparator, Quality, Unit } from '../data/seed-schemas.ts';
import type { Dataset, TargetRow } from '../data/types.ts';
import { previewImport, type ImportProblem, type PublishedFigure } from '../import/index.ts';
import { figureKey } from '../import/published-check.ts';
import { TEXT_LIMITS, type UserActual, type UserLayer } from '../user/layer.ts';
import { looksLikeFormula, normaliseLine } from '../text/user-text.ts';

/** Target kinds the engine scores against a year's value; policy parameters and funding lines are not. */
const SCORED_KINDS: ReadonlySet<TargetRow['kind']> = new Set(['annual', 'end', 'milestone']);

/** One target beside a cell: which plan asks for what. */
export interface CellTarget {
  plan_id: string;
  comparator: Comparator;
  value: number;
}

/** One indicator, region and year that a scored target needs and no published value covers. */
export interface FillInCell {
  /** `figureKey(indicator, region, year)`: the same key the importer's published check uses. */
  key: string;
  indicator_id: string;
  region: string;
  year: number;
  /** Every scored target for this cell, in plan order (several plans can share a cell). */
  targets: CellTarget[];
}

/** The cells of one indicator, with the unit its values are typed in. */
export interface FillInGroup {
  indicator_id: string;
  unit: Unit;
  measure_zh: string | null;
  cells: FillInCell[];
}

/**
 * List the cells a figure would decide: for every scored target (annual, end or milestone; of the
 * plans the scenario scores, every plan when it names none; user targets included) whose indicator,
 * region and year has no published value, one cell, grouped by indicator in catalogue order.
 * Values a user layer added do not count as published: the grid offers them again.
 *
 * @param dataset - The data with the user's layers in it.
 * @param plans - The scenario's `plans`; empty means every plan.
 */
export function missingCells(dataset: Dataset, plans: readonly string[]): FillInGroup[] {
  const published = new Set(dataset.actuals.filter((a) => a.origin !== 'user').map((a) => figureKey(a.indicator_id, a.region, a.year)));
  const scored = (t: TargetRow) => SCORED_KINDS.has(t.kind) && (plans.length === 0 || plans.includes(t.plan_id) || t.origin === 'user');
  const cells = new Map<string, FillInCell>();
  for (const t of dataset.targets) {
    if (!scored(t)) continue;
    const key = figureKey(t.indicator_id, t.region, t.year);
    if (published.has(key)) continue;
    const cell = cells.get(key) ?? { key, indicator_id: t.indicator_id, region: t.region, year: t.year, targets: [] };
    cell.targets.push({ plan_id: t.plan_id, comparator: t.comparator, value: t.value });
    cells.set(key, cell);
  }
  const groups: FillInGroup[] = [];
  for (const indicator of dataset.indicators) {
    const own = [...cells.values()].filter((c) => c.indicator_id === indicator.id);
    if (own.length === 0) continue;
    own.sort((a, b) => (a.region === b.region ? a.year - b.year : a.region < b.region ? -1 : 1));
    groups.push({ indicator_id: indicator.id, unit: indicator.unit, measure_zh: indicator.measure_zh, cells: own });
  }
  return groups;
}

/**
 * List the keys (`figureKey`) of the cells `missingCells` would give, for a gap cue to know whether
 * the grid has a cell to take the reader to.
 *
 * @param dataset - The data with the user's layers in it.
 * @param plans - The scenario's `plans`; empty means every plan.
 */
export function missingCellKeys(dataset: Dataset, plans: readonly string[]): ReadonlySet<string> {
  return new Set(missingCells(dataset, plans).flatMap((g) => g.cells.map((c) => c.key)));
}

/** What a paste filled: cell key → the text for its value box, and the lines that matched no cell. */
export interface PasteReading {
  filled: Map<string, string>;
  unmatched: number[];
}

/**
 * Read a block copied from a spreadsheet into a group's cells. Each non-blank line is split at tabs:
 * one field is a value for the next cell in order; two are year and value; three are indicator
 * (id or name), year and value (for any group's cell). Value text is kept as written, for the
 * importer's number reader to decode ("1.2万", "3,120"); a year that matches no cell is unmatched.
 *
 * @param text - The pasted text.
 * @param group - The group whose cells a one- or two-field line fills.
 * @param groups - Every group, for three-field lines.
 * @param names - Indicator id → its names (zh, en), for three-field lines.
 * @example readPaste('2020\t3,120', group, groups, names) // fills the group's 2020 cell with "3,120"
 */
export function readPaste(text: string, group: FillInGroup, groups: readonly FillInGroup[], names: ReadonlyMap<string, readonly string[]>): PasteReading {
  const filled = new Map<string, string>();
  const unmatched: number[] = [];
  let next = 0;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const fields = raw.split('\t').map((f) => f.trim());
    const cell = pasteCell(fields, group, groups, names, next);
    if (!cell) {
      unmatched.push(i + 1);
      return;
    }
    if (fields.length === 1) next = group.cells.indexOf(cell) + 1;
    filled.set(cell.key, fields[fields.length - 1] ?? '');
  });
  return { filled, unmatched };
}

function pasteCell(fields: string[], group: FillInGroup, groups: readonly FillInGroup[], names: ReadonlyMap<string, readonly string[]>, next: number): FillInCell | undefined {
  if (fields.length === 1) return group.cells[next];
  const year = Number(fields[fields.length - 2]);
  if (fields.length === 2) return group.cells.find((c) => c.year === year);
  if (fields.length !== 3) return undefined;
  const named = (fields[0] ?? '').replace(/\s/g, '').toLowerCase();
  const owner = groups.find((g) => g.indicator_id === named || (names.get(g.indicator_id) ?? []).some((n) => n.replace(/\s/g, '').toLowerCase() === named));
  return owner?.cells.find((c) => c.year === year);
}

/** Where a group's figures are read from; one block per indicator, since a yearbook table gives a series. */
export interface GridSource {
  publisher: string;
  title: string;
  url: string;
  quote: string;
}

/** One typed cell: the value as written, and how firm the user says it is. */
export interface GridEntry {
  cell: FillInCell;
  text: string;
  quality: Quality;
}

/** The fields of a group's source block, in the order the grid shows them. */
export const SOURCE_FIELDS = ['publisher', 'title', 'url', 'quote'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** A problem with one cell (`cell` its key), or with a group's source (`cell` null). */
export interface GridProblem {
  indicator_id: string;
  cell: string | null;
  /**
   * The importer's problem; `no-source` when a group with figures names neither publisher nor
   * document; `formula-source` when one of its source fields starts like a spreadsheet formula.
   */
  problem: ImportProblem | { code: 'no-source' } | { code: 'formula-source'; field: SourceField };
}

/** What applying the grid would add, and what stops part of it. */
export interface GridPreview {
  actuals: UserActual[];
  problems: GridProblem[];
}

/**
 * Check the typed cells by the importer's rules, through the importer itself: the cells become a
 * long table (indicator id, region, year, value, source), so numbers are decoded by its number
 * reader, units fitted, and a value a published figure contradicts is refused with that figure.
 * Each kept value then carries its group's source and its quality. Blank cells are skipped.
 *
 * @param entries - The typed cells.
 * @param sources - Indicator id → its source block.
 * @param catalogue - The indicators (with the user's), for the importer.
 * @param published - Published values only, never a user layer's rows.
 */
export function previewGrid(
  entries: readonly GridEntry[],
  sources: ReadonlyMap<string, GridSource>,
  catalogue: Dataset['indicators'],
  published: readonly PublishedFigure[],
): GridPreview {
  const problems: GridProblem[] = [];
  const typed = entries.filter((e) => e.text.trim() !== '');
  const named = typed.filter((e) => {
    const s = sources.get(e.cell.indicator_id);
    return s !== undefined && (clean(s.publisher) !== '' || clean(s.title) !== '');
  });
  for (const id of new Set(typed.filter((e) => !named.includes(e)).map((e) => e.cell.indicator_id))) problems.push({ indicator_id: id, cell: null, problem: { code: 'no-source' } });
  // The layer reader refuses a source field that starts like a formula (CSV injection), so such a
  // value would be kept today and dropped at the next load: refuse the group's figures now, and say which field.
  const formulaFields = new Map<string, SourceField[]>();
  for (const id of new Set(named.map((e) => e.cell.indicator_id))) {
    const s = sources.get(id);
    const fields = SOURCE_FIELDS.filter((f) => s !== undefined && looksLikeFormula(normaliseLine(s[f])));
    if (fields.length === 0) continue;
    formulaFields.set(id, fields);
    for (const field of fields) problems.push({ indicator_id: id, cell: null, problem: { code: 'formula-source', field } });
  }
  const sourced = named.filter((e) => !formulaFields.has(e.cell.indicator_id));
  if (sourced.length === 0) return { actuals: [], problems };
  // Line 1 is the header, so entry i is on line i + 2; tabs and line breaks in a cell would split it.
  const flat = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  const lines = sourced.map((e) => [e.cell.indicator_id, e.cell.region, String(e.cell.year), flat(e.text), flat(sourceLine(sources.get(e.cell.indicator_id)))].join('\t'));
  const preview = previewImport({ text: ['indicator_id\tregion\tyear\tvalue\tsource', ...lines].join('\n'), name: 'grid' }, catalogue, { published });
  for (const p of preview.problems) {
    const e = sourced[p.line - 2];
    problems.push({ indicator_id: e?.cell.indicator_id ?? '', cell: e?.cell.key ?? null, problem: p });
  }
  const byKey = new Map(sourced.map((e) => [e.cell.key, e]));
  const actuals = preview.actuals.flatMap((a): UserActual[] => {
    const e = byKey.get(figureKey(a.indicator_id, a.region, a.year));
    const s = e && sources.get(e.cell.indicator_id);
    if (!e || !s) return [];
    return [{ ...a, line: null, ...storedSource(s), quality: e.quality }];
  });
  return { actuals, problems };
}

const clean = (text: string) => normaliseLine(text).slice(0, TEXT_LIMITS.source);

/** The one-line source the layer keeps beside the structured fields: "publisher · document". */
function sourceLine(s: GridSource | undefined): string {
  return s ? [clean(s.publisher), clean(s.title)].filter((t) => t !== '').join(' · ') : '';
}

/** The source fields as the layer reader stores them; empty ones are left out. */
function storedSource(s: GridSource): Pick<UserActual, 'publisher' | 'title' | 'url' | 'quote'> {
  const out: Pick<UserActual, 'publisher' | 'title' | 'url' | 'quote'> = {};
  const publisher = normaliseLine(s.publisher).slice(0, TEXT_LIMITS.name);
  if (publisher !== '') out.publisher = publisher;
  if (clean(s.title) !== '') out.title = clean(s.title);
  const url = normaliseLine(s.url).slice(0, TEXT_LIMITS.url);
  if (url !== '') out.url = url;
  if (clean(s.quote) !== '') out.quote = clean(s.quote);
  return out;
}

/**
 * Make the layer the grid's confirmed values become (its id is given by the workspace).
 *
 * @param actuals - The values `previewGrid` kept.
 * @param label - What the layer is called, e.g. "补充数据 2026-12-01 22:40".
 * @param created - ISO timestamp.
 */
export function gridLayer(actuals: readonly UserActual[], label: string, created: string): UserLayer {
  return { id: '', label, created, indicators: [], actuals: [...actuals], targets: [] };
}
