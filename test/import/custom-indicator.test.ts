import { describe, expect, it } from 'vitest';
import { createCustomIds, unitForCustom } from '../../src/import/custom-indicator.ts';
import { readUnitWord } from '../../src/import/unit-words.ts';

const ID = /^u_[a-z][a-z0-9_]*$|^u_[0-9]+$/;

describe('createCustomIds', () => {
  it('slugs ASCII names and numbers all others in order of appearance', () => {
    const next = createCustomIds(['gdp']);
    const ids = ['Patent grants', '专利授权量', 'PCT国际专利申请量', 'Patent grants', '5G base stations', '新型研发机构'].map(next);
    expect(ids).toEqual(['u_patent_grants', 'u_1', 'u_2', 'u_patent_grants_2', 'u_3', 'u_4']);
    expect(ids.every((id) => ID.test(id))).toBe(true);
  });
  it('skips ids that are taken', () => {
    const next = createCustomIds(['u_1', 'u_gdp']);
    expect([next('新指标'), next('GDP')]).toEqual(['u_2', 'u_gdp_2']);
  });
});

describe('unitForCustom', () => {
  const unit = (text: string) => {
    const read = readUnitWord(text);
    return read ? unitForCustom(read) : 'not a unit';
  };
  it('stores money as 亿元 or 万元, counts with their measure word', () => {
    expect(unit('亿元')).toEqual({ unit: 'yi_yuan', measure: null });
    expect(unit('万元')).toEqual({ unit: 'wan_yuan', measure: null });
    expect(unit('家')).toEqual({ unit: 'count', measure: '家' });
    expect(unit('件')).toEqual({ unit: 'items', measure: '件' });
    expect(unit('人')).toEqual({ unit: 'persons', measure: '人' });
    expect(unit('%')).toEqual({ unit: 'percent', measure: null });
  });
  it('cannot store plain 元 or a bare 万', () => {
    expect(unit('元')).toBeNull();
    expect(unit('万')).toBeNull();
  });
});
