import { describe, expect, it } from 'vitest';
import type { ActualRow } from '../../src/data/types.ts';
import { publisherName, readerNote } from '../../src/i18n/source-text.ts';

const row = (extra: Partial<ActualRow>): ActualRow => ({
  line: 2,
  indicator_id: 'rd_gdp_ratio',
  region: 'guangzhou',
  year: 2019,
  value: 2.87,
  unit: 'percent',
  quality: 'final',
  source_publisher: 'Guangzhou Urban Innovation Index Report (2024) (figure as reported)',
  source_title: 'Report',
  source_url: 'https://example.org/a',
  source_quote: '2.87%',
  note: 'value = last field of the table row',
  ...extra,
});

describe('publisherName and readerNote', () => {
  it('name the publisher in the reader’s language', () => {
    const a = row({ publisher_zh: '《广州城市创新指数报告（2024）》', publisher_en: 'Guangzhou Urban Innovation Index Report (2024)' });
    expect(publisherName(a, 'zh')).toBe('《广州城市创新指数报告（2024）》');
    expect(publisherName(a, 'en')).toBe('Guangzhou Urban Innovation Index Report (2024)');
  });

  it('fall back to the publisher as written where no translation exists (user and formula rows)', () => {
    expect(publisherName(row({ source_publisher: '用户导入' }), 'en')).toBe('用户导入');
    expect(publisherName(row({ publisher_zh: null, publisher_en: null }), 'zh')).toBe('Guangzhou Urban Innovation Index Report (2024) (figure as reported)');
  });

  it('show only the note written for this reader, never the auditors’ note', () => {
    expect(readerNote(row({}), 'zh')).toBeNull();
    expect(readerNote(row({}), 'en')).toBeNull();
    const a = row({ note_zh: '按当时公布的GDP计算。', note_en: 'Divides by GDP as then published.' });
    expect(readerNote(a, 'zh')).toBe('按当时公布的GDP计算。');
    expect(readerNote(a, 'en')).toBe('Divides by GDP as then published.');
  });
});
