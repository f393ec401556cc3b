// These tests compile formulas: mathjs's parser (loaded on demand, ~2 s in Node) must be ready first.
import '../setup/formula-parser.ts';
import { describe, expect, it } from 'vitest';
import { MAX_LAYER_PROBLEMS } from '../../src/user/layer-problem.ts';
import { LAYER_LIMITS, parseLayers } from '../../src/user/parse-layers.ts';
import { CATALOGUE, sampleLayer } from './fixtures.ts';

const parse = (value: unknown) => parseLayers(value, { catalogue: CATALOGUE });
/** A layer built from the sample with some fields or rows replaced. */
const layerWith = (patch: Record<string, unknown>) => ({ ...sampleLayer(), ...patch });
const gdpActual = (patch: Record<string, unknown> = {}) => ({ ...sampleLayer().actuals[0], ...patch });

describe('parseLayers accepts', () => {
  it('a valid layer unchanged, as a bare array or under `layers`', () => {
    expect(parse([sampleLayer()])).toEqual({ layers: [sampleLayer()], problems: [] });
    expect(parse({ version: 1, layers: [sampleLayer()] })).toEqual({ layers: [sampleLayer()], problems: [] });
  });
  it('missing row lists as empty and missing nullable fields as null', () => {
    const { id, label, created } = sampleLayer();
    expect(parse([{ id, label, created }]).layers).toEqual([{ id, label, created, indicators: [], actuals: [], targets: [] }]);
    const noLine: Record<string, unknown> = gdpActual();
    delete noLine.line;
    expect(parse([layerWith({ actuals: [noLine] })]).layers[0]?.actuals).toEqual([{ ...noLine, line: null }]);
  });
  it('−0 as 0, as JSON would write it', () => {
    const [layer] = parse([layerWith({ actuals: [gdpActual({ value: -0 })] })]).layers;
    expect(Object.is(layer?.actuals[0]?.value, 0)).toBe(true);
  });
  it('rows naming an indicator another layer defines', () => {
    const second = { ...layerWith({ id: 'u2', indicators: [] }), actuals: [{ ...sampleLayer().actuals[1] }] };
    const { layers, problems } = parse([second, sampleLayer()]);
    expect(problems).toEqual([]);
    expect(layers[0]?.actuals).toHaveLength(1);
  });
});

