import { DEFAULT_WINDOW, type Assumption } from './assumptions.ts';
import { observedGrowth, olsIncrement, volatility, type ObservedGrowth } from './history.ts';
import { compoundRule } from './rules/growth-compound.ts';
import { expressionRule } from './rules/growth-expression.ts';
import { linearRule } from './rules/growth-linear.ts';
import { logisticRateFor, logisticRule } from './rules/growth-logistic.ts';
import type { GrowthRule } from './rules/growth-rule.ts';
import type { SeriesInput } from './series.ts';
import type { Observation } from './types.ts';
import { log } from './det-math.ts';

/** Notes on how far a projection can be trusted; the UI words each one. */
export type SeriesFlag =
  | 'start-lower-bound'
  | 'start-rounded'
  | 'start-preliminary'
  | 'start-estimate'
  | 'endpoint-substituted'
  | 'volatility-assumed';

/** Why a series cannot be projected at all. */
export type SeriesProblem = 'no-history' | 'insufficient-history' | 'non-positive-base';

/** A series with every assumption made explicit: what the simulator runs. */
export interface ResolvedSeries {
  key: string;
  input: SeriesInput;
  /** History up to the as-of year. */
  history: Observation[];
  start: Observation;
  rule: GrowthRule;
  /** The parameters in force, for display: g, b, r, C as applicable. */
  parameters: { rule: string; growth: number | null; increment: number | null; rate: number | null; ceiling: number | null };
  sigma: number;
  persistence: number;
  /** Log-level change in a given year, from shocks. */
  shocks: Map<number, number>;
  window: number;
  observed: ObservedGrowth | null;
  flags: SeriesFlag[];
}

/**
 * Make every assumption for one series explicit, fitting what the user left out from the history
 * up to the as-of year: growth from the CAGR over the window, σ from the SD of log growth.
 *
 * @param input - The series.
 * @param assumption - The user's assumption for it (may be empty).
 * @param asOf - Use only history up to this year; null for all.
 * @returns The resolved series, or the reason it cannot be projected.
 * @throws FormulaError from an expression rule outside the allowlist.
 */
export function resolveSeries(
  input: SeriesInput,
  assumption: Assumption,
  asOf: number | null,
): ResolvedSeries | { problem: SeriesProblem } {
  const history = asOf === null ? input.history : input.history.filter((o) => o.year <= asOf);
  const start = history[history.length - 1];
  if (!start) return { problem: 'no-history' };
  if (!(start.value > 0)) return { problem: 'non-positive-base' };
  const window = Math.max(1, Math.round(assumption.window ?? DEFAULT_WINDOW));
  const observed = observedGrowth(history, window);
  const flags: SeriesFlag[] = [];
  if (start.quality === 'lower_bound') flags.push('start-lower-bound');
  if (start.quality === 'rounded') flags.push('start-rounded');
  if (start.quality === 'preliminary') flags.push('start-preliminary');
  if (start.quality === 'estimate') flags.push('start-estimate');
  if (observed?.substituted) flags.push('endpoint-substituted');

  const ruleName = assumption.rule ?? 'compound';
  const needsFit = assumption.growth === undefined && ruleName !== 'expression' && ruleName !== 'linear';
  if (needsFit && observed === null) return { problem: 'insufficient-history' };
  const growth = assumption.growth ?? observed?.growth ?? 0;

  let sigma = assumption.volatility;
  if (sigma === undefined) {
    const fitted = volatility(history, window);
    if (fitted) sigma = fitted.sigma;
    else {
      // One pair cannot give a spread; take the size of the growth itself as a wide, flagged guess.
      sigma = Math.abs(log(1 + growth));
      flags.push('volatility-assumed');
    }
  }

  const parameters = { rule: ruleName, growth: null as number | null, increment: null as number | null, rate: null as number | null, ceiling: null as number | null };
  let rule: GrowthRule;
  switch (ruleName) {
    case 'compound':
      rule = compoundRule(growth);
      parameters.growth = growth;
      break;
    case 'linear': {
      const increment = assumption.increment ?? olsIncrement(history, window);
      if (increment === null) return { problem: 'insufficient-history' };
      rule = linearRule(increment);
      parameters.increment = increment;
      break;
    }
    case 'logistic': {
      const ceiling = assumption.ceiling ?? input.upperBound ?? Number.NaN;
      if (!(ceiling > start.value)) return { problem: 'insufficient-history' };
      const rate = assumption.rate ?? logisticRateFor(growth, start.value, ceiling);
      rule = logisticRule(rate, ceiling);
      parameters.rate = rate;
      parameters.ceiling = ceiling;
      break;
    }
    case 'expression':
      rule = expressionRule(assumption.expression ?? '', assumption.params);
      break;
  }
  const shocks = new Map<number, number>();
  for (const s of assumption.shocks ?? []) shocks.set(s.year, (shocks.get(s.year) ?? 0) + log(1 + s.size));
  return {
    key: `${input.indicatorId}@${input.region}`,
    input,
    history,
    start,
    rule,
    parameters,
    sigma,
    persistence: Math.min(0.99, Math.max(0, assumption.persistence ?? 0)),
    shocks,
    window,
    observed,
    flags,
  };
}
