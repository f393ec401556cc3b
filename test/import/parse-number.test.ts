import { describe, expect, it } from 'vitest';
import { isBlankCell, parseCell } from '../../src/import/parse-number.ts';

/** Value, multiplier and unit text, or just the kind/code, so each case reads as one line. */
function summary(text: string): unknown {
  const cell = parseCell(text);
  if (cell.kind === 'number') return [cell.value, cell.multiplier, cell.unit?.text ?? null];
  return cell.kind === 'blank' ? 'blank' : cell.code;
}

describe('parseCell', () => {
  it.each([
    // Plain and signed numbers.
    ['2413.06', [2413.06, 1, null]],
    ['+12', [12, 1, null]],
    ['-0.5', [-0.5, 1, null]],
    ['−3.2', [-3.2, 1, null]], // U+2212 minus sign
    ['－3.2', [-3.2, 1, null]], // full-width hyphen-minus
    ['.5', [0.5, 1, null]],
    ['5.', [5, 1, null]],
    ['007', [7, 1, null]],
    ['-0', [0, 1, null]],
    // Full-width digits and punctuation: １２３４．５ is 1234.5.
    ['１２３４．５', [1234.5, 1, null]],
    ['１，２３４．５', [1234.5, 1, null]],
    ['\u3000２．８７\u3000', [2.87, 1, null]],
    // Thousands separators: every group after the first has three digits.
    ['1,234.5', [1234.5, 1, null]],
    ['1，234', [1234, 1, null]],
    ['12,345,678', [12345678, 1, null]],
    ['1 234 567', [1234567, 1, null]],
    ['1\u2009234', [1234, 1, null]], // thin space
    ['1\u00a0234,5', 'bad-grouping'], // a space then a comma: two separators
    // Accountants' negatives.
    ['(12.3)', [-12.3, 1, null]],
    ['（12.3）', [-12.3, 1, null]],
    ['(1,200)亿元', [-1200, 1e8, '亿元']],
    ['(1,200亿元)', [-1200, 1e8, '亿元']],
    // Exponents: 1.2e3 = 12 × 10^(3−1) = 1200.
    ['1.2e3', [1200, 1, null]],
    ['2.5E-2', [0.025, 1, null]],
    // Units in cells; the value is as written and the multiplier says what the unit adds.
    ['2.5%', [2.5, 1, '%']],
    ['2.5 ％', [2.5, 1, '%']], // the unit comes back in ASCII form
    ['3,500万元', [3500, 1e4, '万元']],
    ['2413.06亿元', [2413.06, 1e8, '亿元']],
    ['1.2万家', [1.2, 1e4, '万家']],
    ['12300家', [12300, 1, '家']],
    ['35 项', [35, 1, '项']],
    ['1.5万人', [1.5, 1e4, '万人']],
    ['2倍', [2, 1, '倍']],
    ['1.2万', [1.2, 1e4, '万']],
    ['3亿', [3, 1e8, '亿']],
    ['39.5件/万人', [39.5, 1, '件/万人']],
    // Blanks are not zero.
    ...['', '  ', '—', '——', '-', '–', '…', '……', '..', '．．', '/', 'N/A', 'n/a', 'NA', 'Ｎ／Ａ', '无', '暂无', '空'].map(
      (text): [string, string] => [text, 'blank'],
    ),
    // Refused, each with a code.
    ['1.2.3', 'not-a-number'],
    ['1,23,4', 'bad-grouping'],
    ['1,23,456', 'bad-grouping'], // Indian lakh grouping
    ['2,5', 'bad-grouping'], // a decimal comma is not guessed
    ['12abc', 'unknown-unit'],
    ['12 亿美元', 'unknown-unit'],
    ['12-', 'not-a-number'],
    ['(-12)', 'not-a-number'],
    ['=1+2', 'not-a-number'],
    ['<script>', 'not-a-number'],
    ['1e999', 'not-a-number'],
    ['2019 2020', 'bad-grouping'],
    ['9'.repeat(200), 'not-a-number'],
  ])('reads %j', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps the exact decimal digits, never a rounded float', () => {
    // 0.1 + 0.2 style drift cannot happen: 1,234.5678 is digits 12345678 × 10^−4.
    const cell = parseCell('1,234.5678万元');
    expect(cell).toMatchObject({ kind: 'number', decimal: { negative: false, digits: '12345678', exponent: -4 } });
  });

  it('treats only the listed marks as blank', () => {
    expect(isBlankCell('0')).toBe(false);
    expect(isBlankCell('x')).toBe(false);
    expect(isBlankCell(' — ')).toBe(true);
  });
});
