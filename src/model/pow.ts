import { exp, log } from './det-math.ts';
/**
 * Raise a number to a power with the same bits in every JavaScript engine. `Math.pow` and `**` are
 * not pinned down by the spec, and V8 has changed its implementation: Node 20 and Chromium 156
 * differ in the last bit of (x / y) ** (1 / n). Integer powers are done by repeated squaring (exact
 * IEEE products); other powers as exp(y · ln x) with the engine-independent exp and log of det-math.ts.
 *
 * @param base - x.
 * @param exponent - y.
 * @example pow(1.21, 0.5) // 1.1 (to the last bit everywhere)
 */
export function pow(base: number, exponent: number): number {
  if (Number.isInteger(exponent) && Math.abs(exponent) <= 1024) {
    let result = 1;
    let b = base;
    let e = Math.abs(exponent);
    while (e > 0) {
      if (e & 1) result *= b;
      b *= b;
      e >>>= 1;
    }
    return exponent < 0 ? 1 / result : result;
  }
  if (base > 0) return exp(exponent * log(base));
  if (base === 0) return exponent > 0 ? 0 : Infinity;
  return Number.NaN; // a negative base to a fractional power has no real value
}
