/** The growth rules an indicator can be projected with. */
export type RuleName = 'compound' | 'linear' | 'logistic' | 'expression';

/** A one-off change to one year's growth: `size` −0.1 makes that year's level 10% lower than the rule says. */
export interface Shock {
  year: number;
  size: number;
}

/**
 * What a user assumes about one indicator. Every field is optional: what is left out is fitted
 * from history (see `resolveSeries`).
 */
export interface Assumption {
  /** Defaults to `compound`. */
  rule?: RuleName;
  /** Compound growth g per year. Defaults to the observed CAGR over the window. */
  growth?: number;
  /** Linear increment per year, in the indicator's unit. Defaults to the OLS slope over the window. */
  increment?: number;
  /** Logistic rate r. Defaults to the rate that reproduces the observed growth in the first year. */
  rate?: number;
  /** Logistic ceiling C. Defaults to the indicator's upper bound. */
  ceiling?: number;
  /** Expression rule: the next value from `x` (this year's value), `t` (the year being projected) and `params`. */
  expression?: string;
  params?: Record<string, number>;
  /** σ of the yearly log growth. Defaults to the series' own SD of log growth over the window, pooled with the other series' (see `fitCompound`). */
  volatility?: number;
  /**
   * Compound rule: SD of the trend's growth itself (of the drift of ln x), drawn once per path, so the
   * fan widens with the square of the horizon as well as with its root. Defaults to the fit's: the
   * sampling error of the trend plus the instability of trends (`DRIFT_INSTABILITY`).
   */
  trendSd?: number;
  /** History window in years. Defaults to 5. */
  window?: number;
  /** AR(1) persistence ρ of the yearly shocks, in [0, 1). Defaults to 0. */
  persistence?: number;
  shocks?: Shock[];
  /** Project this indicator as a formula of others (same region), e.g. `rd_expenditure / gdp * 100`. */
  derive?: string;
}

/** Everything the engine needs besides the data. */
export interface EngineScenario {
  /** Use only data up to this year (a hindcast); null uses everything. */
  asOf: number | null;
  /** The last year projected. */
  horizon: number;
  seed: number;
  paths: number;
  /** Assumptions by indicator id, or by `id@region` for one region only. */
  assumptions: Record<string, Assumption>;
  /** The tolerance of '~' targets without their own (relative); absent uses `DEFAULT_ABOUT_TOLERANCE`. */
  aboutTolerance?: number;
}

export const DEFAULT_WINDOW = 5;

/**
 * The assumption a series runs under: the one under its key (`id@region`), else the one under its bare
 * indicator id (every region of that indicator), else none. The engine, the page and the incremental
 * planner all read assumptions this one way.
 *
 * @param assumptions - The scenario's assumptions.
 * @param indicatorId - The series' indicator.
 * @param region - The series' region.
 */
export function assumptionFor(assumptions: Readonly<Record<string, Assumption>>, indicatorId: string, region: string): Assumption | undefined {
  const own = (key: string) => (Object.hasOwn(assumptions, key) ? assumptions[key] : undefined);
  return own(`${indicatorId}@${region}`) ?? own(indicatorId);
}