describe('parseLayers leaves out bad rows and keeps good ones', () => {
  it('names the path and code of each bad field', () => {
    const actuals = [
      gdpActual(),
      gdpActual({ year: 2101 }),
      gdpActual({ year: 2020.5 }),
      gdpActual({ value: '25019' }),
      gdpActual({ value: null }),
      gdpActual({ unit: 'percent' }),
      gdpActual({ unit: 'yuan' }),
      gdpActual({ indicator_id: 'gdp_per_capita' }),
      gdpActual({ indicator_id: 'GDP' }),
      gdpActual({ region: '\u200b ' }),
      gdpActual({ region: 'gz@x' }),
      gdpActual({ region: '深圳市' }),
      gdpActual({ source: 'x'.repeat(501) }),
      gdpActual({ line: -1 }),
      'not a row',
    ];
    const targets = [{ ...sampleLayer().targets[0], comparator: '>' }, { ...sampleLayer().targets[0], label: 42 }];
    const { layers, problems } = parse([layerWith({ actuals, targets })]);
    // A region outside the seeds, kept as the import wrote it, is fine.
    expect(layers[0]?.actuals).toEqual([gdpActual(), gdpActual({ region: '深圳市' })]);
    expect(layers[0]?.targets).toEqual([]);
    expect(problems).toEqual([
      { path: 'layers[0].actuals[1].year', code: 'out-of-range', value: '2101' },
      { path: 'layers[0].actuals[2].year', code: 'not-an-integer', value: '2020.5' },
      { path: 'layers[0].actuals[3].value', code: 'not-a-number', value: '25019' },
      { path: 'layers[0].actuals[4].value', code: 'not-a-number', value: 'null' },
      { path: 'layers[0].actuals[5].unit', code: 'unit-mismatch', value: 'percent ≠ yi_yuan' },
      { path: 'layers[0].actuals[6].unit', code: 'not-in-list', value: 'yuan' },
      { path: 'layers[0].actuals[7].indicator_id', code: 'unknown-indicator', value: 'gdp_per_capita' },
      { path: 'layers[0].actuals[8].indicator_id', code: 'bad-id', value: 'GDP' },
      { path: 'layers[0].actuals[9].region', code: 'bad-id', value: '' },
      { path: 'layers[0].actuals[10].region', code: 'bad-id', value: 'gz@x' },
      { path: 'layers[0].actuals[12].source', code: 'too-long', value: '501' },
      { path: 'layers[0].actuals[13].line', code: 'out-of-range', value: '-1' },
      { path: 'layers[0].actuals[14]', code: 'not-an-object' },
      { path: 'layers[0].targets[0].comparator', code: 'not-in-list', value: '>' },
      { path: 'layers[0].targets[1].label', code: 'not-a-string', value: '42' },
    ]);
  });
  it('drops a layer whose own fields are bad, or whose id repeats', () => {
    const { layers, problems } = parse([
      layerWith({ id: 'U1' }),
      layerWith({ label: '  ' }),
      layerWith({ created: 'yesterday' }),
      layerWith({ created: '2026-13-01T10:00Z' }),
      sampleLayer(),
      { ...sampleLayer(), indicators: [] },
      null,
    ]);
    // A repeated id is not trusted: that layer is kept under the next free id, with its rows.
    expect(layers).toEqual([sampleLayer(), { ...sampleLayer(), id: 'l1', indicators: [] }]);
    expect(problems).toEqual([
      { path: 'layers[0].id', code: 'bad-id', value: 'U1' },
      { path: 'layers[1].label', code: 'empty-text' },
      { path: 'layers[2].created', code: 'bad-date', value: 'yesterday' },
      // The right shape, but Date.parse refuses month 13.
      { path: 'layers[3].created', code: 'bad-date', value: '2026-13-01T10:00Z' },
      { path: 'layers[5].id', code: 'duplicate-id', value: 'u1 → l1' },
      { path: 'layers[6]', code: 'not-an-object' },
    ]);
  });
  it('refuses custom ids without the u_ prefix and ids taken already', () => {
    const base = sampleLayer().indicators[0];
    const indicators = [{ ...base, id: 'rd_per_gdp' }, base, { ...base, name: '重复' }, { ...base, id: 'u_x', unit: 'yuan' }];
    const { layers, problems } = parse([layerWith({ indicators, actuals: [] })]);
    expect(layers[0]?.indicators).toEqual([base]);
    expect(problems).toEqual([
      { path: 'layers[0].indicators[0].id', code: 'bad-id', value: 'rd_per_gdp' },
      { path: 'layers[0].indicators[2].id', code: 'duplicate-id', value: 'u_rd_per_gdp_k' },
      { path: 'layers[0].indicators[3].unit', code: 'not-in-list', value: 'yuan' },
    ]);
  });
  it('reports the top level when it is neither an array nor holds one', () => {
    expect(parse('layers')).toEqual({ layers: [], problems: [{ path: 'layers', code: 'not-an-array', value: 'layers' }] });
    expect(parse({ layers: {} }).problems).toEqual([{ path: 'layers', code: 'not-an-array', value: 'object' }]);
    expect(parse(null).problems[0]?.code).toBe('not-an-array');
  });
});

