import { looksLikeFormula, normaliseLine, normaliseName } from '../text/user-text.ts';
import { isRegion, TEXT_LIMITS, type UserActual } from '../user/layer.ts';
import type { ExactDecimal } from './exact-decimal.ts';
import { combineUnits, fitToUnit } from './fit-unit.ts';
import type { Findings } from './import-problems.ts';
import { isBlankCell, parseCell } from './parse-number.ts';
import { readRegion } from './read-region.ts';
import { contradicts, figureKey, type PublishedIndex } from './published-check.ts';
import type { ResolvedEntry } from './resolve-indicators.ts';
import type { TableUnit } from './shape-types.ts';
import type { CellRef } from './sniff-table.ts';
import { readUnitWord, type CellUnit } from './unit-words.ts';

/** Defaults that fill in what a row does not say. */
export interface ValueContext {
  /** Region for rows without a region column. */
  region: string;
  /** Source for rows without a source column: the file name, made storable by {@link fileSource}. */
  source: string;
  /** The table's 单位 line as read, if it has one. */
  tableUnit: TableUnit | null;
  /** The published figure deciding each indicator, region and year; a contradicted value is not imported. */
  published: PublishedIndex;
}

const ONE: ExactDecimal = { negative: false, digits: '1', exponent: 0 };

/**
 * Turn matched entries into the user's actuals: read each number, fit it to its indicator's unit,
 * and fill in region and source. Blank cells never get here; nothing is ever turned into 0.
 *
 * A unit column, a unit bracket in the name or a 单位 line that does not fit the indicator is
 * reported once, where it is written, and the values it governs are left out. Of two values for the
 * same indicator, region and year, the first is kept; a different second one is `duplicate-value`.
 * A value that the published figure for its year contradicts (see {@link contradicts}) is
 * `published-value`, with that figure, and left out: a published value always decides its year.
 *
 * @param resolved - Entries with their indicators, in table order.
 * @param context - Defaults for region and source, and the table's unit.
 * @param findings - Where problems and notes go.
 */
export function resolveValues(resolved: readonly ResolvedEntry[], context: ValueContext, findings: Findings): UserActual[] {
  const actuals: UserActual[] = [];
  const seen = new Map<string, number>();
  const notedRegions = new Set<string>();
  for (const { entry, indicatorId, unit, nameUnit } of resolved) {
    const declared = readDeclaredUnit(entry.unit, nameUnit, entry.name, context.tableUnit, findings);
    if (declared === 'refused') continue;
    if (declared && !fitToUnit(ONE, declared.unit, unit).ok) {
      findings.problem(declared.at.line, declared.at.column, 'unit-mismatch', declared.at.text);
      continue;
    }
    const { value: cell } = entry;
    const parsed = parseCell(cell.text);
    if (parsed.kind === 'blank') continue;
    if (parsed.kind === 'unreadable') {
      findings.problem(cell.line, cell.column, parsed.code, cell.text);
      continue;
    }
    const fit = fitToUnit(parsed.decimal, combineUnits(parsed.unit, declared?.unit ?? null), unit);
    if (!fit.ok) {
      findings.problem(cell.line, cell.column, fit.code, cell.text);
      continue;
    }
    const region = readRegionCell(entry.region, context.region, notedRegions, findings);
    const source = readSourceCell(entry.source, context.source, findings);
    if (region === null || source === null) continue;
    const key = figureKey(indicatorId, region, entry.year);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      if (earlier === fit.value) findings.note(cell.line, cell.column, 'duplicate-same-value', cell.text);
      else findings.problem(cell.line, cell.column, 'duplicate-value', cell.text);
      continue;
    }
    seen.set(key, fit.value);
    const published = context.published.get(key);
    // The place of the last digit written, in the indicator's unit: "1.21万家" is exact to 100 firms.
    const step = Number(`1e${parsed.decimal.exponent + fit.shift}`);
    if (published && contradicts(fit.value, step, published)) {
      findings.contradiction(cell.line, cell.column, cell.text, { indicator_id: indicatorId, value: published.value, quality: published.quality, unit });
      continue;
    }
    if (fit.shift !== 0) {
      const at = parsed.unit ? cell : (declared?.at ?? cell);
      findings.note(at.line, at.column, 'unit-converted', at.text, unit);
    }
    actuals.push({ indicator_id: indicatorId, region, year: entry.year, value: fit.value, unit, source, line: cell.line });
  }
  return actuals;
}

/**
 * Find the unit a row or header declares for a value: its unit column, else a unit bracket in the
 * name, else the table's 单位 line.
 */
function readDeclaredUnit(
  unitCell: CellRef | null,
  nameUnit: CellUnit | null,
  nameCell: CellRef,
  tableUnit: TableUnit | null,
  findings: Findings,
): TableUnit | null | 'refused' {
  if (unitCell && !isBlankCell(unitCell.text)) {
    const unit = readUnitWord(unitCell.text);
    if (unit) return { unit, at: unitCell };
    findings.problem(unitCell.line, unitCell.column, 'unknown-unit', unitCell.text);
    return 'refused';
  }
  if (nameUnit) return { unit: nameUnit, at: nameCell };
  return tableUnit;
}

function readRegionCell(cell: CellRef | null, fallback: string, noted: Set<string>, findings: Findings): string | null {
  if (!cell || isBlankCell(cell.text)) return fallback;
  // A region is an identifying field: stored with widths folded, and checked as stored.
  const text = normaliseName(cell.text);
  if (text === '') return fallback;
  if (looksLikeFormula(text)) {
    findings.problem(cell.line, cell.column, 'formula-cell', cell.text);
    return null;
  }
  // The layer schema's own test (no `@`, which joins indicator and region in series keys; not too long),
  // so a region the import accepts is one a reload accepts too.
  if (!isRegion(text)) {
    findings.problem(cell.line, cell.column, 'bad-region', cell.text);
    return null;
  }
  const { region, known } = readRegion(text);
  if (!known && !noted.has(region)) {
    noted.add(region);
    findings.note(cell.line, cell.column, 'unknown-region', cell.text);
  }
  return region;
}

function readSourceCell(cell: CellRef | null, fallback: string, findings: Findings): string | null {
  if (!cell || isBlankCell(cell.text)) return fallback;
  // Prose on one line, as stored; the cell was normalised so already, this keeps the rule local.
  const text = normaliseLine(cell.text);
  const formula = looksLikeFormula(text);
  if (formula || text.length > TEXT_LIMITS.source) {
    findings.problem(cell.line, cell.column, formula ? 'formula-cell' : 'cell-too-long', cell.text);
    return null;
  }
  return text || fallback;
}

/**
 * Make a file name (or a paste's label) a source every value without a source cell can keep: as
 * {@link normaliseLine}, leading formula characters dropped (a file may well be called `-副本.csv`,
 * and refusing every value for its name would help nobody), and cut to the source limit, so the
 * layer reader accepts it when the workspace is opened again.
 *
 * @param name - The file name as given.
 * @example fileSource('\u200b=1+2.csv') // '1+2.csv'
 */
export function fileSource(name: string): string {
  // Each round only shortens the text, so this ends; it ends on a text all three rules leave alone.
  let text = name;
  for (;;) {
    let next = clipUnits(normaliseLine(text), TEXT_LIMITS.source);
    if (looksLikeFormula(next)) next = Array.from(next.trimStart()).slice(1).join('');
    if (next === text) return text;
    text = next;
  }
}

/** Cut a text to at most `limit` UTF-16 units (what the layer reader counts), never inside a character. */
function clipUnits(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > limit) break;
    cut += char;
  }
  return cut;
}
