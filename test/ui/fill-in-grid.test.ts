import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActualRow, Dataset, IndicatorRow, TargetRow } from '../../src/data/types.ts';
import { gridLayer, missingCells, previewGrid, readPaste, type GridSource } from '../../src/notebook/fill-in-grid.ts';
import { parseLayers } from '../../src/user/parse-layers.ts';
import { withLayers } from '../../src/user/merge-layers.ts';

const indicator = (id: string, unit: IndicatorRow['unit'], name_zh: string, measure_zh: string | null = null) =>
  ({ id, unit, name_zh, name_en: id.replace(/_/g, ' '), measure_zh }) as IndicatorRow;
const target = (plan_id: string, indicator_id: string, year: number, value: number, kind: TargetRow['kind'] = 'annual') =>
  ({ plan_id, indicator_id, region: 'guangzhou', year, value, unit: 'percent', comparator: '>=', kind }) as TargetRow;
const actual = (indicator_id: string, year: number, value: number, origin?: 'user') =>
  ({ indicator_id, region: 'guangzhou', year, value, unit: 'percent', quality: 'final', ...(origin ? { origin } : {}) }) as ActualRow;

// A hand-made dataset: R&D share has targets for 2019, 2020 and 2021 in plan a and 2020 in plan b;
// 2019 is published. High-tech firms have one target in 2020 and a funding line that is never scored.
const dataset: Dataset = {
  plans: [],
  indicators: [indicator('rd_gdp_ratio', 'percent', '研发投入强度'), indicator('hightech_enterprises', 'count', '高新技术企业数', '家')],
  targets: [
    target('a', 'rd_gdp_ratio', 2019, 2.8),
    target('a', 'rd_gdp_ratio', 2020, 3),
    target('b', 'rd_gdp_ratio', 2020, 3.2),
    target('a', 'rd_gdp_ratio', 2021, 3.1),
    { ...target('a', 'hightech_enterprises', 2020, 12000), unit: 'count' },
    { ...target('a', 'hightech_enterprises', 2021, 5, 'funding'), unit: 'count' },
  ],
  // 2019 is published; 2021 has only a user's value, which does not count as published.
  actuals: [actual('rd_gdp_ratio', 2019, 2.87), actual('rd_gdp_ratio', 2021, 3.0, 'user')],
  problems: [],
};
const names = new Map([['rd_gdp_ratio', ['研发投入强度', 'rd gdp ratio']], ['hightech_enterprises', ['高新技术企业数']]]);
const source: GridSource = { publisher: '广州市统计局', title: '2021年广州统计年鉴', url: 'https://tjj.gz.gov.cn/x', quote: '研发经费投入强度3.12%' };

describe('missingCells', () => {
  it('lists one cell per indicator, region and year a scored target needs and nothing published covers', () => {
    const groups = missingCells(dataset, []);
    // R&D: 2019 is published, so 2020 (plans a and b share it) and 2021; firms: 2020 only (funding is not scored).
    expect(groups.map((g) => [g.indicator_id, g.unit, g.cells.map((c) => c.year)])).toEqual([
      ['rd_gdp_ratio', 'percent', [2020, 2021]],
      ['hightech_enterprises', 'count', [2020]],
    ]);
    expect(groups[0]?.cells[0]?.targets).toEqual([
      { plan_id: 'a', comparator: '>=', value: 3 },
      { plan_id: 'b', comparator: '>=', value: 3.2 },
    ]);
  });

  it('keeps to the plans the scenario scores', () => {
    const groups = missingCells(dataset, ['b']);
    expect(groups.map((g) => [g.indicator_id, g.cells.map((c) => c.year)])).toEqual([['rd_gdp_ratio', [2020]]]);
  });
});

describe('readPaste', () => {
  const groups = missingCells(dataset, []);
  const rd = groups[0]!;
  it('fills cells in order from a column of values', () => {
    const r = readPaste('3.1\n3.12\n9', rd, groups, names);
    expect([...r.filled]).toEqual([[rd.cells[0]!.key, '3.1'], [rd.cells[1]!.key, '3.12']]);
    // The third line has no cell left.
    expect(r.unmatched).toEqual([3]);
  });
  it('matches year + value, and indicator + year + value by id or name', () => {
    const r = readPaste('2021\t3.12\n\n高新技术企业数\t2020\t1.2万\n2018\t2', rd, groups, names);
    expect([...r.filled]).toEqual([[rd.cells[1]!.key, '3.12'], [groups[1]!.cells[0]!.key, '1.2万']]);
    expect(r.unmatched).toEqual([4]);
  });
});

