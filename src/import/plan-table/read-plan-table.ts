import type { Unit } from '../../data/seed-schemas.ts';
import { toHalfWidth } from '../../text/half-width.ts';
import { looksLikeFormula } from '../../text/user-text.ts';
import { isRegion, PLAN_DATE_PATTERN, TEXT_LIMITS, type UserIndicator, type UserPlan, type UserTarget } from '../../user/layer.ts';
import { createCustomIds, unitForCustom } from '../custom-indicator.ts';
import type { TextEncodingName } from '../decode-text.ts';
import { decimalToNumber } from '../exact-decimal.ts';
import { combineUnits, fitToUnit } from '../fit-unit.ts';
import { createIndicatorMatcher, type CatalogueIndicator, type NameReading } from '../match-indicator.ts';
import { parseCell, isBlankCell } from '../parse-number.ts';
import { readInput, type ImportInput } from '../read-input.ts';
import { readRegion } from '../read-region.ts';
import { readYear } from '../read-year.ts';
import { detectDelimiter } from '../sniff-table.ts';
import { normaliseRows, splitRows, type Delimiter, type TextRow } from '../split-rows.ts';
import { readUnitWord, type CellUnit } from '../unit-words.ts';
import { readPlanColumn, type PlanColumn } from './plan-columns.ts';
import { byLine, PlanFindings, type PlanNote, type PlanProblem } from './plan-findings.ts';
import { planIdFor } from './plan-id.ts';
import { comparatorFromClause, readComparatorCell } from './read-comparator.ts';

/** The most non-blank rows a plan table may have (as many as the data importer reads). */
export const MAX_PLAN_ROWS = 50_000;

/** How to fill in what a plan table does not say. */
export interface PlanTableOptions {
  /** Region for rows with none. Defaults to `'guangzhou'`, as the data importer's. */
  region?: string;
  /** Indicator ids a new indicator must not take (the workspace's other layers'). Defaults to none. */
  reservedIds?: readonly string[];
}

/** What a plan table would add, and every problem, before anything changes. */
export interface PlanTablePreview {
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  plans: UserPlan[];
  targets: UserTarget[];
  /** Indicators the catalogue lacks, created from the table's names and units. */
  indicators: UserIndicator[];
  problems: PlanProblem[];
  notes: PlanNote[];
}

const REQUIRED: readonly PlanColumn[] = ['plan', 'indicator', 'year', 'value', 'clause'];

/**
 * Read a plan's targets from a CSV/TSV file or a pasted table (long form, one target per row,
 * headers in English or Chinese; see README "A plan as a table") into a preview: the plans, their
 * targets and the new indicators, with every problem by line and column. Several plans may share a
 * table (rows are grouped by `plan`). Pure and total: it never throws.
 *
 * @param input - The bytes or text and a name, as for the data importer.
 * @param catalogue - The shipped indicators, to match names and check units against.
 * @param options - Default region and reserved ids; see {@link PlanTableOptions}.
 * @example readPlanTable({ text: 'plan,indicator,year,comparator,value,clause\nP,rd_gdp_ratio,2029,~,4.0%,达4.0%左右', name: '粘贴' }, indicators)
 */
export function readPlanTable(input: ImportInput, catalogue: readonly CatalogueIndicator[], options: PlanTableOptions = {}): PlanTablePreview {
  try {
    return run(input, catalogue, options);
  } catch {
    // Every input should be handled below; this keeps a bug from taking the page down with it.
    const findings = new PlanFindings();
    findings.problem(1, null, 'internal-error');
    return { encoding: null, delimiter: null, plans: [], targets: [], indicators: [], problems: findings.problems, notes: [] };
  }
}

