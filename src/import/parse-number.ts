import { toHalfWidth } from '../text/half-width.ts';
import { decimalToNumber, type ExactDecimal } from './exact-decimal.ts';
import { readUnitWord, type CellUnit } from './unit-words.ts';

/** Why a cell that is neither blank nor a number could not be read. */
export type CellProblemCode = 'not-a-number' | 'bad-grouping' | 'unknown-unit';

/** A number read from a cell, before it is fitted to an indicator's unit. */
export interface CellNumber {
  kind: 'number';
  /** The number as written, without its unit's multiplier: "1.2万家" → 1.2. */
  value: number;
  /** What the unit word multiplies by: 万 → 10 000, 亿 → 10^8, none or % → 1. */
  multiplier: number;
  /** The unit written in the cell, or null for a bare number. */
  unit: CellUnit | null;
  /** `value` as exact decimal digits, so unit changes never round twice. */
  decimal: ExactDecimal;
}

/** A cell read as a blank, a number, or neither (with the reason). */
export type ParsedCell = { kind: 'blank' } | CellNumber | { kind: 'unreadable'; code: CellProblemCode };

// Statistical yearbooks mark "no data" with dashes, ellipses or words; none of these is zero.
const BLANK = /^(?:[-–—―]+|…+|\.{2,3}|\/|n\/?a|无|暂无|空)$/i;
// Sign, digits with optional separators and decimal point, optional exponent, then whatever follows.
const NUMBER = /^([+-]?)\s*(\.?[0-9](?:[0-9., ]*[0-9])?\.?)(?:e([+-]?[0-9]{1,6}))?\s*(.*)$/is;
// Most cells: digits with at most one point and no separators.
const PLAIN = /^([0-9]*)\.?([0-9]*)$/;
// A real number cell is short; refusing long ones early keeps hostile megabyte cells cheap.
const MAX_NUMBER_LENGTH = 100;

/**
 * Tell whether a cell means "no value": empty, whitespace, a dash, an ellipsis, "/", "N/A", 无, 暂无…
 *
 * @param text - The cell as written.
 */
export function isBlankCell(text: string): boolean {
  const trimmed = toHalfWidth(text).trim();
  return trimmed === '' || BLANK.test(trimmed);
}

/**
 * Read one cell as written in a spreadsheet: a blank, a number with the unit it names, or neither.
 *
 * Accepts full-width digits and punctuation, thousands separators (`1,234.5`, `1，234`, `1 234`)
 * where every group after the first has three digits, a leading `+`, `-`, `−` or `－`, parentheses
 * for negatives (`(12.3)`), exponents (`1.2e3`) and a trailing unit word (`2.5%`, `3,500万元`,
 * `1.2万家`, `3倍`). The value is returned as written; fitting it to an indicator's unit is
 * {@link fitToUnit}'s job. A comma never means a decimal point: `2,5` is refused as `bad-grouping`
 * rather than guessed.
 *
 * @param text - The cell as written.
 * @returns The reading; never throws.
 * @example parseCell('１，２３４．５万元') // { kind: 'number', value: 1234.5, multiplier: 10000, unit: 万元 … }
 */
export function parseCell(text: string): ParsedCell {
  const trimmed = toHalfWidth(text).trim();
  if (trimmed === '' || BLANK.test(trimmed)) return { kind: 'blank' };
  if (trimmed.length > MAX_NUMBER_LENGTH) return unreadable('not-a-number');
  const paren = /^\(([^()]*)\)\s*([^()]*)$/.exec(trimmed);
  if (!paren) return readSignedNumber(trimmed);
  // Accountants' negatives: "(12.3)", "(12.3)亿元" or "(12.3亿元)"; a sign inside is a typo, not a double negative.
  const inner = paren[1] ?? '';
  const tail = (paren[2] ?? '').trim();
  if (/^\s*[+-]/.test(inner)) return unreadable('not-a-number');
  const read = readSignedNumber(tail === '' ? inner : `${inner}${tail}`);
  if (read.kind !== 'number') return read;
  const decimal = { ...read.decimal, negative: read.decimal.digits !== '0' };
  return { ...read, decimal, value: decimalToNumber(decimal) };
}

function readSignedNumber(text: string): ParsedCell {
  const match = NUMBER.exec(text);
  if (!match) return unreadable('not-a-number');
  const [, sign = '', body = '', exponent = '0', tail = ''] = match;
  const digits = readDigits(body);
  if (typeof digits === 'string') return unreadable(digits);
  let unit: CellUnit | null = null;
  if (tail !== '') {
    unit = readUnitWord(tail);
    // Letters after a number are a unit we do not know; digits or punctuation mean it was never one number.
    if (!unit) return unreadable(/^[\p{L}%‰/]+$/u.test(tail) ? 'unknown-unit' : 'not-a-number');
  }
  const decimal: ExactDecimal = {
    negative: sign === '-' && digits.digits !== '0',
    digits: digits.digits,
    exponent: digits.exponent + Number(exponent),
  };
  const value = decimalToNumber(decimal);
  if (!Number.isFinite(value)) return unreadable('not-a-number');
  return { kind: 'number', value, multiplier: 10 ** (unit?.power ?? 0), unit, decimal };
}

/** Strip group separators from `1,234.5` or `1 234.5`, checking the groups; return the digits or a code. */
function readDigits(body: string): Pick<ExactDecimal, 'digits' | 'exponent'> | CellProblemCode {
  const plain = PLAIN.exec(body);
  if (plain) return exactDigits(plain[1] ?? '', plain[2] ?? '');
  const separators = new Set(body.replace(/[0-9.]/g, ''));
  if (separators.size > 1) return 'bad-grouping';
  const [whole = '', fraction = '', ...rest] = body.split('.');
  if (rest.length > 0) return 'not-a-number';
  const separator = [...separators][0];
  if (separator !== undefined) {
    if (fraction.includes(separator)) return 'bad-grouping';
    const groups = whole.split(separator);
    const [first = '', ...others] = groups;
    if (first.length < 1 || first.length > 3 || others.some((g) => g.length !== 3)) return 'bad-grouping';
  }
  return exactDigits(whole.replace(/[^0-9]/g, ''), fraction);
}

function exactDigits(whole: string, fraction: string): Pick<ExactDecimal, 'digits' | 'exponent'> {
  const digits = `${whole}${fraction}`.replace(/^0+/, '');
  return { digits: digits === '' ? '0' : digits, exponent: -fraction.length };
}

const unreadable = (code: CellProblemCode): ParsedCell => ({ kind: 'unreadable', code });
