import type { GrowthRule } from './growth-rule.ts';

/**
 * Logistic growth toward a ceiling, for shares: x_{t+1} = x_t + r·x_t·(1 − x_t / C).
 *
 * @param rate - r, the growth rate far below the ceiling.
 * @param ceiling - C, which the value approaches but does not pass; must be positive.
 */
export function logisticRule(rate: number, ceiling: number): GrowthRule {
  if (!(ceiling > 0)) throw new RangeError('logistic ceiling must be positive');
  return { space: 'level', next: (x) => x + rate * x * (1 - x / ceiling) };
}

/**
 * Return the logistic rate that gives growth g in the first year from x_L: g = r(1 − x_L/C).
 *
 * @param growth - The growth to reproduce.
 * @param start - x_L.
 * @param ceiling - C.
 */
export function logisticRateFor(growth: number, start: number, ceiling: number): number {
  const room = 1 - start / ceiling;
  return room > 0 ? growth / room : 0;
}