function run(input: ImportInput, catalogue: readonly CatalogueIndicator[], options: PlanTableOptions): PlanTablePreview {
  const findings = new PlanFindings();
  const preview: PlanTablePreview = { encoding: null, delimiter: null, plans: [], targets: [], indicators: [], problems: [], notes: [] };
  const reading = readInput(input);
  preview.encoding = reading.encoding;
  if (!reading.ok) {
    findings.problem(reading.problem.line, null, reading.problem.code as PlanProblem['code']);
    return finish(preview, findings);
  }
  for (const note of reading.notes) findings.note(note.line, null, 'undecodable-bytes', note.text);
  const delimiter = detectDelimiter(reading.text);
  preview.delimiter = delimiter;
  const split = splitRows(reading.text, delimiter, MAX_PLAN_ROWS);
  for (const u of split.unclosed) findings.problem(u.line, null, 'unclosed-quote');
  if (split.overflowLine !== null) {
    findings.problem(split.overflowLine, null, 'too-many-rows', String(MAX_PLAN_ROWS));
    return finish(preview, findings);
  }
  const rows = normaliseRows(split.rows);
  // The header is the first row naming at least three known columns; lines above it are titles.
  const headerAt = rows.findIndex((r) => r.cells.filter((c) => readPlanColumn(c) !== null).length >= 3);
  if (headerAt < 0) {
    findings.problem(rows[0]?.line ?? 1, null, 'no-header');
    return finish(preview, findings);
  }
  for (const title of rows.slice(0, headerAt)) findings.note(title.line, null, 'title-skipped', title.cells.join(' '));
  const header = rows[headerAt] as TextRow;
  const columns = new Map<PlanColumn, number>();
  header.cells.forEach((cell, i) => {
    const column = readPlanColumn(cell);
    if (column === null || columns.has(column)) findings.note(header.line, null, 'column-ignored', cell);
    else columns.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    findings.problem(header.line, null, 'missing-column', missing.join(', '));
    return finish(preview, findings);
  }
  const reader = new RowReader(catalogue, options, columns, header.cells.length, findings);
  for (const row of rows.slice(headerAt + 1)) reader.read(row);
  Object.assign(preview, reader.result());
  if (preview.targets.length === 0 && findings.problems.length === 0) findings.problem(header.line, null, 'no-targets');
  return finish(preview, findings);
}

function finish(preview: PlanTablePreview, findings: PlanFindings): PlanTablePreview {
  return { ...preview, problems: [...findings.problems].sort(byLine), notes: [...findings.notes].sort(byLine) };
}

type Key = string;

/** Reads the body rows one by one, grouping them by plan and indicator. */
class RowReader {
  readonly #plans = new Map<string, UserPlan>();
  readonly #targets: { line: number; key: Key; target: UserTarget }[] = [];
  readonly #refused = new Set<Key>();
  readonly #indicators = new Map<string, UserIndicator>();
  readonly #match: ReturnType<typeof createIndicatorMatcher>;
  readonly #newId: (name: string) => string;

  constructor(
    catalogue: readonly CatalogueIndicator[],
    readonly options: PlanTableOptions,
    readonly columns: ReadonlyMap<PlanColumn, number>,
    readonly width: number,
    readonly findings: PlanFindings,
  ) {
    this.#match = createIndicatorMatcher(catalogue);
    this.#newId = createCustomIds([...catalogue.map((c) => c.id), ...(options.reservedIds ?? [])]);
  }

  read(row: TextRow): void {
    const f = this.findings;
    const cell = (column: PlanColumn): string => {
      const i = this.columns.get(column);
      return i === undefined ? '' : (row.cells[i] ?? '');
    };
    // A cell past the header's last column means the row's cells are not where the header says.
    if (row.cells.length > this.width) return f.problem(row.line, null, 'ragged-row', row.cells.slice(this.width).join(' '));
    // Text that a spreadsheet would run, or too long to be a name or a clause, refuses the row.
    const limits: [PlanColumn, number][] = [['plan', TEXT_LIMITS.name], ['issuer', TEXT_LIMITS.name], ['clause', TEXT_LIMITS.label], ['source', TEXT_LIMITS.source], ['note', TEXT_LIMITS.notes], ['indicator', TEXT_LIMITS.name]];
    for (const [column, max] of limits) {
      const text = cell(column);
      if (text.length > max) return f.problem(row.line, column, 'cell-too-long', text);
      if (looksLikeFormula(text)) return f.problem(row.line, column, 'formula-cell', text);
    }
    const name = cell('plan');
    if (name === '') return f.problem(row.line, 'plan', 'missing-plan');
    const plan = this.#plan(name, row.line, cell);
    if (plan === null) return;
    const indicatorText = cell('indicator');
    if (indicatorText === '') {
      // A row with no target on it carries the plan's note; a value without an indicator is a slip.
      if (cell('value') !== '' || cell('year') !== '') return f.problem(row.line, 'indicator', 'no-indicator');
      const note = cell('note');
      if (note !== '') plan.notes = plan.notes === null ? note : `${plan.notes} / ${note}`;
      return;
    }
    const target = this.#target(row.line, plan, indicatorText, cell);
    if (target) this.#keep(row.line, target);
  }

  #plan(name: string, line: number, cell: (column: PlanColumn) => string): UserPlan | null {
    const id = planIdFor(name);
    const issued = toHalfWidth(cell('issued')).trim();
    if (issued !== '' && !PLAN_DATE_PATTERN.test(issued)) {
      this.findings.problem(line, 'issued', 'bad-date', issued);
      return null;
    }
    const given = { issuer: cell('issuer') || null, issued: issued || null, source: cell('source') || null };
    const plan = this.#plans.get(id);
    if (plan === undefined) {
      const fresh: UserPlan = { id, name, ...given, notes: null };
      this.#plans.set(id, fresh);
      return fresh;
    }
    // The first row that gives a plan-level field decides it; a later different one is said, not used.
    for (const key of ['issuer', 'issued'] as const) {
      const value = given[key];
      if (value !== null && plan[key] === null) plan[key] = value;
      else if (value !== null && plan[key] !== value) this.findings.note(line, key, 'plan-field-conflict', value);
    }
    if (plan.source === null) plan.source = given.source;
    return plan;
  }

  #target(line: number, plan: UserPlan, indicatorText: string, cell: (column: PlanColumn) => string): (UserTarget & { key: Key }) | null {
    const f = this.findings;
    const clause = cell('clause');
    if (clause === '') return f.problem(line, 'clause', 'missing-clause'), null;
    const year = readYear(cell('year'));
    if (year.kind === 'not-a-year') return f.problem(line, 'year', 'not-a-year', cell('year')), null;
    if (year.kind === 'out-of-range') return f.problem(line, 'year', 'year-out-of-range', String(year.year)), null;
    const comparator = this.#comparator(line, cell('comparator'), clause);
    if (comparator === null) return null;
    const value = parseCell(cell('value'));
    if (value.kind !== 'number') return f.problem(line, 'value', value.kind === 'unreadable' && value.code === 'unknown-unit' ? 'unknown-unit' : 'not-a-number', cell('value')), null;
    let columnUnit: CellUnit | null = null;
    if (cell('unit') !== '') {
      columnUnit = readUnitWord(cell('unit'));
      if (columnUnit === null) return f.problem(line, 'unit', 'unknown-unit', cell('unit')), null;
    }
    const reading = this.#match(indicatorText);
    const written = combineUnits(value.unit, columnUnit ?? reading.unit);
    const indicator = this.#indicator(line, reading, written);
    if (indicator === null) return null;
    const fit = fitToUnit(value.decimal, written, indicator.unit);
    if (!fit.ok) return f.problem(line, written === value.unit ? 'value' : 'unit', fit.code, written?.text ?? cell('value')), null;
    if (fit.shift !== 0) f.note(line, 'value', 'unit-converted', cell('value'));
    const region = this.#region(line, cell('region'));
    if (region === null) return null;
    const tolerance = this.#tolerance(line, cell('tolerance'), comparator);
    if (tolerance === null) return null;
    const note = [cell('source'), cell('note')].filter((t) => t !== '').join(' — ');
    const target: UserTarget = {
      indicator_id: indicator.id,
      region,
      year: year.year,
      value: fit.value,
      unit: indicator.unit,
      comparator,
      label: clause,
      plan_id: plan.id,
      ...(tolerance === undefined ? {} : { tolerance }),
      ...(note === '' ? {} : { note }),
    };
    return { ...target, key: [plan.id, indicator.id, region, year.year, comparator].join('|') };
  }

  #comparator(line: number, text: string, clause: string): UserTarget['comparator'] | null {
    const f = this.findings;
    const reading = text === '' ? comparatorFromClause(clause) : readComparatorCell(text);
    if (reading === null) return f.problem(line, 'comparator', 'unknown-comparator', text), null;
    if (text === '') f.note(line, 'comparator', 'comparator-from-clause', reading.comparator);
    if (reading.strict) f.note(line, 'comparator', 'strict-read-as-at-least', text || clause);
    return reading.comparator;
  }

  #indicator(line: number, reading: NameReading, written: CellUnit | null): { id: string; unit: Unit } | null {
    const f = this.findings;
    const { match } = reading;
    if (match.kind === 'catalogue') {
      if (!match.exact) f.note(line, 'indicator', 'indicator-matched', `${match.indicator.id}`);
      return match.indicator;
    }
    const known = this.#indicators.get(match.key);
    if (known) return known;
    const unit = written && unitForCustom(written);
    if (!unit) return f.problem(line, 'indicator', 'indicator-needs-unit', match.name), null;
    const indicator: UserIndicator = { id: this.#newId(match.name), name: match.name, unit: unit.unit, measure_zh: unit.measure, definition: '', derive: null };
    this.#indicators.set(match.key, indicator);
    f.note(line, 'indicator', 'new-indicator', `${indicator.id} ${match.name}`);
    return indicator;
  }

  #region(line: number, text: string): string | null {
    if (text === '') return this.options.region ?? 'guangzhou';
    const { region, known } = readRegion(text);
    if (!isRegion(region)) return this.findings.problem(line, 'region', 'bad-region', text), null;
    if (!known) this.findings.note(line, 'region', 'unknown-region', region);
    return region;
  }

  /** A tolerance: `2%`, `±2%` or `0.02`; undefined when none is given or it does not apply, null when refused. */
  #tolerance(line: number, text: string, comparator: UserTarget['comparator']): number | undefined | null {
    if (text === '' || isBlankCell(text)) return undefined;
    if (comparator !== '~') {
      this.findings.note(line, 'tolerance', 'tolerance-ignored', text);
      return undefined;
    }
    const cell = parseCell(text.replace(/^\s*[±]/, ''));
    const percent = cell.kind === 'number' && cell.unit?.dimension === 'percent';
    const value = cell.kind !== 'number' ? NaN : percent ? decimalToNumber(cell.decimal, -2) : cell.unit === null ? cell.value : NaN;
    if (!(value > 0 && value < 1)) return this.findings.problem(line, 'tolerance', 'bad-tolerance', text), null;
    return value;
  }

  #keep(line: number, target: UserTarget & { key: Key }): void {
    const { key, ...kept } = target;
    if (this.#refused.has(key)) return this.findings.problem(line, 'value', 'conflicting-target', String(kept.value));
    const earlier = this.#targets.find((t) => t.key === key);
    if (earlier === undefined) {
      this.#targets.push({ line, key, target: kept });
      return;
    }
    if (earlier.target.value === kept.value) return this.findings.note(line, null, 'duplicate-target', kept.label, earlier.line);
    // Two values for one target: which the plan meant is not ours to choose, so neither is imported.
    this.findings.problem(line, 'value', 'conflicting-target', String(kept.value), earlier.line);
    this.#refused.add(key);
    this.#targets.splice(this.#targets.indexOf(earlier), 1);
  }

  result(): Pick<PlanTablePreview, 'plans' | 'targets' | 'indicators'> {
    const targets = this.#targets.map((t) => t.target);
    const planIds = new Set(targets.map((t) => t.plan_id));
    const used = new Set(targets.map((t) => t.indicator_id));
    return {
      // A plan none of whose targets were kept would be an empty legend entry.
      plans: [...this.#plans.values()].filter((p) => planIds.has(p.id)),
      targets,
      indicators: [...this.#indicators.values()].filter((i) => used.has(i.id)),
    };
  }
}
