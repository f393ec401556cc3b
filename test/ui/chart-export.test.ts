import { describe, expect, it } from 'vitest';
import { planColors } from '../../src/charts/plan-colors.ts';
import { buildNotebook } from '../../src/notebook/notebook.ts';
import { chartInput, EXPORT_WIDTH, type ChartContext } from '../../src/share/chart-export.ts';
import { chartSvgFile } from '../../src/share/chart-svg.ts';
import { chartCsv } from '../../src/share/chart-csv.ts';
import { scoreboardCsv } from '../../src/share/scoreboard-csv.ts';
import { writeCsv } from '../../src/share/csv-write.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import type { SeriesProjection } from '../../src/model/index.ts';
import { fixtureDataset } from './fixture.ts';

const dataset = fixtureDataset();
const notebook = buildNotebook(dataset);
const firms = notebook.charted.find((v) => v.key === 'firms@gz')!;
const projection: SeriesProjection = {
  ...({} as SeriesProjection),
  key: 'firms@gz', indicatorId: 'firms', region: 'gz', startYear: 2020, startValue: 12000, startQuality: 'rounded',
  years: [2021], quantiles: Float64Array.of(11000, 12000, 13000, 14000, 15000), rule: 'compound',
};
const context: ChartContext = {
  view: firms, plans: dataset.plans, colors: planColors(dataset.plans.map((p) => p.id)), locale: 'zh',
  projection, assessments: [], scenario: { ...DEFAULT_SCENARIO, seed: 7 },
};

/** The chart CSV's columns as promised, in order. */
const CHART_COLUMNS = [
  'row_kind', 'indicator_id', 'region', 'year', 'value', 'unit', 'quality', 'source_publisher', 'source_title', 'source_url', 'source_quote',
  'plan_id', 'plan', 'comparator', 'clause_zh', 'probability', 'status', 'p05', 'p25', 'p50', 'p75', 'p95',
];
/** The scoreboard CSV's columns as promised, in order. */
const SCOREBOARD_COLUMNS = [
  'plan_id', 'plan_zh', 'plan_en', 'indicator_id', 'indicator_zh', 'indicator_en', 'region', 'year', 'comparator', 'target', 'unit',
  'actual', 'actual_quality', 'verdict', 'reason', 'margin', 'relative_margin', 'source_publisher', 'source_title', 'source_url', 'source_quote', 'clause_zh',
];

/** Parse CSV text written by the app: strip the BOM, split with the loader's own parser. */
function readBack(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const { records, problems } = parseCsv(text.slice(1));
  expect(problems).toEqual([]);
  const [header, ...rows] = records.map((r) => r.fields);
  return { header, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]]))) };
}

