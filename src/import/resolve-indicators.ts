import type { Unit } from '../data/seed-schemas.ts';
import { looksLikeFormula, normaliseLine } from '../text/user-text.ts';
import { TEXT_LIMITS, type UserIndicator } from '../user/layer.ts';
import { createCustomIds, unitForCustom } from './custom-indicator.ts';
import type { Findings } from './import-problems.ts';
import { createIndicatorMatcher, looseKey, splitUnitFromName, type CatalogueIndicator, type NameReading } from './match-indicator.ts';
import { parseCell } from './parse-number.ts';
import type { TableUnit, ValueEntry } from './shape-types.ts';
import { readUnitWord, type CellUnit } from './unit-words.ts';

/** A value entry with the indicator it belongs to. */
export interface ResolvedEntry {
  entry: ValueEntry;
  indicatorId: string;
  unit: Unit;
  /** The unit in a bracket after the name, if any. */
  nameUnit: CellUnit | null;
}

/** What decides which indicator a name becomes, besides the name itself. */
export interface IndicatorContext {
  catalogue: readonly CatalogueIndicator[];
  tableUnit: TableUnit | null;
  /** Units the user chose for custom indicators, by {@link looseKey} of the name. */
  chosenUnits: ReadonlyMap<string, Unit>;
  /** Ids a new custom indicator must not take, besides the catalogue's. */
  reservedIds: readonly string[];
}


/**
 * Match every entry's name to a catalogue indicator or a new custom one.
 *
 * A custom indicator takes its unit from, in order: the user's choice, a unit column, a unit
 * bracket in its name, the table's 单位 line, or the first unit written in one of its cells. With
 * none, its values are left out and `indicator-needs-unit` asks the user to choose.
 *
 * @param entries - The table's value entries.
 * @param context - The catalogue and what else decides ids and units.
 * @param findings - Where problems and notes go.
 */
export function resolveIndicators(
  entries: readonly ValueEntry[],
  context: IndicatorContext,
  findings: Findings,
): { resolved: ResolvedEntry[]; indicators: UserIndicator[] } {
  const match = createIndicatorMatcher(context.catalogue);
  const readings = new Map<string, NameReading>();
  const unknown = new Map<string, { name: string; entries: ValueEntry[] }>();
  const named: { entry: ValueEntry; reading: NameReading }[] = [];
  for (const entry of entries) {
    // Cells come normalised (see `normaliseRows`), so these checks see the text that is kept.
    const text = entry.name.text;
    // A longer cell is a pasted paragraph, not an indicator name (and the layer schema would refuse it).
    const tooLong = text.length > TEXT_LIMITS.name;
    if (tooLong || looksLikeFormula(text)) {
      findings.problem(entry.name.line, entry.name.column, tooLong ? 'cell-too-long' : 'formula-cell', text);
      continue;
    }
    let reading = readings.get(text);
    if (!reading) {
      reading = match(text);
      readings.set(text, reading);
      if (reading.match.kind === 'catalogue' && !reading.match.exact) {
        findings.note(entry.name.line, entry.name.column, 'indicator-matched', text, reading.match.indicator.id);
      }
    }
    if (reading.match.kind === 'unknown') {
      if (reading.match.name === '') {
        findings.problem(entry.name.line, entry.name.column, 'no-indicator', text);
        continue;
      }
      // The stored name is the cell without its unit bracket, widths folded: checked again as stored.
      if (looksLikeFormula(reading.match.name)) {
        findings.problem(entry.name.line, entry.name.column, 'formula-cell', text);
        continue;
      }
      const group = unknown.get(reading.match.key) ?? { name: reading.match.name, entries: [] };
      group.entries.push(entry);
      unknown.set(reading.match.key, group);
    }
    named.push({ entry, reading });
  }
  const newId = createCustomIds([...context.catalogue.map((i) => i.id), ...context.reservedIds]);
  const custom = new Map<string, UserIndicator>();
  for (const [key, group] of unknown) {
    const chosen = context.chosenUnits.get(key);
    const found = chosen ? { unit: chosen, measure: null } : findCustomUnit(group.entries, context.tableUnit);
    const first = group.entries[0];
    if (!found) {
      if (first) findings.problem(first.name.line, first.name.column, 'indicator-needs-unit', first.name.text, first.name.text);
      continue;
    }
    const indicator = { id: newId(group.name), name: group.name, unit: found.unit, measure_zh: found.measure, definition: '', derive: null };
    custom.set(key, indicator);
  }
  const resolved: ResolvedEntry[] = [];
  for (const { entry, reading } of named) {
    const target = reading.match.kind === 'catalogue' ? reading.match.indicator : custom.get(reading.match.key);
    if (target) resolved.push({ entry, indicatorId: target.id, unit: target.unit, nameUnit: reading.unit });
  }
  return { resolved, indicators: [...custom.values()] };
}

/** Find the first unit that can be stored, looking at headers before cells. */
function findCustomUnit(entries: readonly ValueEntry[], tableUnit: TableUnit | null): ReturnType<typeof unitForCustom> {
  const declared = entries.flatMap((entry) => [entry.unit && readUnitWord(entry.unit.text), splitUnitFromName(entry.name.text).unit]);
  for (const unit of [...declared, tableUnit?.unit ?? null]) {
    const found = unit && unitForCustom(unit);
    if (found) return found;
  }
  for (const entry of entries) {
    const cell = parseCell(entry.value.text);
    const found = cell.kind === 'number' && cell.unit ? unitForCustom(cell.unit) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Key the user's unit choices the way unknown names are grouped.
 *
 * @param units - Unit per name as the user saw it in the preview.
 */
export function keyChosenUnits(units: Readonly<Record<string, Unit>> | undefined): Map<string, Unit> {
  return new Map(Object.entries(units ?? {}).map(([name, unit]) => [looseKey(splitUnitFromName(normaliseLine(name)).name), unit]));
}
