import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { assess, loadFormulaParser } from '../../src/model/index.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { dataWithLayers, engineRequest } from '../../src/user/apply-layers.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

await loadFormulaParser();
const published = loadDataset(readSeedTexts());
const formulaLayer = {
  id: 'l1',
  label: 'x',
  created: '2026-11-23T10:00:00Z',
  indicators: [{ id: 'u_ratio', name: 'r', unit: 'percent' as const, measure_zh: null, definition: '', derive: 'rd_expenditure / gdp * 100' }],
  actuals: [],
  targets: [{ indicator_id: 'u_ratio', region: 'guangzhou', year: 2025, value: 3.5, unit: 'percent' as const, comparator: '>=' as const, label: '我的' }],
};

describe('assess with only some series', () => {
  const dataset = dataWithLayers(published, [formulaLayer]);
  const input = engineRequest(dataset, { ...DEFAULT_SCENARIO, asOf: 2018, paths: 2000, indicators: { gdp: { growth: 0.07 } } }, [formulaLayer]);
  const full = assess(input);

  // A series with plan targets, a formula indicator with the reader's target, a series without targets.
  for (const [key, hasTargets] of [['tech_contract_value@guangzhou', true], ['u_ratio@guangzhou', true], ['gdp@guangzhou', false]] as const) {
    it(`gives ${key} the same digits as a full run, and nothing else`, () => {
      const part = assess({ ...input, only: [key] });
      const wanted = key === 'u_ratio@guangzhou' ? ['gdp@guangzhou', 'rd_expenditure@guangzhou', key] : [key];
      expect(part.series.map((s) => s.key).sort()).toEqual(wanted.sort());
      for (const s of part.series) expect(s).toEqual(full.series.find((f) => f.key === s.key));
      const fullTargets = full.targets.filter((t) => wanted.includes(`${t.indicator_id}@${t.region}`));
      expect(fullTargets.length > 0).toBe(hasTargets);
      expect(part.targets).toEqual(fullTargets);
    });
  }
});

describe('assess without only', () => {
  it('assesses every target, also one whose series has no history', () => {
    const input = engineRequest(published, DEFAULT_SCENARIO, []);
    const keys = new Set(input.series.map((s) => `${s.indicatorId}@${s.region}`));
    const orphan = input.targets.filter((t) => !keys.has(`${t.indicatorId}@${t.region}`));
    expect(orphan.length).toBeGreaterThan(0);
    expect(assess(input).targets).toHaveLength(input.targets.length);
  });
});

describe('assess with score', () => {
  // Hindcast from 2018 at 200 paths: tech-contract value has published values for 2019–2021 and 2023 (2022 is missing).
  const input = engineRequest(published, { ...DEFAULT_SCENARIO, asOf: 2018, paths: 200 }, []);
  const key = 'tech_contract_value@guangzhou';
  const seriesOf = (r: ReturnType<typeof assess>) => r.series.find((s) => s.key === key);

  it('scores the later published years only when asked, and changes nothing else', () => {
    const plain = assess({ ...input, only: [key] });
    const scored = assess({ ...input, only: [key], score: true });
    expect(seriesOf(plain)?.scores).toEqual([]);
    expect(seriesOf(scored)?.scores.map((s) => s.year)).toEqual([2019, 2020, 2021, 2023]);
    expect({ ...seriesOf(scored), scores: [] }).toEqual(seriesOf(plain));
    expect(scored.targets).toEqual(plain.targets);
  });
});
