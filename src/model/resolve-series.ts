import { DEFAULT_WINDOW, type Assumption } from './assumptions.ts';
import { DRIFT_INSTABILITY, fitCompound, POOLED_BELOW, type CompoundFit } from './fit-compound.ts';
import { FIRM_QUALITIES, fitTrend, type TrendFit } from './fit-trend.ts';
import type { ObservedGrowth } from './history.ts';
import { olsIncrement } from './history.ts';
import { poolSeries, type Pool } from './pool.ts';
import { roundingStep } from './rounding-step.ts';
import { compoundRule } from './rules/growth-compound.ts';
import { expressionRule } from './rules/growth-expression.ts';
import { linearRule } from './rules/growth-linear.ts';
import { logisticRateFor, logisticRule } from './rules/growth-logistic.ts';
import type { GrowthRule } from './rules/growth-rule.ts';
import { historyUpTo, type SeriesInput } from './series.ts';
import type { Observation } from './types.ts';
import { exp, log } from './det-math.ts';

/** Notes on how far a projection can be trusted; the UI words each one. */
export type SeriesFlag =
  | 'start-lower-bound'
  | 'start-rounded'
  | 'start-preliminary'
  | 'start-estimate'
  | 'start-stale'
  | 'endpoint-substituted'
  | 'volatility-assumed'
  | 'fit-on-bounds'
  | 'growth-pooled';

/** Why a series cannot be projected at all. */
export type SeriesProblem = 'no-history' | 'insufficient-history' | 'non-positive-base';

/** What the fitted defaults rest on, for the reader: growth seen against growth used, and why. */
export interface FitBasis {
  /** Growth of the trend fitted to the series' own firm points (the CAGR between its ends). */
  growthSeen: number | null;
  /** Growth the projection uses: the user's, or the fitted one after pooling. */
  growthUsed: number | null;
  /** How much the series' own trend counts (1 = fully), or null when the user set the growth. */
  evidenceWeight: number | null;
  /** SD of the trend's drift of ln x itself (drawn once per path); about the SD of the trend growth. */
  driftSd: number;
  /** Years the trend is fitted over, and how many points it rests on. */
  fitYears: number | null;
  fitPoints: number;
  sigmaSource: CompoundFit['sigmaSource'] | 'user';
}

/** A series with every assumption made explicit: what the simulator runs. */
export interface ResolvedSeries {
  key: string;
  input: SeriesInput;
  /** History up to the as-of year. */
  history: readonly Observation[];
  /** Where the paths start: the last firm value (see `chooseStart`). */
  start: Observation;
  /** The latest published value up to the as-of year, whatever its quality: what targets' growth figures start from. */
  latest: Observation;
  /** Half-width, in ln x, of the range a rounded start was rounded from (0 for an exact start). */
  startSpread: number;
  /** Lower bounds published after the start (up to the as-of year): paths are held at or above them. */
  floors: Map<number, number>;
  rule: GrowthRule;
  /** The parameters in force, for display: g, b, r, C as applicable. */
  parameters: { rule: string; growth: number | null; increment: number | null; rate: number | null; ceiling: number | null };
  sigma: number;
  /** SD of the compound drift (ln x per year), drawn once per path; 0 for other rules. */
  driftSd: number;
  persistence: number;
  /** Log-level change in a given year, from shocks. */
  shocks: Map<number, number>;
  window: number;
  observed: ObservedGrowth | null;
  basis: FitBasis;
  flags: SeriesFlag[];
}

/**
 * Choose where a projection starts: the last firm value (final, preliminary or rounded); without one,
 * the last estimate; without that, the last value, a lower bound. Bounds after the start still count,
 * as floors the paths must clear.
 *
 * @param history - Values sorted by year, cut at the as-of year.
 */
export function chooseStart(history: readonly Observation[]): Observation | undefined {
  const firm = history.filter((o) => FIRM_QUALITIES.has(o.quality));
  return firm[firm.length - 1] ?? history.filter((o) => o.quality === 'estimate').pop() ?? history[history.length - 1];
}

/**
 * Make every assumption for one series explicit, fitting what the user left out from the history up
 * to the as-of year. The compound rule's defaults respect thin data (see `fitCompound`): growth is
 * pulled toward the series' kind as far as its own evidence is weak, σ is pooled and floored, and the
 * trend's own uncertainty is kept. A value the user set is used as given.
 *
 * @param input - The series.
 * @param assumption - The user's assumption for it (may be empty).
 * @param asOf - Use only history up to this year; null for all.
 * @param pool - Pooled quantities (`poolSeries` over every series, same as-of); defaults to this series alone.
 * @param latestYear - The latest data year of any series up to the as-of year: a start more than a year older is flagged. Defaults to the series' own last year.
 * @returns The resolved series, or the reason it cannot be projected.
 * @throws FormulaError from an expression rule outside the allowlist.
 */
