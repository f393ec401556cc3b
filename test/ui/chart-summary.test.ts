import { describe, expect, it } from 'vitest';
import type { TargetAssessment } from '../../src/model/index.ts';
import { chartSummary } from '../../src/charts/chart-summary.ts';
import { buildNotebook } from '../../src/notebook/notebook.ts';
import { fixtureDataset } from './fixture.ts';

const dataset = fixtureDataset();
const notebook = buildNotebook(dataset);
const firms = notebook.charted.find((v) => v.key === 'firms@gz')!;
const share = notebook.charted.find((v) => v.key === 'share@gz')!;

/** A projected target as the engine would return it; only the fields the summary reads matter. */
function ahead(fields: Partial<TargetAssessment>): TargetAssessment {
  return {
    id: 'b:firms@gz:2021', plan_id: 'b', indicator_id: 'firms', region: 'gz', year: 2021, target: 13000, comparator: '>=',
    last_actual_year: 2020, last_actual: 12000, last_actual_quality: 'rounded', required_growth: 0.0408, observed_growth: 0.2,
    pace_ratio: null, pace: null, probability: 0.62, p05: null, p25: null, p50: null, p75: null, p95: null,
    first_crossing_year: null, status: 'about-as-likely-as-not', actual: null, actual_quality: null, verdict: null, error: null,
    flip_up_growth: null, flip_up_status: null, flip_down_growth: null, flip_down_status: null, flags: [],
    ...fields,
  };
}

describe('chart summary', () => {
  it('leads with the nearest target still ahead: probability, growth needed against growth seen', () => {
    const input = { view: firms, plans: dataset.plans, assessments: [ahead({})] };
    expect(chartSummary(input, 'zh')).toBe('gz企业数：乙要求2021年达到13,000家，本情景下达成概率62%（可能性约一半）；需年均增长+4.1%，此前实际年均增长+20%。');
    expect(chartSummary(input, 'en')).toBe(
      'Firms, gz: the B target of at least 13,000 in 2021 has a 62% probability in this scenario (about as likely as not); it needs +4.1% growth a year against +20% seen so far.',
    );
  });

  it('in a hindcast, leads with what happened to a target whose year is now published, then what the model said then', () => {
    // Plan A's 2019 target of 11,000, assessed from the data to 2018; 2019 has since published 超过11,200家.
    const then = ahead({ id: 'a:firms@gz:2019', plan_id: 'a', year: 2019, target: 11000, last_actual_year: 2018, probability: 0.3, status: 'unlikely' });
    const input = { view: firms, plans: dataset.plans, assessments: [then] };
    expect(chartSummary(input, 'zh')).toBe('gz企业数：甲要求2019年达到11,000家，实际超过11,200家，已达成；按截至2018年的数据，模型当时评为“不太可能”（30%）。');
    expect(chartSummary(input, 'en')).toBe('Firms, gz: the A target of at least 11,000 for 2019 was met (actual more than 11,200); from the data up to 2018, the model then rated it unlikely (30%).');
  });

  it('picks the earliest target ahead when several are', () => {
    const later = ahead({ id: 'x', year: 2025, probability: 0.1 });
    expect(chartSummary({ view: firms, plans: dataset.plans, assessments: [later, ahead({})] }, 'zh')).toContain('2021年');
  });

  it('without an engine result, scores the latest target whose year is published', () => {
    // 2019: the tightest lower bound is 超过11,200家, which clears plan A's 11,000 (listed first).
    expect(chartSummary({ view: firms, plans: dataset.plans, assessments: [] }, 'zh')).toBe('gz企业数：甲要求2019年达到11,000家，实际超过11,200家，已达成。');
    // 3.1% against a target of at least 3%.
    expect(chartSummary({ view: share, plans: dataset.plans, assessments: [] }, 'en')).toBe(
      'Intensity, gz: the A target of at least 3% for 2020 was met (actual 3.1%).',
    );
  });

  it('leaves out the growth clause when growth is unknown', () => {
    const text = chartSummary({ view: firms, plans: dataset.plans, assessments: [ahead({ observed_growth: null })] }, 'zh');
    expect(text).not.toContain('年均增长');
    expect(text.endsWith('）。')).toBe(true);
  });

  it('says what was published, and how many years are missing, when a chart has no targets', () => {
    const bare = { ...firms, targets: [] };
    // 2014–2020 with 2017 missing; the latest picked value is 2020's 12,000 (rounded).
    expect(chartSummary({ view: bare, plans: dataset.plans, assessments: [] }, 'zh')).toBe('gz企业数：已公布2014–2020年数据，最新为2020年的12,000家（其中1年缺数）。');
  });
});
