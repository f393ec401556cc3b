import { describe, expect, it } from 'vitest';
import { readColumnRole } from '../../src/import/header-roles.ts';
import { readRegion } from '../../src/import/read-region.ts';
import { readYear } from '../../src/import/read-year.ts';

describe('readYear', () => {
  it.each([
    ['2019', { kind: 'year', year: 2019 }],
    ['2019年', { kind: 'year', year: 2019 }],
    ['2019 年', { kind: 'year', year: 2019 }],
    ['２０１９年度', { kind: 'year', year: 2019 }],
    ['2023年末', { kind: 'year', year: 2023 }],
    ['FY2019', { kind: 'year', year: 2019 }],
    ['1948', { kind: 'out-of-range', year: 1948 }],
    ['2101年', { kind: 'out-of-range', year: 2101 }],
    ['19', { kind: 'not-a-year' }],
    ['2019-2020', { kind: 'not-a-year' }],
    ['比上年增长%', { kind: 'not-a-year' }],
  ])('reads %j', (text, expected) => {
    expect(readYear(text)).toEqual(expected);
  });
});

describe('readColumnRole', () => {
  it('knows the Chinese and English headers', () => {
    expect(['指标名称', '年 份', 'Value', '地区', '计量单位', '资料来源：'].map(readColumnRole)).toEqual([
      'indicator',
      'year',
      'value',
      'region',
      'unit',
      'source',
    ]);
  });
  it('reads a split corner cell by its first part', () => {
    expect(readColumnRole('项目＼年份')).toBe('indicator');
    expect(readColumnRole('年份/指标')).toBe('year');
    expect(readColumnRole('2019年')).toBeNull();
  });
});

describe('readRegion', () => {
  it('maps the ways people write the seed regions and keeps others as written', () => {
    expect(['广州市', ' 广东省 ', '珠三角', 'Guangzhou'].map((r) => readRegion(r).region)).toEqual(['guangzhou', 'guangdong', 'prd', 'guangzhou']);
    expect(readRegion(' 深圳市 ')).toEqual({ region: '深圳市', known: false });
  });
});