describe('chart SVG file', () => {
  const text = chartSvgFile(context, 'https://example.org/#s=1.abc', document);
  const svg = new DOMParser().parseFromString(text, 'image/svg+xml');

  it('is well-formed XML with a title, a description and the export width', () => {
    expect(svg.querySelector('parsererror')).toBeNull();
    const root = svg.documentElement;
    expect(root.getAttribute('width')).toBe(String(EXPORT_WIDTH));
    expect(root.querySelector('title')?.textContent).toBe('企业数 · gz');
    // The fixture's latest decided target: 2019, 超过11,200家 against plan A's 11,000.
    expect(root.querySelector('desc')?.textContent).toBe('gz企业数：甲要求2019年达到11,000家，实际超过11,200家，已达成。');
  });

  it('carries its sources, the model line and the scenario link inside', () => {
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    // Only drawn values' publishers: 2019's tightest bound (11,200) is the 局's, not the 报社's.
    expect(texts).toContain('数据：局');
    expect(texts).toContain('目标：甲、乙');
    expect(texts).toContain('模型区间：Targetline情景，10,000条路径，种子7，截至最新数据');
    expect(svg.querySelector('a')?.getAttribute('href')).toBe('https://example.org/#s=1.abc');
  });

  it('references nothing outside itself and has no pointer tips', () => {
    expect(text).not.toMatch(/(href|src)="(?!https:\/\/example\.org)/);
    expect(text).not.toContain('<script');
    expect(svg.querySelectorAll('[aria-label="tip"]').length).toBe(0);
  });
});

describe('chart SVG file in log scale', () => {
  it('passes the reader’s scale through: a chart seen in log scale is exported in log scale', () => {
    // Without a scale the input has no scale field at all, so the page's linear charts are unchanged.
    expect(chartInput(context, EXPORT_WIDTH, false, '')).not.toHaveProperty('scale');
    expect(chartInput({ ...context, scale: 'log' }, EXPORT_WIDTH, false, '')).toMatchObject({ scale: 'log' });
    const texts = (file: string) => [...new DOMParser().parseFromString(file, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? '');
    const log = texts(chartSvgFile({ ...context, scale: 'log' }, 'https://example.org/#s=1.abc', document));
    // Plot writes the axis title after an arrow: “↑ 企业数（家，对数刻度）”.
    expect(log).toContain('↑ 企业数（家，对数刻度）');
    // No zero tick on a log axis; the linear file has one.
    expect(log).not.toContain('0');
    const linear = texts(chartSvgFile(context, 'https://example.org/#s=1.abc', document));
    expect(linear).toContain('↑ 企业数（家）');
    expect(linear).toContain('0');
  });
});

describe('CSV downloads', () => {
  it('writes the numbers behind a chart: every actual with its source, targets with clauses, quantiles', () => {
    const { header, rows } = readBack(chartCsv({ view: firms, plans: dataset.plans, projection, assessments: [] }));
    // The columns are a promise to scripts that read the file (extend, never rename): written out
    // here, not read from the module that writes them.
    expect(header?.slice(0, CHART_COLUMNS.length)).toEqual(CHART_COLUMNS);
    // 7 published values (two for 2019), 3 targets, 1 projected year.
    expect(rows.filter((r) => r.row_kind === 'actual')).toHaveLength(7);
    expect(rows.filter((r) => r.row_kind === 'target').map((r) => r.clause_zh)).toEqual(['企业1.1万家', '企业1.14万家', '企业1.3万家']);
    expect(rows.find((r) => r.row_kind === 'projection')).toMatchObject({ year: '2021', p05: '11000', p50: '13000', p95: '15000' });
    expect(rows.find((r) => r.row_kind === 'actual' && r.year === '2019')).toMatchObject({ quality: 'lower_bound', source_quote: '超过11200家' });
  });

  it('writes the scoreboard with each target’s verdict and source', () => {
    const indicators = new Map(dataset.indicators.map((d) => [d.id, d]));
    const { header, rows } = readBack(scoreboardCsv(notebook.scores, dataset.plans, indicators));
    expect(header?.slice(0, SCOREBOARD_COLUMNS.length)).toEqual(SCOREBOARD_COLUMNS);
    // The fixture's three scored targets: A and B's firms in 2019, A's share in 2020.
    expect(rows.map((r) => [r.plan_id, r.indicator_id, r.year, r.verdict])).toEqual([
      ['a', 'firms', '2019', 'met'],
      ['b', 'firms', '2019', 'undetermined'],
      ['a', 'share', '2020', 'met'],
    ]);
    const share = rows.find((r) => r.indicator_id === 'share')!;
    expect(share).toMatchObject({ target: '3', actual: '3.1', verdict: 'met', source_url: 'https://example.org/6', clause_zh: '强度3%' });
  });

  it('quotes what needs quoting and defuses cells a spreadsheet would run as formulas', () => {
    const text = writeCsv(['a', 'b', 'c'], [{ a: '=HYPERLINK("x")', b: 'say "hi", then\nleave', c: -0.5 }]);
    expect(text).toBe('\uFEFFa,b,c\r\n"\'=HYPERLINK(""x"")","say ""hi"", then\nleave",-0.5\r\n');
  });

  it('defuses a formula behind invisible characters or in full width, and leaves ordinary text alone', () => {
    const text = writeCsv(['a', 'b', 'c', 'd'], [{ a: '\u200b=1+2', b: '＝SUM(A1)', c: '\ufeff@cmd', d: '广州 -2%' }]);
    expect(text).toBe("\uFEFFa,b,c,d\r\n'\u200b=1+2,'＝SUM(A1),'\ufeff@cmd,广州 -2%\r\n");
  });
});
