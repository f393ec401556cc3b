import type { GrowthRule } from './growth-rule.ts';

/**
 * Linear growth: x_{t+1} = x_t + b.
 *
 * @param increment - b per year, in the indicator's unit.
 */
export function linearRule(increment: number): GrowthRule {
  return { space: 'level', next: (x) => x + increment };
}
