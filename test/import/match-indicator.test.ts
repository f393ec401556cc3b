import { describe, expect, it } from 'vitest';
import { createIndicatorMatcher, looseKey, splitUnitFromName } from '../../src/import/match-indicator.ts';
import { CATALOGUE } from './catalogue.ts';

const match = createIndicatorMatcher(CATALOGUE);
/** The matched id and whether it was exact, or the unknown key. */
const read = (text: string) => {
  const { match: m, unit } = match(text);
  return m.kind === 'catalogue' ? [m.indicator.id, m.exact, unit?.text ?? null] : ['unknown', m.name, unit?.text ?? null];
};

describe('createIndicatorMatcher', () => {
  it('matches ids and names exactly, ignoring case, spaces and full-width forms', () => {
    expect(read('rd_gdp_ratio')).toEqual(['rd_gdp_ratio', true, null]);
    expect(read(' 高新技术企业数量 ')).toEqual(['hightech_enterprises', true, null]);
    expect(read('Ｒ＆Ｄ经费内部支出')).toEqual(['rd_expenditure', true, null]);
    expect(read('gdp')).toEqual(['gdp', true, null]);
  });
  it('keeps a catalogue bracket that is not a unit', () => {
    expect(read('首台（套）装备补贴比例上限（市目录）')).toEqual(['first_set_equipment_subsidy_rate_city', true, null]);
  });
  it('splits off a unit bracket and matches the rest', () => {
    expect(read('登记技术合同成交额（亿元）')).toEqual(['tech_contract_value', true, '亿元']);
    expect(read('地区生产总值 (亿元)')).toEqual(['gdp', true, '亿元']);
  });
  it('matches spelling variants loosely: 研究与试验发展 = R&D, trailing 数 dropped', () => {
    expect(read('研究与试验发展(R&D)经费内部支出')).toEqual(['rd_expenditure', false, null]);
    expect(read('高新技术企业数（家）')).toEqual(['hightech_enterprises', false, '家']);
  });
  it('matches the hand-checked aliases', () => {
    expect(read('研究与试验发展经费支出占地区生产总值比重（%）')).toEqual(['rd_gdp_ratio', false, '%']);
    // No 登记 in the name: the catalogue's "definition not stated" series, shown to the user as a loose match.
    expect(read('技术合同成交额')).toEqual(['tech_contract_value_unspecified', false, null]);
  });
  it('leaves other names unknown, with their unit bracket split off', () => {
    expect(read('专利授权量（件）')).toEqual(['unknown', '专利授权量', '件']);
    expect(read('<script>alert(1)</script>')).toEqual(['unknown', '<script>alert(1)</script>', null]);
  });
});

describe('splitUnitFromName', () => {
  it('reads the unit in (), （）, [] and 【】', () => {
    expect(splitUnitFromName('技术合同成交额【亿元】')).toMatchObject({ name: '技术合同成交额', unit: { text: '亿元' } });
    expect(splitUnitFromName('技术合同成交额[单位：亿元]')).toMatchObject({ name: '技术合同成交额', unit: { dimension: 'money', power: 8 } });
  });
});

describe('looseKey', () => {
  it('gives the yearbook and the catalogue spelling one key', () => {
    expect(looseKey('研究与试验发展经费内部支出')).toBe(looseKey('R&D经费内部支出'));
    expect(looseKey('高新技术企业数')).toBe(looseKey('高新技术企业数量'));
  });
});
