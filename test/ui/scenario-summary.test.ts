import { describe, expect, it } from 'vitest';
import { assess } from '../../src/model/index.ts';
import { captureFitted, fittedFor } from '../../src/notebook/fitted-settings.ts';
import { scenarioSummary, type FittedSetting, type ScenarioSummaryInput } from '../../src/notebook/scenario-summary.ts';
import { DEFAULT_SCENARIO, OPENING_SCENARIO, type Scenario } from '../../src/scenario/scenario.ts';
import { engineRequest } from '../../src/user/apply-layers.ts';
import type { UserLayer } from '../../src/user/layer.ts';
import { fixtureDataset } from './fixture.ts';

const dataset = fixtureDataset();
const indicators = new Map(dataset.indicators.map((d) => [d.id, d]));
const LINK = 'http://localhost:4173/#s=1.abc';

function summary(scenario: Scenario, locale: 'zh' | 'en', extra: Partial<ScenarioSummaryInput> = {}) {
  const { entries } = scenarioSummary({ scenario, plans: dataset.plans, indicators, link: LINK, ...extra }, locale);
  return Object.fromEntries(entries.map((e) => [e.id, e.items]));
}

/** A fitted setting with nothing but what a test names. */
function fitted(values: Partial<FittedSetting>): FittedSetting {
  return { rule: 'compound', growth: null, increment: null, rate: null, ceiling: null, volatility: null, trendSd: null, window: 5, persistence: 0, ...values };
}

describe('the scenario box', () => {
  it('says the opening view: each plan from its base year, the defaults, no changes, no layers, the link', () => {
    // Plan A was issued 2018-09-14, so its authors had data to 2017; plan B gives no date and its
    // period starts in 2019, so 2018.
    expect(summary(OPENING_SCENARIO, 'zh')).toEqual({
      'as-of': ['各规划编制时的数据（回测）', '甲：截至 2017 年', '乙：截至 2018 年'],
      horizon: ['2025 年'],
      paths: ['10,000 条'],
      seed: ['1'],
      plans: ['全部（甲、乙）'],
      changes: ['无：全部按历史拟合'],
      layers: ['无：只有公布数据'],
      link: [LINK],
    });
    expect(summary(OPENING_SCENARIO, 'en')).toEqual({
      'as-of': ['the data each plan was written with (hindcast)', 'A: data up to 2017', 'B: data up to 2018'],
      horizon: ['2025'],
      paths: ['10,000'],
      seed: ['1'],
      plans: ['all (A, B)'],
      changes: ['none: all fitted to history'],
      layers: ['none: published data only'],
      link: [LINK],
    });
  });

  it('names a hindcast year, today’s data, the plans chosen, and a seed without grouping', () => {
    expect(summary({ ...DEFAULT_SCENARIO, asOf: 2018, seed: 12345, paths: 100_000, horizon: 2030, plans: ['b'] }, 'en')).toMatchObject({
      'as-of': ['data up to 2018 (hindcast)'],
      horizon: ['2030'],
      paths: ['100,000'],
      seed: ['12345'],
      plans: ['B'],
    });
    expect(summary(DEFAULT_SCENARIO, 'zh')['as-of']).toEqual(['最新公布数据']);
  });

  it('says each changed assumption from the fitted value to the reader’s, in the indicator’s unit', () => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      indicators: {
        // Growth 5.2% fitted → 8% set; the window's default is 5 years; a 10% lower level in 2021.
        'firms@gz': { growth: 0.08, window: 8, shocks: [{ year: 2021, size: -0.1 }] },
        // A linear rule on a percent: the increment is in percentage points a year (0.15 fitted → 0.2).
        'share@gz': { rule: 'linear', increment: 0.2 },
      },
    };
    const fit = new Map([
      ['firms@gz', fitted({ growth: 0.052 })],
      ['share@gz', fitted({ rule: 'compound', increment: 0.15 })],
    ]);
    expect(summary(scenario, 'zh', { fitted: fit }).changes).toEqual([
      '企业数 · gz：年增长率 +5.2% → +8%；历史窗口 5 年 → 8 年；一次性冲击 无 → 2021 年 -10%',
      '强度 · gz：增长规则 复合增长 → 线性增长；年增量 +0.15个百分点/年 → +0.2个百分点/年',
    ]);
    expect(summary(scenario, 'en', { fitted: fit }).changes).toEqual([
      'Firms · gz: growth a year +5.2% → +8%; history window 5 years → 8 years; one-off shock none → 2021 -10%',
      'Intensity · gz: growth rule compound → linear; increment a year +0.15 pp a year → +0.2 pp a year',
    ]);
  });

  it('never guesses a fitted value it was not given, and names a bare id as every region', () => {
    // σ 12% set, nothing fitted: only the reader's value is said. A bare id applies in every region.
    const scenario: Scenario = { ...DEFAULT_SCENARIO, indicators: { firms: { volatility: 0.12 }, 'share@gz': {} } };
    expect(summary(scenario, 'zh').changes).toEqual(['企业数 · 所有地区：波动（σ） 设为 12%（原为拟合值）']);
    expect(summary(scenario, 'en').changes).toEqual(['Firms · all regions: volatility (σ) set to 12% (was the fitted value)']);
  });

  it('counts the reader’s layers', () => {
    // 2 values + 1 target + 1 custom indicator.
    const layer: UserLayer = {
      id: 'u1',
      label: 'yearbook.csv',
      created: '2026-12-01T10:00:00Z',
      indicators: [{ id: 'u_x', name: 'X', unit: 'count', measure_zh: null, definition: '', derive: null }],
      actuals: [
        { indicator_id: 'u_x', region: 'gz', year: 2019, value: 1, unit: 'count', source: 'me', line: 2 },
        { indicator_id: 'u_x', region: 'gz', year: 2020, value: 2, unit: 'count', source: 'me', line: 3 },
      ],
      targets: [{ indicator_id: 'u_x', region: 'gz', year: 2025, value: 5, unit: 'count', comparator: '>=', label: 'mine' }],
    };
    expect(summary(DEFAULT_SCENARIO, 'zh', { layers: [layer] }).layers).toEqual(['yearbook.csv：2 个数值、1 项目标、1 个自定义指标']);
    expect(summary(DEFAULT_SCENARIO, 'en', { layers: [layer] }).layers).toEqual(['yearbook.csv: values 2, targets 1, custom indicators 1']);
  });
});

