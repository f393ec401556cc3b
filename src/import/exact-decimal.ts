/**
 * A number exactly as written in decimal: `(-1)^negative × digits × 10^exponent`. Unit changes
 * (万元 → 亿元, 1.2万家 → 12000) move the exponent instead of multiplying a float, so "3500万元" becomes
 * 0.35 亿元 by one correctly rounded string-to-number conversion, never by two roundings.
 */
export interface ExactDecimal {
  negative: boolean;
  /** Decimal digits without leading zeros, "0" for zero. */
  digits: string;
  exponent: number;
}

/**
 * Convert an exact decimal to the nearest double.
 *
 * @param decimal - The decimal to convert.
 * @param shift - Powers of ten to add to the exponent; defaults to 0.
 * @returns The nearest double; zero is always +0. Overflow gives ±Infinity, which callers must refuse.
 */
export function decimalToNumber(decimal: ExactDecimal, shift = 0): number {
  // Number() on a decimal string is correctly rounded (ECMA-262 StringToNumber), so this is the
  // double nearest the value the user wrote, whatever the shift.
  const value = Number(`${decimal.negative ? '-' : ''}${decimal.digits}e${decimal.exponent + shift}`);
  return value === 0 ? 0 : value;
}
