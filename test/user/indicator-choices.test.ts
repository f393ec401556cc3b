import { describe, expect, it } from 'vitest';
import { formulaWordAt, indicatorChoices, insertFormulaId, matchChoices } from '../../src/user/indicator-choices.ts';
import { CATALOGUE } from '../import/catalogue.ts';

const zh = indicatorChoices(CATALOGUE, 'zh');

describe('indicator choices', () => {
  it('names each indicator with its id, in the reader’s language', () => {
    const rd = zh.find((c) => c.indicatorId === 'rd_gdp_ratio');
    expect(rd?.label).toBe(`${rd?.name_zh} · rd_gdp_ratio`);
    expect(indicatorChoices(CATALOGUE, 'en').find((c) => c.indicatorId === 'rd_gdp_ratio')?.name).toBe(rd?.name_en);
    expect(zh).toHaveLength(CATALOGUE.length);
  });

  it('narrows by Chinese or English name or id, width- and case-insensitive', () => {
    // The catalogue's R&D share is 研发经费投入强度 (rd_gdp_ratio): typed in Chinese, in full-width capitals, or as its id.
    expect(matchChoices(zh, '研发经费投入强度')[0]?.indicatorId).toBe('rd_gdp_ratio');
    expect(matchChoices(zh, 'RD_GDP')[0]?.indicatorId).toBe('rd_gdp_ratio');
    expect(matchChoices(zh, 'ｒｄ＿ｇｄｐ')[0]?.indicatorId).toBe('rd_gdp_ratio');
    expect(matchChoices(zh, '高新技术企业').map((c) => c.indicatorId)).toContain('hightech_enterprises');
    expect(matchChoices(zh, '高新技术企业').length).toBeLessThan(zh.length);
    expect(matchChoices(zh, '没有这个指标')).toEqual([]);
    expect(matchChoices(zh, '  ')).toHaveLength(zh.length);
  });
});

describe('formula words', () => {
  it('finds the word at the caret, Chinese or id, and not a number', () => {
    // '研发 / gdp': the caret after 研 (offset 1) or after 发 (2) is in 研发 (0–2).
    expect(formulaWordAt('研发 / gdp', 1)).toEqual({ start: 0, end: 2, text: '研发' });
    expect(formulaWordAt('研发 / gdp', 2)).toEqual({ start: 0, end: 2, text: '研发' });
    // After '/ ' (offset 5) the caret touches no word; at the end (8) it is in gdp (5–8).
    expect(formulaWordAt('研发 / gdp', 4)).toEqual({ start: 4, end: 4, text: '' });
    expect(formulaWordAt('研发 / gdp', 8)).toEqual({ start: 5, end: 8, text: 'gdp' });
    expect(formulaWordAt('x * 1.05', 8).text).toBe('');
    expect(formulaWordAt('', 0)).toEqual({ start: 0, end: 0, text: '' });
  });

  it('puts the id in the word’s place, the caret after it', () => {
    // 'rd_expenditure' is 14 characters: the caret goes to 0 + 14.
    expect(insertFormulaId('研发 / gdp', { start: 0, end: 2, text: '研发' }, 'rd_expenditure')).toEqual({ text: 'rd_expenditure / gdp', caret: 14 });
    expect(insertFormulaId('a / ', { start: 4, end: 4, text: '' }, 'gdp')).toEqual({ text: 'a / gdp', caret: 7 });
  });
});
