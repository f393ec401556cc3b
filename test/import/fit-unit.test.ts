import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/data/seed-schemas.ts';
import { combineUnits, fitToUnit } from '../../src/import/fit-unit.ts';
import { parseCell } from '../../src/import/parse-number.ts';
import { readUnitWord } from '../../src/import/unit-words.ts';

/** Parse a cell and fit it, with an optional declared (column) unit. */
function fit(text: string, target: Unit, declared?: string) {
  const cell = parseCell(text);
  if (cell.kind !== 'number') throw new Error(`not a number: ${text}`);
  const column = declared === undefined ? null : readUnitWord(declared);
  return fitToUnit(cell.decimal, combineUnits(cell.unit, column), target);
}

describe('fitToUnit', () => {
  it('takes a bare number as already in the indicator unit', () => {
    expect(fit('2.87', 'percent')).toEqual({ ok: true, value: 2.87, shift: 0 });
  });
  it('shifts money exactly: 3500万元 = 3500 / 10^4 亿元 = 0.35 亿元', () => {
    expect(fit('3500万元', 'yi_yuan')).toEqual({ ok: true, value: 0.35, shift: -4 });
  });
  it('shifts without double rounding: 1234.5678万元 = 0.12345678 亿元, not 1234.5678 / 10000', () => {
    // The float route rounds 1234.5678 first and then the quotient; the decimal route rounds once.
    expect(fit('1234.5678万元', 'yi_yuan')).toMatchObject({ value: 0.12345678 });
  });
  it('shifts 亿元 into 万元 and 万亿元 into 亿元', () => {
    expect(fit('1.5亿元', 'wan_yuan')).toMatchObject({ value: 15000, shift: 4 });
    expect(fit('2.8万亿元', 'yi_yuan')).toMatchObject({ value: 28000, shift: 4 });
  });
  it('refuses plain 元 for a 亿元 indicator rather than shrinking it 10^8 times', () => {
    expect(fit('2,413.06元', 'yi_yuan')).toEqual({ ok: false, code: 'unit-mismatch' });
  });
  it('multiplies counts: 1.2万家 = 1.2 × 10^4 = 12000', () => {
    expect(fit('1.2万家', 'count')).toMatchObject({ value: 12000, shift: 4 });
    expect(fit('1.2万', 'count')).toMatchObject({ value: 12000 });
    expect(fit('35项', 'items')).toMatchObject({ value: 35, shift: 0 });
    expect(fit('3.2万人', 'persons')).toMatchObject({ value: 32000 });
  });
  it('refuses a unit of another dimension instead of guessing', () => {
    expect(fit('2.5%', 'yi_yuan')).toEqual({ ok: false, code: 'unit-mismatch' });
    expect(fit('12家', 'persons')).toEqual({ ok: false, code: 'unit-mismatch' });
    expect(fit('1.2万', 'yi_yuan')).toEqual({ ok: false, code: 'unit-mismatch' });
    expect(fit('3倍', 'percent')).toEqual({ ok: false, code: 'unit-mismatch' });
  });
  it('combines a bare multiplier with the column unit: 1.2万 under 亿元 is 1.2万亿元 = 12000 亿元', () => {
    expect(fit('1.2万', 'yi_yuan', '亿元')).toMatchObject({ value: 12000 });
    expect(fit('1.2万', 'count', '家')).toMatchObject({ value: 12000 });
  });
  it("lets a cell's own unit win over its column's", () => {
    expect(fit('3500万元', 'yi_yuan', '亿元')).toMatchObject({ value: 0.35 });
  });
});
