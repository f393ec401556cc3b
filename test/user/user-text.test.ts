// These tests compile formulas: mathjs's parser (loaded on demand, ~2 s in Node) must be ready first.
import '../setup/formula-parser.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../src/import/index.ts';
import { looksLikeFormula } from '../../src/text/user-text.ts';
import type { UserLayer } from '../../src/user/layer.ts';
import { createProblemLog } from '../../src/user/layer-problem.ts';
import { parseLayers } from '../../src/user/parse-layers.ts';
import { readFields } from '../../src/user/read-fields.ts';
import { CATALOGUE as IMPORT_CATALOGUE } from '../import/catalogue.ts';
import { CATALOGUE, sampleLayer } from './fixtures.ts';

// The layer reader normalises users' text once, checks the normalised text and keeps it, so a
// workspace from a file, a link or the browser's store holds what the importer would have kept.

const parse = (value: unknown) => parseLayers(value, { catalogue: CATALOGUE });
const layerWith = (patch: Partial<Record<keyof UserLayer, unknown>>) => ({ ...sampleLayer(), ...patch });
const indicatorWith = (patch: Record<string, unknown>) => ({ ...sampleLayer().indicators[0], ...patch });
const actualWith = (patch: Record<string, unknown>) => ({ ...sampleLayer().actuals[0], ...patch });
const targetWith = (patch: Record<string, unknown>) => ({ ...sampleLayer().targets[0], ...patch });

describe('the layer reader refuses formula-like text, after normalisation', () => {
  it.each([
    ['a name behind a zero-width space', '\u200b=HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")'],
    ['a name behind a word joiner', '\u2060+1', '+1'],
    ['a full-width ＝ name', '＝1+2', '=1+2'],
    ['a name behind a combining mark', '\u0301-1', '-1'],
    ['a name behind a Hangul filler and a soft hyphen', '\u3164\u00ad@SUM(A1)', '@SUM(A1)'],
  ])('%s: the indicator is left out, and the rows that name it', (_what, name, shown) => {
    const { layers, problems } = parse([layerWith({ indicators: [indicatorWith({ name })] })]);
    expect(layers[0]?.indicators).toEqual([]);
    expect(layers[0]?.actuals).toEqual([sampleLayer().actuals[0]]);
    expect(problems).toEqual([
      { path: 'layers[0].indicators[0].name', code: 'formula-cell', value: shown },
      { path: 'layers[0].actuals[1].indicator_id', code: 'unknown-indicator', value: 'u_rd_per_gdp_k' },
    ]);
  });

  it.each([
    ['behind a zero-width joiner', '\u200d=1+2', '=1+2'],
    ['behind a no-break space', '\u00a0=1+2', '=1+2'],
    ['behind a right-to-left override', '\u202e@x', '@x'],
    ['in full width', '＋1', '+1'],
    ['behind a byte-order mark', '\ufeff-1', '-1'],
  ])('a region %s', (_what, region, shown) => {
    const { layers, problems } = parse([layerWith({ actuals: [actualWith({ region })], targets: [targetWith({ region })] })]);
    expect(layers[0]?.actuals).toEqual([]);
    expect(layers[0]?.targets).toEqual([]);
    expect(problems).toEqual([
      { path: 'layers[0].actuals[0].region', code: 'formula-cell', value: shown },
      { path: 'layers[0].targets[0].region', code: 'formula-cell', value: shown },
    ]);
  });

  it('a source or a target label, behind anything normalisation removes', () => {
    const actuals = [actualWith({ source: '\u00ad=1+2' }), actualWith({ source: '\t\u2066+A1' }), actualWith({ source: '统计局 =1' })];
    const targets = [targetWith({ label: '\u2060-1' }), targetWith({ label: '＠x' }), targetWith({ label: '增长 -5%' })];
    const { layers, problems } = parse([layerWith({ actuals, targets })]);
    // Only a formula character at the start counts: inside a text it is prose.
    expect(layers[0]?.actuals).toEqual([actualWith({ source: '统计局 =1' })]);
    expect(layers[0]?.targets).toEqual([targetWith({ label: '增长 -5%' })]);
    expect(problems).toEqual([
      { path: 'layers[0].actuals[0].source', code: 'formula-cell', value: '=1+2' },
      { path: 'layers[0].actuals[1].source', code: 'formula-cell', value: '+A1' },
      { path: 'layers[0].targets[0].label', code: 'formula-cell', value: '-1' },
      // Labels are prose: full-width forms stay, and the rule folds them itself.
      { path: 'layers[0].targets[1].label', code: 'formula-cell', value: '＠x' },
    ]);
  });

  it("keeps a layer whose own label (the file name) starts like a formula, normalised: refusing it would drop every row", () => {
    const { layers, problems } = parse([layerWith({ label: '\u200b=data.csv' })]);
    expect(problems).toEqual([]);
    expect(layers[0]?.label).toBe('=data.csv');
  });

  it('leaves derive formulas to compileFormula: a formula may start with a sign', () => {
    const { layers, problems } = parse([layerWith({ indicators: [indicatorWith({ derive: '\u200b-rd_gdp_ratio * 10' })] })]);
    expect(problems).toEqual([]);
    expect(layers[0]?.indicators[0]?.derive).toBe('-rd_gdp_ratio * 10');
  });
});

