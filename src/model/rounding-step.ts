import { pow } from './pow.ts';
/**
 * Return the step a rounded figure was rounded to: the place value of its last significant digit.
 * "1.2万家" is stored as 12000, whose last significant digit is the thousands, so the true count
 * lies within 12000 ± 500. Decimal figures work the same way: 3.1 → 0.1.
 *
 * @param value - A finite published figure.
 * @example roundingStep(12000) // 1000
 */
export function roundingStep(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError('rounding step needs a finite value');
  const abs = Math.abs(value);
  if (abs === 0) return 1;
  // toPrecision(15) strips binary noise such as 3.1000000000000001 before we count digits.
  const text = Number(abs.toPrecision(15)).toString();
  if (text.includes('e')) {
    const [mantissa = '', exponent = '0'] = text.split('e');
    const decimals = (mantissa.split('.')[1] ?? '').length;
    return pow(10, Number(exponent) - decimals);
  }
  const [whole = '', fraction = ''] = text.split('.');
  if (fraction.length > 0) return pow(10, -fraction.length);
  const trailingZeros = whole.length - whole.replace(/0+$/, '').length;
  return pow(10, trailingZeros);
}
