import type { GrowthRule } from './growth-rule.ts';
import { log } from '../det-math.ts';

/**
 * Compound growth: ln x_{t+1} = ln x_t + ln(1 + g). Simulated in log space, so a path never needs an
 * exponential per step: the median after n years is x_L(1 + g)^n.
 *
 * @param growth - g per year; must exceed −1.
 */
export function compoundRule(growth: number): GrowthRule {
  if (!(growth > -1)) throw new RangeError('compound growth must exceed −100%');
  return { space: 'log', drift: log(1 + growth) };
}
