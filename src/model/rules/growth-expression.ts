import { compileFormula } from '../formula.ts';
import type { GrowthRule } from './growth-rule.ts';

/**
 * A user's growth rule: the next value from `x` (this year's value), `t` (the year being projected)
 * and named parameters, in the allowlisted mathjs syntax of `compileFormula`.
 *
 * @param expression - E.g. `x * (1 + g) + 50`.
 * @param params - Named numbers the expression may use; `x` and `t` are reserved.
 * @throws FormulaError for anything outside the allowlist.
 */
export function expressionRule(expression: string, params: Record<string, number> = {}): GrowthRule {
  const names = Object.keys(params).filter((n) => n !== 'x' && n !== 't');
  const formula = compileFormula(expression, ['x', 't', ...names]);
  const env = new Float64Array(formula.symbols.length);
  const xAt = formula.symbols.indexOf('x');
  const tAt = formula.symbols.indexOf('t');
  formula.symbols.forEach((name, i) => {
    if (name !== 'x' && name !== 't') env[i] = params[name] ?? Number.NaN;
  });
  return {
    space: 'level',
    next: (x, year) => {
      if (xAt >= 0) env[xAt] = x;
      if (tAt >= 0) env[tAt] = year;
      return formula.evaluate(env);
    },
  };
}