describe('the fitted settings a change starts from', () => {
  const run = (scenario: Scenario) => {
    const request = engineRequest(dataset, scenario, []);
    return { result: assess({ ...request, scenario: { ...request.scenario, paths: 100 } }), scenario: request.scenario };
  };

  it('are kept from a result in which the series ran without the reader’s assumption', () => {
    const fitted = run({ ...DEFAULT_SCENARIO, asOf: 2018 });
    const firms = fitted.result.series.find((s) => s.key === 'firms@gz');
    expect(firms?.growth).toBeTypeOf('number');
    const kept = captureFitted(new Map(), fitted.result, fitted.scenario);
    expect(kept.get('firms@gz')).toMatchObject({ rule: 'compound', growth: firms?.growth, volatility: firms?.sigma, window: 5 });

    // The reader sets 50% a year: that run says nothing about the fit, and the kept one stays.
    const changed = run({ ...DEFAULT_SCENARIO, asOf: 2018, indicators: { 'firms@gz': { growth: 0.5 } } });
    expect(changed.result.series.find((s) => s.key === 'firms@gz')?.growth).toBe(0.5);
    const after = captureFitted(kept, changed.result, changed.scenario);
    expect(after.get('firms@gz')?.growth).toBe(firms?.growth);
    // A bare id applies too: nothing is kept for a series it covers.
    const bare = run({ ...DEFAULT_SCENARIO, asOf: 2018, indicators: { firms: { growth: 0.5 } } });
    expect(captureFitted(new Map(), bare.result, bare.scenario).has('firms@gz')).toBe(false);
  });

  it('give a bare id the kept setting of its one region, and nothing for what was never kept', () => {
    const fitted = run({ ...DEFAULT_SCENARIO, asOf: 2018 });
    const kept = captureFitted(new Map(), fitted.result, fitted.scenario);
    const picked = fittedFor(['firms', 'share@gz', 'nothing@gz'], kept, fitted.result.series);
    expect(picked.get('firms')).toBe(kept.get('firms@gz'));
    expect(picked.get('share@gz')).toBe(kept.get('share@gz'));
    expect(picked.has('nothing@gz')).toBe(false);
    // The same indicator in two regions: a bare id covers both, so neither fit is its "from".
    const two = [{ key: 'firms@gz', indicatorId: 'firms' }, { key: 'firms@sz', indicatorId: 'firms' }];
    expect(fittedFor(['firms'], kept, two).has('firms')).toBe(false);
  });
});
