import { describe, expect, it } from 'vitest';
import { formatSignedPercent, formatSignedValue, formatTick, formatValue } from '../../src/i18n/format.ts';
import { fill, MESSAGES } from '../../src/i18n/messages.ts';

describe('number formats in the plans’ units', () => {
  it('writes values with their unit word, without rounding published digits away', () => {
    expect(formatValue(12099, 'count', 'zh', '家')).toBe('12,099家');
    expect(formatValue(1273.36, 'yi_yuan', 'zh')).toBe('1,273.36亿元');
    expect(formatValue(2.87, 'percent', 'en')).toBe('2.87%');
    expect(formatValue(1273.36, 'yi_yuan', 'en')).toBe('1,273.36 100m yuan');
  });
  it('writes a difference of two percentages in percentage points', () => {
    // 3.12% − 3.2% = −0.08 points, not −0.08%.
    expect(formatSignedValue(3.12 - 3.2, 'percent', 'zh')).toBe('−0.08个百分点');
    expect(formatSignedValue(0.1, 'percent', 'en')).toBe('+0.1 pp');
    expect(formatSignedValue(699, 'count', 'zh', '家')).toBe('+699家');
    expect(formatSignedValue(0, 'count', 'zh', '家')).toBe('0家');
  });
  it('writes compact ticks in 万 for Chinese and k for English (en-GB)', () => {
    expect(formatTick(12000, 'zh')).toBe('1.2万');
    expect(formatTick(12000, 'en')).toBe('12k');
  });
  it('signs relative margins and shows a dash for an undefined one', () => {
    expect(formatSignedPercent(0.025, 'en')).toBe('+2.5%');
    expect(formatSignedPercent(Number.NaN, 'zh')).toBe('—');
  });
});

describe('messages', () => {
  it('has the same keys in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.zh).sort());
  });
  it('fills placeholders as text and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: '<b>x</b>' })).toBe('<b>x</b> and {b}');
  });
});
