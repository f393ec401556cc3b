import type { AssessResult, Calibration, Comparator, TargetAssessment } from '../model/index.ts';
import { PLANS_AS_OF, type Scenario } from '../scenario/scenario.ts';
import { formatTable, type Column } from './format-table.ts';

/** A fixed locale, so the report reads the same on every machine whatever its settings. */
const LOCALE = 'en-GB';
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const published = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const small = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 3 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal3 = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const NONE = '–';

const SYMBOL: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '==': '=', '~': '≈' };

const COLUMNS: Column[] = [
  { header: 'plan' },
  { header: 'indicator' },
  { header: 'region' },
  { header: 'year', align: 'right' },
  { header: 'target', align: 'right' },
  { header: 'last actual', align: 'right' },
  { header: 'need/yr', align: 'right' },
  { header: 'seen/yr', align: 'right' },
  { header: 'P(meet)', align: 'right' },
  { header: 'p50', align: 'right' },
  { header: 'status' },
  { header: 'pace' },
  { header: 'actual', align: 'right' },
];

/**
 * Write an assessment as text: a line on the scenario, the table of targets, the series that could
 * not be projected, and for a hindcast the calibration against what was published later.
 *
 * @param scenario - The scenario run.
 * @param result - The assessment.
 * @param calibration - The hindcast score when the scenario has `asOf`; null otherwise.
 */
export function formatReport(scenario: Scenario, result: AssessResult, calibration: Calibration | null): string {
  const asOf = scenario.asOf === null ? 'all data' : scenario.asOf === PLANS_AS_OF ? 'each plan from its base year' : `data to ${scenario.asOf}`;
  const lines = [
    `Scenario: seed ${scenario.seed}, ${integer.format(scenario.paths)} paths, ${asOf}, horizon ${scenario.horizon}; ${result.targets.length} targets`,
    '',
    formatTable(COLUMNS, result.targets.map(targetRow)),
  ];
  const unprojected = result.series.filter((s) => s.problem !== null);
  if (unprojected.length > 0) {
    lines.push('', `Not projected (${unprojected.length}): ${unprojected.map((s) => `${s.key} (${s.problem})`).join(', ')}`);
  }
  if (calibration && typeof scenario.asOf === 'number') lines.push('', formatCalibration(calibration, scenario.asOf));
  return lines.join('\n');
}

/**
 * Sum up a hindcast in one line: interval coverage and Brier score, each beside the random-walk baseline.
 *
 * @param c - The calibration.
 * @param asOf - The as-of year it was made from.
 */
export function formatCalibration(c: Calibration, asOf: number): string {
  const b = c.baseline;
  const m = c.sameAsBaseline;
  return (
    `Calibration as of ${asOf}: 90% interval held ${share(c.coverage90)} of ${c.values} later values, 50% interval ${share(c.coverage50)}; ` +
    `median off by ${share(c.mape)} on average; Brier ${brier(c.brier)} over ${c.targets} targets. ` +
    `On the ${b.values} values and ${b.targets} targets the random walk with drift also forecasts: model ${share(m.coverage90)} / ${share(m.coverage50)}, CRPS ${brier(m.crps)}, Brier ${brier(m.brier)}; ` +
    `random walk ${share(b.coverage90)} / ${share(b.coverage50)}, CRPS ${brier(b.crps)}, Brier ${brier(b.brier)} (lower is better).`
  );
}

function targetRow(t: TargetAssessment): string[] {
  return [
    t.plan_id,
    t.indicator_id,
    t.region,
    String(t.year),
    `${SYMBOL[t.comparator]} ${published.format(t.target)}`,
    t.last_actual === null ? NONE : `${published.format(t.last_actual)} (${t.last_actual_year})`,
    share(t.required_growth),
    share(t.observed_growth),
    share(t.probability),
    estimate(t.p50),
    words(t.status),
    words(t.pace),
    t.actual === null ? NONE : published.format(t.actual),
  ];
}

/** A model estimate: whole numbers from 1,000 up, three significant digits below, so no false precision. */
function estimate(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return NONE;
  return Math.abs(v) >= 1000 ? integer.format(v) : small.format(v);
}

export function share(v: number | null): string {
  return v === null || !Number.isFinite(v) ? NONE : percent.format(v);
}

export function brier(v: number): string {
  return Number.isFinite(v) ? decimal3.format(v) : NONE;
}

/** Codes such as `about-as-likely-as-not` read as words in a table. */
function words(code: string | null): string {
  return code === null ? NONE : code.replaceAll('-', ' ');
}
