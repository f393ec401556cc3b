import type { Problem } from './problems.ts';
import { ACTUALS_SCHEMA, INDICATORS_SCHEMA, PLANS_SCHEMA, READER_PAIRS, TARGETS_SCHEMA, type Unit } from './seed-schemas.ts';
import { parseTable, type RowOf, type TableSchema } from './table-schema.ts';
import type { ActualRow, Dataset, IndicatorRow, PlanRow, SeedTexts, TargetRow } from './types.ts';
import { withValueExact } from './value-exact.ts';

/** What the cross-check reads of a target or an actual: the indicator it names, its unit and its plan, if any. */
interface CrossChecked {
  line: number;
  indicator_id: string;
  unit: Unit;
  plan_id?: string;
}

/** File names as messages show them. */
export const SEED_FILES = {
  plans: 'seeds/plans.csv',
  indicators: 'seeds/indicators.csv',
  targets: 'seeds/targets.csv',
  actuals: 'seeds/actuals.csv',
} as const;

/** What the loader adds to a table's rows beyond its schema's columns (set only where the file has it). */
export const LOADER_FIELDS: Readonly<Record<keyof SeedTexts, readonly string[]>> = { plans: [], indicators: [], targets: ['value_exact'], actuals: ['value_exact'] };

/**
 * Parse and validate the four seed tables and check them against each other: every target and
 * actual must name a known indicator in that indicator's unit, every target a known plan. A row
 * that fails is reported and left out; the rest load. An actual whose reader publisher or note is
 * given in one language only is reported (`missing-value` on the empty column) and still loads.
 *
 * @param texts - The CSV text of each table.
 */
export function loadDataset(texts: SeedTexts): Dataset {
  const problems: Problem[] = [];
  const take = <S extends TableSchema>(file: string, text: string, schema: S): RowOf<S>[] => {
    const parsed = parseTable(file, text, schema);
    problems.push(...parsed.problems);
    return parsed.rows;
  };
  const plans: PlanRow[] = take(SEED_FILES.plans, texts.plans, PLANS_SCHEMA);
  const indicators: IndicatorRow[] = take(SEED_FILES.indicators, texts.indicators, INDICATORS_SCHEMA);
  const unitOf = new Map(indicators.map((d) => [d.id, d.unit]));
  const planIds = new Set(plans.map((p) => p.id));

  const crossCheck = <T extends CrossChecked>(file: string, rows: T[]): T[] =>
    rows.filter((r) => {
      const unit = unitOf.get(r.indicator_id);
      if (unit === undefined) {
        problems.push({ file, line: r.line, column: 'indicator_id', code: 'unknown-indicator', value: r.indicator_id });
        return false;
      }
      if (r.plan_id !== undefined && !planIds.has(r.plan_id)) {
        problems.push({ file, line: r.line, column: 'plan_id', code: 'unknown-plan', value: r.plan_id });
        return false;
      }
      if (r.unit !== unit) {
        problems.push({ file, line: r.line, column: 'unit', code: 'unit-mismatch', value: `${r.unit} ≠ ${unit}` });
        return false;
      }
      return true;
    });

  const targets: TargetRow[] = withValueExact(texts.targets, crossCheck(SEED_FILES.targets, take(SEED_FILES.targets, texts.targets, TARGETS_SCHEMA)));
  const actuals: ActualRow[] = withValueExact(texts.actuals, crossCheck(SEED_FILES.actuals, take(SEED_FILES.actuals, texts.actuals, ACTUALS_SCHEMA)));
  // A reader text in one language only is reported but the row still loads: its value and source are
  // sound, and a reader of the other language is shown no note rather than one they cannot read.
  for (const row of actuals) {
    for (const pair of READER_PAIRS) {
      const empty = pair.filter((column) => !row[column]);
      if (empty.length === 1) problems.push({ file: SEED_FILES.actuals, line: row.line, column: empty[0], code: 'missing-value' });
    }
  }
  return { plans, indicators, targets, actuals, problems };
}