describe('previewGrid', () => {
  const groups = missingCells(dataset, []);
  const [rd2020, rd2021] = groups[0]!.cells;
  const firms2020 = groups[1]!.cells[0]!;
  const sources = new Map([['rd_gdp_ratio', source], ['hightech_enterprises', { ...source, url: '', quote: '' }]]);

  it('decodes numbers as the importer does and keeps the source and quality on each value', () => {
    const p = previewGrid(
      [
        { cell: rd2020!, text: '3.1', quality: 'final' },
        { cell: rd2021!, text: '', quality: 'final' },
        { cell: firms2020, text: '1.2万', quality: 'rounded' },
      ],
      sources,
      dataset.indicators,
      [],
    );
    expect(p.problems).toEqual([]);
    expect(p.actuals).toEqual([
      { indicator_id: 'rd_gdp_ratio', region: 'guangzhou', year: 2020, value: 3.1, unit: 'percent', source: '广州市统计局 · 2021年广州统计年鉴', line: null, ...source, quality: 'final' },
      // 1.2万 家 = 12,000.
      { indicator_id: 'hightech_enterprises', region: 'guangzhou', year: 2020, value: 12000, unit: 'count', source: '广州市统计局 · 2021年广州统计年鉴', line: null, publisher: '广州市统计局', title: '2021年广州统计年鉴', quality: 'rounded' },
    ]);
  });

  it('refuses bad numbers by cell, a group without a source, and a value a published figure contradicts', () => {
    const p = previewGrid(
      [
        { cell: rd2020!, text: 'abc', quality: 'final' },
        { cell: rd2021!, text: '3.5', quality: 'final' },
        { cell: firms2020, text: '12000', quality: 'final' },
      ],
      new Map([['rd_gdp_ratio', source]]),
      dataset.indicators,
      // Published data can change after the grid was drawn: 2021 is now published as 3.12.
      [{ indicator_id: 'rd_gdp_ratio', region: 'guangzhou', year: 2021, value: 3.12, quality: 'final' }],
    );
    expect(p.actuals).toEqual([]);
    expect(p.problems.map((x) => [x.indicator_id, x.cell, x.problem.code])).toEqual([
      ['hightech_enterprises', null, 'no-source'],
      ['rd_gdp_ratio', rd2020!.key, 'not-a-number'],
      ['rd_gdp_ratio', rd2021!.key, 'published-value'],
    ]);
  });

  it('becomes a layer the layer reader reads back, with its sources, beside the published rows', () => {
    const p = previewGrid([{ cell: rd2020!, text: '3.1', quality: 'preliminary' }], sources, dataset.indicators, []);
    const layer = { ...gridLayer(p.actuals, '补充数据 2026-12-01 22:40', '2026-12-01T14:40:00.000Z'), id: 'u1' };
    const read = parseLayers([layer], { catalogue: dataset.indicators });
    expect(read.problems).toEqual([]);
    expect(read.layers).toEqual([layer]);
    const row = withLayers(dataset, read.layers).actuals.find((a) => a.layer === 'u1');
    expect(row).toMatchObject({ origin: 'user', quality: 'preliminary', source_publisher: '广州市统计局', source_title: '2021年广州统计年鉴', source_url: 'https://tjj.gz.gov.cn/x', source_quote: '研发经费投入强度3.12%' });
  });

  it('refuses a group whose source field starts like a formula, by field, so nothing is kept that the next load would drop', () => {
    // The layer reader refuses such fields (CSV injection); the importer only sees "publisher · document".
    const risky = new Map([['rd_gdp_ratio', { ...source, title: '=HYPERLINK("x")', quote: ' @SUM(A1)' }], ['hightech_enterprises', { ...source, url: '', quote: '' }]]);
    const p = previewGrid([{ cell: rd2020!, text: '3.1', quality: 'final' }, { cell: groups[1]!.cells[0]!, text: '12000', quality: 'final' }], risky, dataset.indicators, []);
    expect(p.problems).toEqual([
      { indicator_id: 'rd_gdp_ratio', cell: null, problem: { code: 'formula-source', field: 'title' } },
      { indicator_id: 'rd_gdp_ratio', cell: null, problem: { code: 'formula-source', field: 'quote' } },
    ]);
    // The other indicator's figure is still kept.
    expect(p.actuals.map((a) => [a.indicator_id, a.value])).toEqual([['hightech_enterprises', 12000]]);
  });

  it('gives a layer the reader reads back whole, whatever the source fields hold', () => {
    const text = fc.string({ maxLength: 12 }).map((t) => t.replace(/^x/, '='));
    fc.assert(
      fc.property(fc.record({ publisher: text, title: text, url: text, quote: text }), (s) => {
        const p = previewGrid([{ cell: rd2020!, text: '3.1', quality: 'final' }], new Map([['rd_gdp_ratio', s]]), dataset.indicators, []);
        const layer = { ...gridLayer(p.actuals, 'x', '2026-12-01T14:40:00.000Z'), id: 'u1' };
        const read = parseLayers([layer], { catalogue: dataset.indicators });
        expect(read.problems).toEqual([]);
        expect(read.layers[0]?.actuals).toEqual(layer.actuals);
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('refuses a stored value whose quality or source field is not what the reader keeps, and says where', () => {
    const bad = { id: 'u1', label: 'x', created: '2026-12-01T14:40:00.000Z', indicators: [], targets: [],
      actuals: [{ indicator_id: 'rd_gdp_ratio', region: 'guangzhou', year: 2020, value: 3.1, unit: 'percent', source: 's', line: null, quality: 'guess', url: 7 }] };
    const read = parseLayers([bad], { catalogue: dataset.indicators });
    expect(read.layers[0]?.actuals).toEqual([]);
    expect(read.problems.map((p) => [p.path, p.code])).toEqual(expect.arrayContaining([['layers[0].actuals[0].url', 'not-a-string'], ['layers[0].actuals[0].quality', 'not-in-list']]));
  });
});
