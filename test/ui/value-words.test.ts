import { describe, expect, it } from 'vitest';
import type { ActualRow } from '../../src/data/types.ts';
import { FORMULA_PUBLISHER } from '../../src/user/derived-history.ts';
import { USER_PUBLISHER } from '../../src/user/merge-layers.ts';
import { isUserValue, legendQualities, MINE_KEY, publisherWord, qualityWord, sourceWords } from '../../src/notebook/value-words.ts';

const row = (over: Partial<ActualRow>) => ({ quality: 'final', source_publisher: '广州市统计局', source_title: '2023年统计公报', ...over }) as ActualRow;
const published = row({});
const imported = row({ origin: 'user', layer: 'u1', source_publisher: USER_PUBLISHER, source_title: 'gb18030-yearbook.csv' });
const computed = row({ origin: 'user', quality: 'estimate', source_publisher: FORMULA_PUBLISHER, source_title: 'rd_expenditure / gdp * 100' });

describe('value words', () => {
  it('never calls the user’s value 正式值, though the engine reads it as final', () => {
    expect(imported.quality).toBe('final');
    expect(qualityWord(imported, 'zh')).toBe('我的数据');
    expect(qualityWord(imported, 'en')).toBe('My data');
    expect(qualityWord(computed, 'zh')).toBe('按公式计算');
    expect(qualityWord(published, 'zh')).toBe('正式值');
    expect(qualityWord(row({ quality: 'lower_bound' }), 'en')).toBe('lower bound');
  });

  it('says whose figure it is in the source list, in the reader’s language', () => {
    expect(sourceWords(imported, 'zh')).toBe('由你导入 · gb18030-yearbook.csv');
    expect(sourceWords(imported, 'en')).toBe('Imported by you · gb18030-yearbook.csv');
    expect(publisherWord(computed, 'en')).toBe('Computed by your formula');
    expect(sourceWords(published, 'en')).toBe('广州市统计局 · 2023年统计公报');
  });

  it('keys the user’s values apart from published qualities in the legend', () => {
    expect(isUserValue(imported)).toBe(true);
    expect(isUserValue(published)).toBe(false);
    expect([...legendQualities([published, imported, row({ quality: 'rounded' })])]).toEqual(['final', MINE_KEY, 'rounded']);
    // Only a user value: no published "final" key, so the legend does not claim a published dot.
    expect([...legendQualities([imported, computed])]).toEqual([MINE_KEY]);
  });
});
