import { describe, expect, it } from 'vitest';
import type { Dataset, TargetRow } from '../../src/data/types.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { buildNotebook } from '../../src/notebook/notebook.ts';
import { chartSummary } from '../../src/charts/chart-summary.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

const seeds = loadDataset(readSeedTexts());
const base = seeds.targets.find((t) => t.indicator_id === 'rd_gdp_ratio' && t.region === 'guangzhou' && t.year === 2020)!;
// Two "about 3.0%" targets for 2020, when Guangzhou's yearbook gives 3.10: one without a tolerance of its own, one with ±1%.
const about = (plan_id: string, tolerance: number | null): TargetRow => ({ ...base, plan_id, comparator: '~', value: 3, tolerance });
const dataset: Dataset = { ...seeds, targets: [...seeds.targets, about('gz_strong_city_2019', null), about('gz_innovation_centre_2018', 0.01)] };
const verdicts = (tolerance?: number) =>
  buildNotebook(dataset, tolerance === undefined ? {} : { aboutTolerance: tolerance })
    .scores.filter((r) => r.target.comparator === '~')
    .map((r) => [r.target.tolerance, r.score.verdict]);

describe('the scenario’s tolerance for about-targets in the notebook', () => {
  it('scores published values at the scenario’s tolerance, and a target’s own tolerance wins', () => {
    // ±2% of 3.0 is 2.94–3.06: 3.10 is outside. ±5% is 2.85–3.15: inside. ±1% is 2.97–3.03: outside either way.
    expect(verdicts()).toEqual([[null, 'missed'], [0.01, 'missed']]);
    expect(verdicts(0.05)).toEqual([[0.05, 'met'], [0.01, 'missed']]);
  });

  it('gives the caption the same tolerance the score used', () => {
    const view = buildNotebook(dataset, { aboutTolerance: 0.05 }).charted.find((v) => v.key === 'rd_gdp_ratio@guangzhou')!;
    const only = { ...view, targets: view.targets.filter((t) => t.comparator === '~' && t.tolerance === 0.05) };
    expect(chartSummary({ view: only, plans: dataset.plans, assessments: [] }, 'zh')).toContain('要求2020年约为3%（±5%），实际为3.1%，已达成');
  });
});
