import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, previewImport } from '../../src/import/index.ts';
import type { CatalogueIndicator } from '../../src/import/match-indicator.ts';
import { CATALOGUE } from './catalogue.ts';

const preview = (text: string, options = {}) => previewImport({ text, name: '粘贴' }, CATALOGUE, options);
const codes = (text: string) => preview(text).problems.map((p) => [p.line, p.column, p.code]);

describe('previewImport', () => {
  it('has the documented defaults: region guangzhou, source = the name, line = the row', () => {
    const result = preview('指标\t2023\n地区生产总值\t30355.73');
    expect(result).toMatchObject({ encoding: null, delimiter: '\t', shape: 'wide', problems: [], skippedBlank: 0 });
    expect(result.actuals).toEqual([
      { indicator_id: 'gdp', region: 'guangzhou', year: 2023, value: 30355.73, unit: 'yi_yuan', source: '粘贴', line: 2 },
    ]);
  });

  it('reads long form with region, unit and source columns', () => {
    const text = [
      '指标,地区,年份,数值,单位,来源',
      '技术合同成交额,广州市,2022,2645.5,亿元,广州市科技局',
      'rd_gdp_ratio,广东省,2022,3.42,%,广东统计年鉴',
      'hightech_enterprises,深圳市,2022,2.3,万家,',
    ].join('\n');
    const result = preview(text);
    expect(result.shape).toBe('long');
    expect(result.actuals.map((a) => [a.indicator_id, a.region, a.year, a.value, a.source])).toEqual([
      ['tech_contract_value_unspecified', 'guangzhou', 2022, 2645.5, '广州市科技局'],
      ['rd_gdp_ratio', 'guangdong', 2022, 3.42, '广东统计年鉴'],
      // 2.3万家 = 2.3 × 10^4 = 23000; an unknown region is kept as written and noted.
      ['hightech_enterprises', '深圳市', 2022, 23000, '粘贴'],
    ]);
    expect(result.notes.map((n) => n.code)).toContain('unknown-region');
  });

  it('reads the transposed form with a 单位 row', () => {
    const text = '年份,地区生产总值,研发经费投入强度\n单位,亿元,%\n2022,28839,3.43\n2023,30355.73,—';
    const result = preview(text);
    expect(result.shape).toBe('wide-transposed');
    expect(result.actuals.map((a) => [a.indicator_id, a.year, a.value, a.line])).toEqual([
      ['gdp', 2022, 28839, 3],
      ['rd_gdp_ratio', 2022, 3.43, 3],
      ['gdp', 2023, 30355.73, 4],
    ]);
    expect(result.skippedBlank).toBe(1);
  });

  it('applies a table 单位 line to values with no unit of their own: 3500 万元 = 0.35 亿元', () => {
    const result = preview('单位：万元\n指标,2023\n技术合同成交额,3500');
    expect(result.actuals[0]?.value).toBe(0.35);
    expect(result.notes.find((n) => n.code === 'unit-converted')).toMatchObject({ line: 1, detail: 'yi_yuan' });
  });

  it('counts blanks and never turns them into 0', () => {
    const result = preview('指标,2021,2022,2023,2024\n地区生产总值,—,,N/A,无');
    expect(result).toMatchObject({ skippedBlank: 4, actuals: [], problems: [{ code: 'no-values' }] });
  });

  it('keeps the first of two values for one year and reports a different second', () => {
    const text = '指标,年份,数值\nGDP,2023,30355.73\nGDP,2023,30355.73\nGDP,2023,30000';
    const result = preview(text);
    expect(result.actuals).toHaveLength(1);
    expect(result.notes.map((n) => [n.line, n.code])).toEqual([[3, 'duplicate-same-value']]);
    expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([[4, 3, 'duplicate-value']]);
  });

  it('reports a unit column that does not fit once, where it is written', () => {
    expect(codes('指标,单位,2022,2023\n地区生产总值,%,1,2')).toEqual([[2, 2, 'unit-mismatch']]);
    expect(codes('指标,单位,2022\n地区生产总值,美元,1')).toEqual([[2, 2, 'unknown-unit']]);
  });

  it('asks for a unit for an unknown name, and uses the one the user chose', () => {
    expect(codes('指标,2023\n新型研发机构数量,68')).toEqual([[2, 1, 'indicator-needs-unit']]);
    const chosen = preview('指标,2023\n新型研发机构数量,68', { units: { 新型研发机构数量: 'count' } });
    expect(chosen.indicators).toEqual([
      { id: 'u_1', name: '新型研发机构数量', unit: 'count', measure_zh: null, definition: '', derive: null },
    ]);
    expect(chosen.actuals[0]).toMatchObject({ indicator_id: 'u_1', value: 68, unit: 'count' });
  });

  it('keys the unit choice by the whole name, also one longer than a problem quotes', () => {
    const long = '广州市规模以上工业企业中设立研发机构的企业所占比重与上年相比的变化情况说明（口径）';
    expect(long.length).toBeGreaterThan(40);
    const problem = preview(`指标,2023\n${long},12`).problems[0]!;
    expect(problem.text.endsWith('…')).toBe(true);
    expect(problem.name).toBe(long);
    const chosen = preview(`指标,2023\n${long},12`, { units: { [problem.name!]: 'percent' } });
    expect(chosen.problems).toEqual([]);
    expect(chosen.actuals[0]).toMatchObject({ value: 12, unit: 'percent' });
  });

  it('avoids reserved ids and uses the region option', () => {
    const result = preview('指标,2023\n新型研发机构数量（家）,68', { reservedIds: ['u_1'], region: 'prd' });
    expect(result.indicators[0]).toMatchObject({ id: 'u_2', measure_zh: '家' });
    expect(result.actuals[0]?.region).toBe('prd');
  });

  it('reports the structure problems', () => {
    expect(codes('一列\n只有一列')).toEqual([[1, null, 'no-header']]);
    expect(codes('指标,备注\nGDP,x')).toEqual([[1, null, 'no-year']]);
    expect(codes('指标,2023\nGDP,1,2')).toEqual([[2, 3, 'ragged-row']]);
    expect(codes('指标,年份,数值\nGDP,2150,1\nGDP,去年,2\n,2023,3')).toEqual([
      [2, 2, 'year-out-of-range'],
      [3, 2, 'not-a-year'],
      [4, 1, 'no-indicator'],
    ]);
  });

  it('refuses inputs that are not a text table', () => {
    const first = (bytes: Uint8Array) => previewImport({ bytes, name: 'f' }, CATALOGUE).problems;
    expect(first(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toEqual([{ line: 1, column: null, code: 'excel-file', text: '' }]);
    expect(first(new Uint8Array([0x61, 0x0a, 0x62, 0x00]))).toEqual([{ line: 2, column: null, code: 'binary', text: '' }]);
    expect(first(new Uint8Array())).toEqual([{ line: 1, column: null, code: 'empty', text: '' }]);
    expect(preview(' \n\t\n').problems.map((p) => p.code)).toEqual(['empty']);
  });

  it('refuses a file over 5 MiB before decoding it', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    expect(previewImport({ bytes, name: 'big.csv' }, CATALOGUE).problems.map((p) => p.code)).toEqual(['too-large']);
    // 2 MiB characters of 广 are 6 MiB in UTF-8.
    expect(preview('广'.repeat(2 * 1024 * 1024)).problems.map((p) => p.code)).toEqual(['too-large']);
  });

  it('refuses more than 50,000 rows, naming the first line past the limit', () => {
    const text = `指标,年份,数值\n${'GDP,2023,1\n'.repeat(MAX_IMPORT_ROWS)}`;
    const result = preview(text);
    expect(result.problems).toEqual([{ line: MAX_IMPORT_ROWS + 1, column: null, code: 'too-many-rows', text: '' }]);
    expect(result.actuals).toEqual([]);
  });

  it('turns an unexpected failure into a problem instead of throwing', () => {
    const hostile = [
      {
        get id(): string {
          throw new Error('boom');
        },
      },
    ] as unknown as CatalogueIndicator[];
    expect(previewImport({ text: '指标,2023\nGDP,1', name: 'x' }, hostile).problems).toEqual([
      { line: 1, column: null, code: 'internal-error', text: '' },
    ]);
  });

  it('clips quoted cells to 40 characters', () => {
    const text = `指标,2023\nGDP,${'9'.repeat(300)}x`;
    expect(preview(text).problems[0]).toMatchObject({ code: 'not-a-number', text: `${'9'.repeat(39)}…` });
  });
});

describe('previewImport regions', () => {
  it('refuses a region with @, which joins indicator and region in series keys', () => {
    expect(codes('指标,地区,2023\nGDP,广州@x,1')).toEqual([[2, 2, 'bad-region']]);
    expect(codes(`指标,地区,2023\nGDP,${'区'.repeat(101)},1`)).toEqual([[2, 2, 'bad-region']]);
  });
});
