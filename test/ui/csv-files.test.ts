import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import type { SeriesProjection } from '../../src/model/index.ts';
import { buildNotebook } from '../../src/notebook/notebook.ts';
import { DEFAULT_SCENARIO, PLANS_AS_OF } from '../../src/scenario/scenario.ts';
import { chartCsv } from '../../src/share/chart-csv.ts';
import { chartFileName } from '../../src/share/chart-export.ts';
import { exactDifference, publishedCell, significant } from '../../src/share/csv-numbers.ts';
import { scenarioComments } from '../../src/share/csv-scenario.ts';
import { writeCsv } from '../../src/share/csv-write.ts';
import { scoreboardCsv } from '../../src/share/scoreboard-csv.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';
import type { UserLayer } from '../../src/user/layer.ts';
import { withLayers } from '../../src/user/merge-layers.ts';

const dataset = loadDataset(readSeedTexts());
const notebook = buildNotebook(dataset);
const rd = notebook.charted.find((v) => v.key === 'rd_gdp_ratio@guangzhou')!;

/** The rows of a file the app wrote, by column, after its `#` lines. */
function rowsOf(text: string): { comments: string[]; rows: Record<string, string>[] } {
  const lines = text.slice(1).split('\r\n');
  const comments = lines.filter((l) => l.startsWith('# '));
  const { records } = parseCsv(lines.slice(comments.length).join('\r\n'));
  const [header, ...rows] = records.map((r) => r.fields);
  return { comments, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) };
}

describe('numbers in files', () => {
  it('rounds model outputs to four significant digits', () => {
    // 9145.6076518773 has four digits before the point: 9145.6… → 9146.
    expect(significant(9145.6076518773)).toBe(9146);
    expect(significant(-0.40000000000000036)).toBe(-0.4);
    expect(significant(0.123456)).toBe(0.1235);
    expect(significant(123456)).toBe(123500);
    expect(significant(-0)).toBe(0);
    expect([significant(null), significant(Number.NaN), significant(Number.POSITIVE_INFINITY)]).toEqual([null, null, null]);
  });

  it('subtracts published decimals exactly', () => {
    // In binary floating point 13.6 − 14 is −0.40000000000000036; in decimals it is −0.4.
    expect(13.6 - 14).toBe(-0.40000000000000036);
    expect(exactDifference('13.6', '14')).toBe('-0.4');
    expect(exactDifference('3.10', '3.0')).toBe('0.1');
    expect(exactDifference('1273.36', '850')).toBe('423.36');
    expect(exactDifference('0.5', '0.5')).toBe('0');
    expect(exactDifference('-2', '0.25')).toBe('-2.25');
    expect(exactDifference('1e3', '1')).toBeNull();
  });

  it('writes a published value with the digits of its file', () => {
    expect(publishedCell({ value: 3.1, value_exact: '3.10' })).toEqual({ decimal: '3.10' });
    // A user's value has no file digits: the number itself, written as its shortest decimal.
    expect(publishedCell({ value: 3.1 })).toBe(3.1);
    expect(writeCsv(['v'], [{ v: { decimal: '3.10' } }, { v: { decimal: '=1+1' } }])).toBe('\uFEFFv\r\n3.10\r\n\r\n');
  });

  it('gives the scoreboard its published digits and exact margins (seed data)', () => {
    const indicators = new Map(dataset.indicators.map((d) => [d.id, d]));
    const { rows } = rowsOf(scoreboardCsv(notebook.scores, dataset.plans, indicators));
    const row = (id: string, year: string) => rows.find((r) => r.indicator_id === id && r.year === year)!;
    // Basic research share 2021: 13.6 published against a target of 14; margin −0.4; relative −0.4/14 = −0.02857…
    expect(row('basic_research_share', '2021')).toMatchObject({ actual: '13.6', target: '14', margin: '-0.4', relative_margin: '-0.02857' });
    // R&D intensity 2020: the yearbook's 3.10 against the 2018–2020 plan's 3.0.
    expect(row('rd_gdp_ratio', '2020')).toMatchObject({ actual: '3.10', target: '3.0', margin: '0.1', relative_margin: '0.03333' });
    expect(row('tech_contract_value', '2019')).toMatchObject({ actual: '1273.36', margin: '423.36' });
  });

  it('rounds a chart’s quantiles and probabilities and keeps its published values as written', () => {
    const projection = {
      ...({} as SeriesProjection),
      key: rd.key, indicatorId: 'rd_gdp_ratio', region: 'guangzhou', startYear: 2022, startValue: 3.43, startQuality: 'final',
      years: [2023], quantiles: Float64Array.of(3.2812345, 3.3987654, 3.4567891, 3.5111111, 3.6499999), rule: 'compound',
    } as SeriesProjection;
    const { rows } = rowsOf(chartCsv({ view: rd, plans: dataset.plans, projection, assessments: [] }));
    expect(rows.find((r) => r.row_kind === 'projection')).toMatchObject({ year: '2023', p05: '3.281', p25: '3.399', p50: '3.457', p75: '3.511', p95: '3.65' });
    expect(rows.find((r) => r.row_kind === 'actual' && r.year === '2010')?.value).toBe('1.79');
    expect(rows.find((r) => r.row_kind === 'actual' && r.year === '2015')?.value).toBe('2.10');
  });
});

