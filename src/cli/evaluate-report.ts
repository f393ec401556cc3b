import { HORIZON_GROUPS, type Calibration, type Evaluation } from '../model/index.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { brier, share } from './assess-report.ts';
import { formatTable, type Column } from './format-table.ts';

const COLUMNS: Column[] = [
  { header: '' },
  { header: 'values', align: 'right' },
  { header: 'in 90%', align: 'right' },
  { header: 'in 50%', align: 'right' },
  { header: 'CRPS', align: 'right' },
  { header: 'median APE', align: 'right' },
  { header: 'targets', align: 'right' },
  { header: 'Brier', align: 'right' },
  { header: '| same values', align: 'right' },
  { header: 'model CRPS', align: 'right' },
  { header: 'RW CRPS', align: 'right' },
  { header: 'RW in 90%', align: 'right' },
  { header: 'RW in 50%', align: 'right' },
  { header: 'RW APE', align: 'right' },
  { header: 'same targets', align: 'right' },
  { header: 'model Brier', align: 'right' },
  { header: 'RW Brier', align: 'right' },
];

/**
 * Write a rolling-origin evaluation as text: what was run, one row overall, one per horizon group and
 * one per series, with the model's figures on all its points and, after the bar, model and random walk
 * on exactly the points and targets both forecast.
 *
 * @param scenario - The scenario evaluated.
 * @param e - The evaluation.
 */
export function formatEvaluation(scenario: Scenario, e: Evaluation): string {
  const rows = [
    row('overall', e.overall),
    ...HORIZON_GROUPS.map((g) => row(`h = ${g}`, e.byHorizon[g])),
    ...e.bySeries.map((s) => row(s.key, s.calibration)),
  ];
  return [
    `Rolling-origin evaluation, as of ${e.from}–${e.to}: seed ${scenario.seed}, ${scenario.paths} paths; ` +
      `${e.overall.values} later final or preliminary values and ${e.overall.targets} decided targets, each forecast counted once ` +
      `(per series, last data year and year). h is years after the last data year. CRPS is on the log scale; lower is better.`,
    'RW: random walk with drift in logs, with drift uncertainty, fitted to the same history and scored on the same values and targets.',
    '',
    formatTable(COLUMNS, rows),
  ].join('\n');
}

function row(label: string, c: Calibration): string[] {
  const m = c.sameAsBaseline;
  const b = c.baseline;
  return [
    label,
    String(c.values),
    share(c.coverage90),
    share(c.coverage50),
    brier(c.crps),
    share(c.mape),
    String(c.targets),
    brier(c.brier),
    String(b.values),
    brier(m.crps),
    brier(b.crps),
    share(b.coverage90),
    share(b.coverage50),
    share(b.mape),
    String(b.targets),
    brier(m.brier),
    brier(b.brier),
  ];
}
