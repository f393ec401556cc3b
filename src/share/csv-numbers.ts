// How each kind of number is written into a CSV, so a file carries what a number knows and no more:
// a published value as the publisher wrote it, a model output to four significant digits (the
// engine's Monte Carlo error is far above the fifth), and a difference of two published values
// exactly, without the noise of binary floating point (2.6 − 3.0 is −0.4, not −0.40000000000000036).
import type { LayerMark } from '../data/types.ts';

/** A number already written in decimal, put into the file as it is (see `writeCsv`). */
export interface DecimalCell {
  decimal: string;
}

/** Significant digits of model outputs (quantiles, probabilities, ratios) in files. */
export const MODEL_DIGITS = 4;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Round a model output to {@link MODEL_DIGITS} significant digits for a file.
 *
 * @param x - A number, or null when unknown.
 * @returns The rounded number (null for null, NaN or ±Infinity); −0 becomes 0.
 * @example
 * significant(9145.6076518773); // 9146
 * significant(0.123456); // 0.1235
 */
export function significant(x: number | null, digits = MODEL_DIGITS): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  return Number(x.toPrecision(digits)) || 0;
}

/**
 * Write a published value as the publisher wrote it: the seed file's own digits when the row
 * carries them (`value_exact`: `2.10` stays `2.10`), else the shortest decimal that reads back as the
 * number (a user's value, which was itself read from such a decimal).
 *
 * @param row - A row with `value` and, for seed rows, `value_exact`.
 */
export function publishedCell(row: { value: number; value_exact?: string }): DecimalCell | number {
  return row.value_exact !== undefined && DECIMAL.test(row.value_exact) ? { decimal: row.value_exact } : row.value;
}

/** A decimal string as a signed integer of units at `scale` decimal places. */
function scaled(text: string): { units: bigint; scale: number } {
  const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
  const units = BigInt(whole + fraction);
  return { units: text.startsWith('-') ? -units : units, scale: fraction.length };
}

/**
 * Subtract two decimals exactly.
 *
 * @param a - A decimal string such as `2.6` or `-12`.
 * @param b - Another.
 * @returns `a − b` as a decimal string without trailing zeros after the point; null when either is
 *   not a plain decimal.
 * @example
 * exactDifference('2.6', '3.0'); // '-0.4'
 */
export function exactDifference(a: string, b: string): string | null {
  if (!DECIMAL.test(a) || !DECIMAL.test(b)) return null;
  const x = scaled(a);
  const y = scaled(b);
  const scale = Math.max(x.scale, y.scale);
  const units = x.units * 10n ** BigInt(scale - x.scale) - y.units * 10n ** BigInt(scale - y.scale);
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return units < 0n ? `-${text}` : text;
}

/**
 * The decimal a row's value was read from: its file's digits, else the shortest decimal of the number.
 *
 * @param row - A row with `value` and, for seed rows, `value_exact`.
 */
export function decimalOf(row: { value: number; value_exact?: string }): string {
  const cell = publishedCell(row);
  return typeof cell === 'number' ? String(cell) : cell.decimal;
}

/** Whether a row is the reader's own (`user`) or shipped (`published`): the two are never to be mistaken. */
export function originCell(row: LayerMark): 'user' | 'published' {
  return row.origin === 'user' ? 'user' : 'published';
}