describe('the layer reader stores normalised text', () => {
  it('names, regions and measure words through normaliseName; labels, sources and definitions through normaliseLine', () => {
    const indicators = [indicatorWith({ name: 'Ｒ＆Ｄ\u200b（亿元）\u3000', measure_zh: '\u2060家', definition: '每千亿元\u00adGDP\r\n的研发' })];
    const actuals = [
      actualWith({ region: ' guangzhou', source: '统计年鉴\u202e 2021，表１' }),
      actualWith({ region: '\u3000深圳市\u200b', year: 2021 }),
      actualWith({ region: 'ｓｈｅｎｚｈｅｎ', year: 2022 }),
    ];
    const targets = [targetWith({ label: '\ufeff我希望\u0007到2025年' })];
    const { layers, problems } = parse([layerWith({ label: '\u2066粘贴 2026-11-23\u2069', indicators, actuals, targets })]);
    expect(problems).toEqual([]);
    const [layer] = layers;
    expect(layer?.label).toBe('粘贴 2026-11-23');
    expect(layer?.indicators[0]).toMatchObject({ name: 'R&D(亿元)', measure_zh: '家', definition: '每千亿元GDP  的研发' });
    expect(layer?.actuals.map((a) => [a.region, a.source])).toEqual([
      ['guangzhou', '统计年鉴 2021，表１'],
      ['深圳市', '统计年鉴 2021, 表 1-1'],
      ['shenzhen', '统计年鉴 2021, 表 1-1'],
    ]);
    expect(layer?.targets[0]?.label).toBe('我希望 到2025年');
  });

  it('checks lengths and emptiness on the normalised text', () => {
    const long = '专'.repeat(200);
    const indicators = [
      indicatorWith({ id: 'u_a', name: `\u200b${long}\u200b` }),
      indicatorWith({ id: 'u_b', name: `${long}x` }),
      indicatorWith({ id: 'u_c', name: '\u200b\u3164\u00a0' }),
    ];
    const { layers, problems } = parse([layerWith({ indicators, actuals: [] })]);
    expect(layers[0]?.indicators.map((i) => [i.id, i.name])).toEqual([['u_a', long]]);
    expect(problems).toEqual([
      { path: 'layers[0].indicators[1].name', code: 'too-long', value: '201' },
      { path: 'layers[0].indicators[2].name', code: 'empty-text' },
    ]);
  });

  it('refuses a region that normalises to nothing, or to something still not a region', () => {
    const actuals = [actualWith({ region: '\u200b\u200d' }), actualWith({ region: '深圳@南山' }), actualWith({ region: '\u0007' })];
    const { problems } = parse([layerWith({ actuals })]);
    expect(problems).toEqual([
      { path: 'layers[0].actuals[0].region', code: 'bad-id', value: '' },
      { path: 'layers[0].actuals[1].region', code: 'bad-id', value: '深圳@南山' },
      { path: 'layers[0].actuals[2].region', code: 'bad-id', value: '' },
    ]);
  });

  it('keeps ids exact: an id is never normalised into another', () => {
    const { problems } = parse([layerWith({ actuals: [actualWith({ indicator_id: '\u200bgdp' })] })]);
    expect(problems).toEqual([{ path: 'layers[0].actuals[0].indicator_id', code: 'bad-id', value: '\u200bgdp' }]);
  });
});

