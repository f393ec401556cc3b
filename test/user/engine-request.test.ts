import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { DEFAULT_SCENARIO, parseScenario } from '../../src/scenario/scenario.ts';
import { engineRequest } from '../../src/user/apply-layers.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

const dataset = loadDataset(readSeedTexts());
const STRONG_CITY = 'gz_strong_city_2019';
const CENTRE = 'gz_innovation_centre_2018';

describe('engineRequest, the one input of the page, the embed and the CLI', () => {
  // Counted in seeds/targets.csv by kind: 强市计划 39 annual + 27 end = 66; 创新中心计划 29 + 30 = 59;
  // 珠三角规划 4 milestones; policy parameters and funding pledges are not scored.
  it('scores the targets of every plan a scenario names, in any order, and of all plans when it names none', () => {
    const count = (plans: string[]) => engineRequest(dataset, { ...DEFAULT_SCENARIO, plans }, []).targets.length;
    expect(count([STRONG_CITY])).toBe(66);
    expect(count([STRONG_CITY, CENTRE])).toBe(125);
    expect(count([CENTRE, STRONG_CITY])).toBe(125);
    expect(count([])).toBe(129);
    expect(new Set(engineRequest(dataset, { ...DEFAULT_SCENARIO, plans: [STRONG_CITY, CENTRE] }, []).targets.map((t) => t.planId))).toEqual(new Set([STRONG_CITY, CENTRE]));
  });

  it('carries the scenario and the layers’ formulas into the engine scenario, the reader’s own assumption winning', () => {
    const layer = { id: 'l1', label: 'x', created: '2026-11-23T10:00:00Z', indicators: [{ id: 'u_ratio', name: 'r', unit: 'percent' as const, measure_zh: null, definition: '', derive: 'rd_expenditure / gdp * 100' }], actuals: [], targets: [] };
    const scenario = { ...DEFAULT_SCENARIO, asOf: 2018, seed: 9, indicators: { gdp: { growth: 0.05 } } };
    const request = engineRequest(dataset, scenario, [layer]);
    expect(request.scenario).toEqual({ asOf: 2018, horizon: 2025, seed: 9, paths: 10_000, assumptions: { u_ratio: { derive: 'rd_expenditure / gdp * 100' }, gdp: { growth: 0.05 } } });
  });

  it('asks for each plan from its own base year with "asOf": "plans", and reads that value from a file or link, no other string', () => {
    const request = engineRequest(dataset, { ...DEFAULT_SCENARIO, asOf: 'plans' }, []);
    expect(request.planAsOf).toEqual({ gz_strong_city_2019: 2018, gz_innovation_centre_2018: 2017, prd_integration_2014: 2013, gd_tech_transfer: 2015 });
    // The engine's own as-of year is today's data, for the plans without a base year and the series without targets.
    expect(request.scenario.asOf).toBeNull();
    expect(engineRequest(dataset, { ...DEFAULT_SCENARIO, asOf: 2018 }, []).planAsOf).toBeUndefined();
    expect(parseScenario({ asOf: 'plans' })).toEqual({ scenario: { ...DEFAULT_SCENARIO, asOf: 'plans' } });
    expect(parseScenario({ asOf: 'plan' })).toEqual({ problems: [{ field: 'asOf', code: 'not-a-number', value: 'plan' }] });
  });
});
