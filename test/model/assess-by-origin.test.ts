import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { planBaseYear, planBaseYears } from '../../src/data/plan-base-year.ts';
import { assess, seriesKey } from '../../src/model/index.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { engineRequest } from '../../src/user/apply-layers.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

const dataset = loadDataset(readSeedTexts());

describe('planBaseYear', () => {
  it('is the year before the plan was issued, else before its period starts, else unknown', () => {
    expect(planBaseYear({ issued: '2018-09-14', period: '2018-2020' })).toEqual({ year: 2017, from: 'issued' });
    expect(planBaseYear({ issued: null, period: '2019-2021' })).toEqual({ year: 2018, from: 'period' });
    expect(planBaseYear({ issued: '', period: '2019–2021' })).toEqual({ year: 2018, from: 'period' });
    expect(planBaseYear({ issued: null, period: null })).toBeNull();
    expect(planBaseYear({ issued: 'soon', period: 'soon' })).toBeNull();
  });

  it('reads the year from an issued date given as a year or a year and month, as plan tables may give it', () => {
    expect(planBaseYear({ issued: '2018', period: 'soon' })).toEqual({ year: 2017, from: 'issued' });
    expect(planBaseYear({ issued: '2024-05', period: null })).toEqual({ year: 2023, from: 'issued' });
    expect(planBaseYear({ issued: '2024-5', period: '2021-2025' })).toEqual({ year: 2020, from: 'period' });
  });

  it('gives the seeded plans the years their texts support', () => {
    expect(planBaseYears(dataset.plans)).toEqual({ gz_strong_city_2019: 2018, gz_innovation_centre_2018: 2017, prd_integration_2014: 2013, gd_tech_transfer: 2015 });
  });
});

describe('assess with each plan from its own as-of year', () => {
  const paths = 300;
  const byPlan = engineRequest(dataset, { ...DEFAULT_SCENARIO, asOf: 'plans', paths }, []);
  const planAsOf = byPlan.planAsOf ?? {};
  const merged = assess(byPlan);
  const from = (asOf: number | null) => assess({ ...byPlan, planAsOf: undefined, scenario: { ...byPlan.scenario, asOf } });

  it('assesses every target as a run from its plan’s year alone does, in the input’s order', () => {
    expect(merged.targets.map((t) => t.id)).toEqual(byPlan.targets.map((t) => t.id));
    const runs = new Map<number | null, ReturnType<typeof assess>>();
    for (const t of merged.targets) {
      const year = planAsOf[t.plan_id] ?? null;
      if (!runs.has(year)) runs.set(year, from(year));
      expect(t).toEqual(runs.get(year)?.targets.find((x) => x.id === t.id));
    }
    // Three plans with scored targets, three years: 2013, 2017 and 2018.
    expect([...runs.keys()].sort()).toEqual([2013, 2017, 2018]);
  });

  it('assesses a plan it has no year for from the scenario’s as-of year', () => {
    const without = { ...planAsOf };
    delete without.prd_integration_2014;
    const result = assess({ ...byPlan, planAsOf: without, scenario: { ...byPlan.scenario, asOf: 2016 } });
    const prd = result.targets.filter((t) => t.plan_id === 'prd_integration_2014');
    expect(prd.length).toBe(4);
    const alone = from(2016);
    for (const t of prd) expect(t).toEqual(alone.targets.find((x) => x.id === t.id));
  });

  it('draws each fan from the year most of its targets are assessed from, and says which', () => {
    // Tech-contract value: count its targets per plan to know which year should own the fan.
    const key = 'tech_contract_value@guangzhou';
    const counts = new Map<number | null, number>();
    for (const t of byPlan.targets) if (seriesKey(t.indicatorId, t.region) === key) counts.set(planAsOf[t.planId] ?? null, (counts.get(planAsOf[t.planId] ?? null) ?? 0) + 1);
    const owner = [...counts].sort((a, b) => b[1] - a[1] || (b[0] ?? Infinity) - (a[0] ?? Infinity))[0]?.[0] ?? null;
    expect(typeof owner).toBe('number');
    const fan = merged.series.find((s) => s.key === key);
    expect(fan?.asOf).toBe(owner);
    expect(fan).toEqual({ ...from(owner).series.find((s) => s.key === key), asOf: owner });
    // A series with no target is projected from today's data.
    const gdp = merged.series.find((s) => s.key === 'gdp@guangzhou');
    expect(gdp?.asOf).toBeNull();
    expect(gdp).toEqual({ ...from(null).series.find((s) => s.key === 'gdp@guangzhou'), asOf: null });
    expect(merged.series.map((s) => s.key)).toEqual(byPlan.series.map((s) => seriesKey(s.indicatorId, s.region)));
  });

  it('gives one series asked for alone the same digits as the whole run', () => {
    const key = 'rd_gdp_ratio@guangzhou';
    const part = assess({ ...byPlan, only: [key] });
    expect(part.series).toEqual(merged.series.filter((s) => s.key === key));
    expect(part.targets).toEqual(merged.targets.filter((t) => `${t.indicator_id}@${t.region}` === key));
    expect(part.targets.length).toBeGreaterThan(1);
  });
});
