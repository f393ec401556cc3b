import { describe, expect, it } from 'vitest';
import { toEngineInput } from '../../src/data/engine-input.ts';
import { pickByYear } from '../../src/model/index.ts';
import { USER_PLAN_ID } from '../../src/user/layer.ts';
import { layerSummary } from '../../src/user/layer-summary.ts';
import { derivedAssumptions, withLayers } from '../../src/user/merge-layers.ts';
import { sampleLayer, smallDataset } from './fixtures.ts';

describe('withLayers', () => {
  it('converts user rows to the seed shapes, marked with origin and layer', () => {
    const merged = withLayers(smallDataset(), [sampleLayer()]);
    expect(merged.indicators.at(-1)).toEqual({
      line: 0,
      id: 'u_rd_per_gdp_k',
      name_zh: '每千亿元GDP的研发',
      name_en: '每千亿元GDP的研发',
      unit: 'ratio',
      kind: 'user',
      lower_bound: null,
      upper_bound: null,
      definition: 'R&D spending per 1,000 yi yuan of GDP',
      definition_zh: 'R&D spending per 1,000 yi yuan of GDP',
      action_area: 'user',
      focal: 'no',
      measure_zh: null,
      // A user's indicator states no gap: its reasons are the reader's own.
      gap_zh: null,
      gap_en: null,
      origin: 'user',
      layer: 'u1',
    });
    expect(merged.actuals.slice(-2)).toEqual([
      {
        line: 2,
        indicator_id: 'gdp',
        region: 'guangzhou',
        year: 2020,
        value: 25019,
        unit: 'yi_yuan',
        quality: 'final',
        source_publisher: '用户导入',
        source_title: 'my-data.csv',
        source_url: '',
        source_quote: '统计年鉴 2021, 表 1-1',
        note: null,
        origin: 'user',
        layer: 'u1',
      },
      // No line in the layer: 0.
      expect.objectContaining({ line: 0, indicator_id: 'u_rd_per_gdp_k', value: 31.2, source_quote: '' }),
    ]);
    expect(merged.targets.at(-1)).toEqual({
      // The published target is on line 2, so the first user target is line 3.
      line: 3,
      plan_id: USER_PLAN_ID,
      source_file: '',
      indicator_id: 'gdp',
      region: 'guangzhou',
      year: 2025,
      value: 35000,
      unit: 'yi_yuan',
      comparator: '>=',
      kind: 'milestone',
      value_text: '35000',
      clause_zh: '我希望到2025年达到3.5万亿',
      note: null,
      tolerance: null,
      origin: 'user',
      layer: 'u1',
    });
  });
  it('adds the pseudo-plan only when a user target exists', () => {
    expect(withLayers(smallDataset(), [sampleLayer()]).plans.map((p) => p.id)).toEqual(['gz_plan', 'user']);
    // The row legends and tables show, written out rather than compared with the module's own constant.
    expect(withLayers(smallDataset(), [sampleLayer()]).plans[1]).toEqual({
      line: 0,
      id: 'user',
      title_zh: '我的目标',
      title_en: 'My targets',
      short_zh: '我的目标',
      short_en: 'My targets',
      issuer: '用户/user',
      issued: null,
      period: null,
      source_file: '',
      notes: null,
    });
    expect(withLayers(smallDataset(), [{ ...sampleLayer(), targets: [] }]).plans.map((p) => p.id)).toEqual(['gz_plan']);
  });
  it('keeps published rows first, as the same objects, and adds the user value beside them', () => {
    const published = smallDataset();
    const merged = withLayers(published, [sampleLayer()]);
    // 3 published actuals + 2 user actuals; the user's 2020 GDP is a second 2020 row.
    expect(merged.actuals).toHaveLength(5);
    published.actuals.forEach((row, i) => expect(merged.actuals[i]).toBe(row));
    expect(merged.actuals.filter((a) => a.indicator_id === 'gdp' && a.year === 2020).map((a) => a.value)).toEqual([24000, 25019]);
  });
  it('numbers user targets on from the last published line, so lines and engine ids stay unique', () => {
    const second = { ...sampleLayer(), id: 'u2', indicators: [], actuals: [] };
    const merged = withLayers(smallDataset(), [sampleLayer(), second]);
    // Published target on line 2; user targets 3 and 4.
    expect(merged.targets.map((t) => t.line)).toEqual([2, 3, 4]);
    expect(toEngineInput(merged).targets.map((t) => t.id)).toEqual(['gz_plan:2', 'user:3', 'user:4']);
  });
  it('leaves out rows that no longer fit the dataset, with a problem', () => {
    const layer = sampleLayer();
    layer.indicators.push({ ...layer.indicators[0]!, id: 'gdp' });
    layer.actuals.push({ ...layer.actuals[0]!, indicator_id: 'u_gone', line: 9 }, { ...layer.actuals[0]!, unit: 'percent', line: 10 });
    const merged = withLayers(smallDataset(), [layer]);
    expect(merged.actuals).toHaveLength(5);
    expect(merged.problems).toEqual([
      { file: 'my-data.csv', line: 0, column: 'id', code: 'duplicate-row', value: 'gdp' },
      { file: 'my-data.csv', line: 9, column: 'indicator_id', code: 'unknown-indicator', value: 'u_gone' },
      { file: 'my-data.csv', line: 10, column: 'unit', code: 'unit-mismatch', value: 'percent ≠ yi_yuan' },
    ]);
  });
  it('changes nothing when there are no layers', () => {
    expect(withLayers(smallDataset(), [])).toEqual(smallDataset());
  });
});

describe('pickByYear with user values', () => {
  it('scores a year by the published final value, not the user value listed after it', () => {
    const merged = withLayers(smallDataset(), [sampleLayer()]);
    const gdp = merged.actuals.filter((a) => a.indicator_id === 'gdp' && a.region === 'guangzhou');
    // 2019 and 2020 are published as final; the user's 2020 value (25019) comes after the published 24000.
    expect(pickByYear(gdp).map((a) => [a.year, a.value, a.origin ?? 'published'])).toEqual([
      [2019, 23000, 'published'],
      [2020, 24000, 'published'],
      [2021, 25000, 'published'],
    ]);
  });
});

describe('derivedAssumptions', () => {
  it('lists the formula of each derived custom indicator', () => {
    const plain = { ...sampleLayer().indicators[0]!, id: 'u_plain', derive: null };
    expect(derivedAssumptions([{ ...sampleLayer(), indicators: [...sampleLayer().indicators, plain] }])).toEqual({ u_rd_per_gdp_k: { derive: 'rd_gdp_ratio * 10' } });
  });
});

describe('layerSummary', () => {
  it('counts rows and spans the years of values and targets', () => {
    // Actuals 2020 and 2020, target 2025: 2020–2025.
    expect(layerSummary(sampleLayer())).toEqual({ indicators: 1, actuals: 2, targets: 1, firstYear: 2020, lastYear: 2025 });
  });
  it('has no years for an empty layer', () => {
    expect(layerSummary({ ...sampleLayer(), indicators: [], actuals: [], targets: [] })).toEqual({
      indicators: 0,
      actuals: 0,
      targets: 0,
      firstYear: null,
      lastYear: null,
    });
  });
});