describe('readFields text options', () => {
  const read = (value: unknown, options?: Parameters<ReturnType<typeof readFields>['text']>[2]) => {
    const log = createProblemLog();
    const text = readFields({ v: value }, 'x', log).text('v', 10, options);
    return { text, problems: log.list() };
  };
  it('normalise as one line by default and as a name when asked', () => {
    expect(read('（亿元）\u200b')).toEqual({ text: '（亿元）', problems: [] });
    expect(read('（亿元）\u200b', { kind: 'name' })).toEqual({ text: '(亿元)', problems: [] });
  });
  it('refuse formulas only when asked', () => {
    expect(read('\u200b=1')).toEqual({ text: '=1', problems: [] });
    expect(read('\u200b=1', { refuseFormula: true })).toEqual({ text: undefined, problems: [{ path: 'x.v', code: 'formula-cell', value: '=1' }] });
  });
  it('nullableText takes the same options', () => {
    const log = createProblemLog();
    const f = readFields({ a: null, b: '\u200b＝1' }, 'x', log);
    expect(f.nullableText('a', 10, { refuseFormula: true })).toBeNull();
    expect(f.nullableText('b', 10, { kind: 'name', refuseFormula: true })).toBeUndefined();
    expect(log.list()).toEqual([{ path: 'x.b', code: 'formula-cell', value: '=1' }]);
  });
});

/** Build the layer the page would save from an import preview (its label is the page's business, not the importer's). */
function importedLayer(text: string, fileName = 'import.csv'): UserLayer {
  const preview = previewImport({ text, name: fileName }, IMPORT_CATALOGUE);
  return { id: 'u1', label: 'import', created: '2026-11-23T10:41:00.000Z', indicators: preview.indicators, actuals: preview.actuals, targets: [] };
}
const parseImported = (layer: UserLayer) => parseLayers(JSON.parse(JSON.stringify([layer])), { catalogue: IMPORT_CATALOGUE });

describe('what the importer keeps, the layer reader keeps unchanged', () => {
  it('on a table of hidden characters, full-width forms and file names that start like formulas', () => {
    const table = [
      '指标,地区,年份,数值,来源',
      '"\u200b专利（发明）",\u3000深圳市\u200d,2022,1件,统计局\u00ad年报',
      '专利(发明),ｓｈｅｎｚｈｅｎ,2023,2件,"统计局\n年报"',
      '地区生产总值,广州市,2023,30355.73,\ufeff统计局',
      '"\u200b=HYPERLINK(""http://x"",""y"")",广州,2023,1,x',
    ].join('\n');
    const layer = importedLayer(table, '\u200b=-+副本.csv');
    expect(layer.indicators.map((i) => i.name)).toEqual(['专利(发明)']);
    expect(layer.actuals.map((a) => [a.region, a.source])).toEqual([
      ['深圳市', '统计局年报'],
      ['shenzhen', '统计局 年报'],
      ['guangzhou', '统计局'],
    ]);
    expect(parseImported(layer)).toEqual({ layers: [layer], problems: [] });
  });

  // Cells drawn from characters normalisation removes or changes, formula starters and text. Leading
  // combining marks split by spaces are left out: see the expected failure below.
  const piece = fc.constantFrom('\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u3164', '\u00a0', '\u3000', ' ', '\u0007', '\t',
    '=', '+', '-', '@', '＝', '＋', '（', '）', '(', ')', 'Ａ', 'a', '深圳', '专利', '统计局', '亿元', '1', 'e\u0301');
  const cell = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

  it('on any cells, and nothing it keeps starts like a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 6 }), cell, (rows, fileName) => {
        const text = ['指标,地区,年份,数值,来源', ...rows.map(([name, region, source], i) => [`${quote(name)}（亿元）`, quote(region), 2000 + i, 1, quote(source)].join(','))].join('\n');
        const layer = importedLayer(text, `${fileName}.csv`);
        for (const indicator of layer.indicators) expect(looksLikeFormula(indicator.name)).toBe(false);
        for (const actual of layer.actuals) {
          expect(looksLikeFormula(actual.region)).toBe(false);
          expect(looksLikeFormula(actual.source)).toBe(false);
        }
        expect(parseImported(layer)).toEqual({ layers: [layer], problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  // Leading marks and spaces are stripped together, so the importer sees `=1+2` at once, as the
  // reader would on reload, and refuses it rather than keeping a row a reload would drop.
  it('on a source behind three runs of combining marks split by spaces', () => {
    const layer = importedLayer('指标,年份,数值,来源\n地区生产总值,2023,1,\u0301 \u0301 \u0301=1+2');
    expect(layer.actuals).toHaveLength(0);
  });
});