describe('the reader’s own figures in files', () => {
  // A user layer with a figure the fill-in grid typed (a publisher of the user's) and a target of the user's.
  const layer: UserLayer = {
    id: 'l1', label: '补充数据', created: '2026-12-02T01:00:00.000Z', indicators: [],
    actuals: [{ indicator_id: 'rd_gdp_ratio', region: 'guangzhou', year: 2027, value: 4.1, unit: 'percent', source: '广州市统计局', line: null, publisher: '广州市统计局' }],
    targets: [{ indicator_id: 'rd_gdp_ratio', region: 'guangzhou', year: 2027, comparator: '>=', value: 4, unit: 'percent', label: '我的目标' }],
  };
  const mine = withLayers(dataset, [layer]);
  const view = buildNotebook(mine).charted.find((v) => v.key === 'rd_gdp_ratio@guangzhou')!;

  it('marks every chart row by origin, so a typed publisher never passes for a published figure', () => {
    const { rows } = rowsOf(chartCsv({ view, plans: mine.plans, projection: null, assessments: [] }));
    const user = rows.filter((r) => r.origin === 'user');
    expect(user.map((r) => [r.row_kind, r.year, r.source_publisher || r.plan_id])).toEqual([['actual', '2027', '广州市统计局'], ['target', '2027', 'user']]);
    expect(rows.filter((r) => r.origin === 'published').length).toBe(rows.length - 2);
  });

  it('says in the scoreboard whether the scoring value was published', () => {
    const indicators = new Map(mine.indicators.map((d) => [d.id, d]));
    const { rows } = rowsOf(scoreboardCsv(buildNotebook(mine).scores, mine.plans, indicators));
    // The user's 4.1 for 2027 scores the user's own target; every seeded target is scored by a published value.
    expect(rows.filter((r) => r.actual_origin === 'user').map((r) => [r.plan_id, r.year, r.actual])).toEqual([['user', '2027', '4.1']]);
    expect(rows.filter((r) => r.actual_origin === 'published').length).toBe(rows.length - 1);
  });
});

describe('scenario block and file names', () => {
  const scenario = { ...DEFAULT_SCENARIO, asOf: 2018, seed: 7, paths: 5000, plans: ['gz_strong_city_2019'], indicators: { 'gdp@guangzhou': { growth: 0.05, rule: 'compound' as const }, hightech_enterprises: { volatility: 0.1 } } };

  it('names the as-of year, horizon, paths, seed, plans, every changed assumption, data version and link', () => {
    expect(scenarioComments('chart gdp@guangzhou', { scenario, link: 'https://example.org/#s=1.abc', dataVersion: '0a1b2c3d' })).toEqual([
      'targetline: chart gdp@guangzhou',
      'as_of: 2018',
      'horizon: 2025',
      'paths: 5000',
      'seed: 7',
      'plans: gz_strong_city_2019',
      'assumption gdp@guangzhou: growth=0.05; rule=compound',
      'assumption hightech_enterprises: volatility=0.1',
      'data_version: 0a1b2c3d',
      'link: https://example.org/#s=1.abc',
    ]);
    expect(scenarioComments('scoreboard', { scenario: { plans: [] } })).toEqual(['targetline: scoreboard', 'plans: all']);
    expect(scenarioComments('chart x@y', { scenario: { ...DEFAULT_SCENARIO, asOf: PLANS_AS_OF } })).toContain('assumptions: none (fitted defaults)');
  });

  it('puts the block before the header and leaves the header and rows byte for byte as without it', () => {
    const plain = chartCsv({ view: rd, plans: dataset.plans, projection: null, assessments: [] });
    const headed = chartCsv({ view: rd, plans: dataset.plans, projection: null, assessments: [], header: { scenario, link: 'https://example.org/#s=1."x"', dataVersion: 'v' } });
    const lines = headed.slice(1).split('\r\n');
    expect(lines[0]).toBe('# targetline: chart rd_gdp_ratio@guangzhou');
    // A quote in a comment would open a quoted field in a spreadsheet: written as '.
    expect(lines).toContain("# link: https://example.org/#s=1.'x'");
    const comments = lines.filter((l) => l.startsWith('# ')).length;
    expect(comments).toBe(10);
    expect(`\uFEFF${lines.slice(comments).join('\r\n')}`).toBe(plain);
  });

  it('names files by series, as-of year and seed', () => {
    expect(chartFileName(rd, 'csv', { asOf: 2018, seed: 1 })).toBe('targetline-rd_gdp_ratio-guangzhou-asof2018-seed1.csv');
    expect(chartFileName(rd, 'csv', { asOf: null, seed: 42 })).toBe('targetline-rd_gdp_ratio-guangzhou-asoflatest-seed42.csv');
    expect(chartFileName(rd, 'csv', { asOf: PLANS_AS_OF, seed: 1 })).toBe('targetline-rd_gdp_ratio-guangzhou-asofplans-seed1.csv');
    // Without a scenario, the name the SVG and PNG downloads have always had.
    expect(chartFileName(rd, 'svg')).toBe('targetline-rd_gdp_ratio-guangzhou.svg');
  });
});