export function resolveSeries(
  input: SeriesInput,
  assumption: Assumption,
  asOf: number | null,
  pool: Pool = poolSeries([input], asOf),
  latestYear?: number,
): ResolvedSeries | { problem: SeriesProblem } {
  const history = historyUpTo(input.history, asOf);
  const start = chooseStart(history);
  if (!start) return { problem: 'no-history' };
  if (!(start.value > 0)) return { problem: 'non-positive-base' };
  const window = Math.max(1, Math.round(assumption.window ?? DEFAULT_WINDOW));
  const fit = fitTrend(history, window);
  const observed = fit ? observedFrom(fit, window) : null;
  const latest = history[history.length - 1] as Observation;
  const flags = startFlags(start, latest, latestYear ?? latest.year);
  if (fit?.usedSoftPoints) flags.push('fit-on-bounds');
  if (observed?.substituted) flags.push('endpoint-substituted');

  const ruleName = assumption.rule ?? 'compound';
  const needsFit = assumption.growth === undefined && ruleName !== 'expression' && ruleName !== 'linear';
  if (needsFit && fit === null) return { problem: 'insufficient-history' };
  const compound = fit ? fitCompound(fit, pool, pool.kinds[input.kind ?? 'level']) : null;
  const fittedGrowth = compound ? exp(compound.drift) - 1 : 0;
  const growth = assumption.growth ?? fittedGrowth;
  if (assumption.growth === undefined && compound && compound.evidenceWeight < POOLED_BELOW) flags.push('growth-pooled');

  let sigma = assumption.volatility;
  if (sigma === undefined) {
    sigma = compound?.sigma ?? pool.sigma;
    if (!compound || compound.sigmaSource === 'pooled') flags.push('volatility-assumed');
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
  // The trend's uncertainty is the data's unless the user sets it: it stays when the user moves the
  // growth or σ, so a growth the page offers ("at 12% the word moves up") gives that word when set.
  const driftSd = ruleName === 'compound' ? (assumption.trendSd ?? compound?.driftSd ?? DRIFT_INSTABILITY) : 0;
  const shocks = new Map<number, number>();
  for (const s of assumption.shocks ?? []) shocks.set(s.year, (shocks.get(s.year) ?? 0) + log(1 + s.size));
  return {
    key: `${input.indicatorId}@${input.region}`,
    input,
    history,
    start,
    latest,
    startSpread: start.quality === 'rounded' ? roundingStep(start.value) / 2 / start.value : 0,
    floors: floorsAfter(history, start, rule.space),
    rule,
    parameters,
    sigma,
    driftSd,
    persistence: Math.min(0.99, Math.max(0, assumption.persistence ?? 0)),
    shocks,
    window,
    observed,
    basis: {
      growthSeen: fit ? exp(fit.drift) - 1 : null,
      growthUsed: ruleName === 'compound' || ruleName === 'logistic' ? growth : null,
      evidenceWeight: assumption.growth === undefined && compound ? compound.evidenceWeight : null,
      driftSd,
      fitYears: fit?.span ?? null,
      fitPoints: fit ? fit.df + 2 : 0,
      sigmaSource: assumption.volatility !== undefined ? 'user' : (compound?.sigmaSource ?? 'pooled'),
    },
    flags,
  };
}

/** Flags on the latest value (what targets are measured from) and on how old the paths' start is. */
function startFlags(start: Observation, latest: Observation, latestYear: number): SeriesFlag[] {
  const flags: SeriesFlag[] = [];
  if (latest.quality === 'lower_bound') flags.push('start-lower-bound');
  if (latest.quality === 'rounded') flags.push('start-rounded');
  if (latest.quality === 'preliminary') flags.push('start-preliminary');
  if (latest.quality === 'estimate') flags.push('start-estimate');
  if (start.year < latestYear - 1) flags.push('start-stale');
  return flags;
}

/** The growth seen, as the pace and the tables report it: the fitted trend's CAGR and its years. */
function observedFrom(fit: TrendFit, window: number): ObservedGrowth {
  return { growth: exp(fit.drift) - 1, fromYear: fit.fromYear, toYear: fit.toYear, substituted: fit.fromYear > fit.toYear - window };
}

/** Lower bounds after the start, in the rule's space (ln x for compound rules). */
function floorsAfter(history: readonly Observation[], start: Observation, space: GrowthRule['space']): Map<number, number> {
  const floors = new Map<number, number>();
  for (const o of history) {
    if (o.year > start.year && o.quality === 'lower_bound' && o.value > 0) floors.set(o.year, space === 'log' ? log(o.value) : o.value);
  }
  return floors;
}