describe('parseLayers checks derive formulas', () => {
  const withDerive = (derive: unknown) => parse([layerWith({ indicators: [{ ...sampleLayer().indicators[0], derive }], actuals: [] })]);
  it('keeps a formula over catalogue and custom ids', () => {
    expect(withDerive('rd_gdp_ratio * gdp / 100').problems).toEqual([]);
  });
  it.each([
    ['an unknown id', 'unknown_id * 2', 'formula-symbol', 'unknown_id'],
    ['its own id', 'u_rd_per_gdp_k * 2', 'formula-symbol', 'u_rd_per_gdp_k'],
    ['a syntax error', 'gdp +', 'formula-syntax', undefined],
    ['a function call outside the list', 'import({}, {})', 'formula-function', 'import'],
    ['an empty formula', '', 'formula-empty', ''],
    // 200 × 'gdp+' + '1' = 801 characters, over the 500 allowed.
    ['801 characters', 'gdp+'.repeat(200) + '1', 'formula-too-long', '801'],
  ])('drops a formula with %s and keeps the indicator', (_what, derive, formulaCode, detail) => {
    const { layers, problems } = withDerive(derive);
    expect(layers[0]?.indicators[0]?.derive).toBeNull();
    expect(layers[0]?.indicators[0]?.id).toBe('u_rd_per_gdp_k');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'layers[0].indicators[0].derive', code: 'formula-refused', formulaCode });
    if (detail !== undefined) expect(problems[0]?.detail).toBe(detail);
  });
  it('drops an indicator whose derive is not text at all', () => {
    expect(withDerive(42).problems).toEqual([{ path: 'layers[0].indicators[0].derive', code: 'not-a-string', value: '42' }]);
  });
});

describe('parseLayers limits', () => {
  it('keeps 50 layers and reports the 51st once', () => {
    const many = Array.from({ length: 53 }, (_, i) => ({ ...layerWith({ id: `l${i}`, indicators: [], actuals: [], targets: [] }) }));
    const { layers, problems } = parse(many);
    expect(layers).toHaveLength(LAYER_LIMITS.layers);
    expect(problems).toEqual([{ path: 'layers[50]', code: 'too-many', value: '50' }]);
  });
  it('counts accepted actuals over all layers: 15,000 + 15,000 keeps 20,000', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => gdpActual({ year: 1949 + (i % 150) }));
    const first = layerWith({ id: 'a', indicators: [], actuals: [gdpActual({ year: 1 }), ...rows(15_000)], targets: [] });
    const second = layerWith({ id: 'b', indicators: [], actuals: rows(15_000), targets: [] });
    const { layers, problems } = parse([first, second]);
    // The bad first row does not count: 15,000 from the first layer, then 5,000 from the second.
    expect(layers.map((l) => l.actuals.length)).toEqual([15_000, 5_000]);
    expect(problems).toEqual([
      { path: 'layers[0].actuals[0].year', code: 'out-of-range', value: '1' },
      { path: 'layers[1].actuals[5000]', code: 'too-many', value: '20000' },
    ]);
  });
  it('lists at most 200 problems and counts the rest', () => {
    const actuals = Array.from({ length: 1000 }, () => gdpActual({ year: 'soon' }));
    const { problems } = parse([layerWith({ actuals })]);
    // 1000 bad rows: 200 listed, 800 counted.
    expect(problems).toHaveLength(MAX_LAYER_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({ path: '', code: 'too-many-problems', value: '800' });
  });
});

describe('parseLayers is harmless with prototype keys', () => {
  it('reads __proto__ and constructor as plain keys and builds fresh objects', () => {
    const text = JSON.stringify([sampleLayer()]).replace('{"id":"u1"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"u1"');
    const raw: unknown = JSON.parse(text);
    const { layers, problems } = parse(raw);
    expect(problems).toEqual([]);
    expect(layers).toEqual([sampleLayer()]);
    expect(Object.getPrototypeOf(layers[0])).toBe(Object.prototype);
    expect(Object.hasOwn(layers[0] as object, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('does not take a field from the prototype chain', () => {
    const inherited = Object.create({ year: 2020 }) as Record<string, unknown>;
    Object.assign(inherited, { ...gdpActual() });
    delete inherited.year;
    expect(parse([layerWith({ actuals: [inherited] })]).problems).toEqual([{ path: 'layers[0].actuals[0].year', code: 'missing-field' }]);
  });
});
