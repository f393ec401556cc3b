import type { TrendFit } from './fit-trend.ts';
import type { KindPool, Pool } from './pool.ts';

/** What the compound rule's fitted defaults rest on, and what they come to. */
export interface CompoundFit {
  /** Drift of ln x used: the series' own, pulled toward its kind's by 1 − evidenceWeight. */
  drift: number;
  /** SD of that drift (its posterior): drawn once per path, so the trend itself is uncertain. */
  driftSd: number;
  /** σ of the yearly log growth. */
  sigma: number;
  /**
   * How much the series' own trend counts, τ²/(τ² + v) with v its sampling variance σ²/span: 1 uses
   * it as it is, 0 uses the kind's median drift.
   */
  evidenceWeight: number;
  /**
   * Whether σ is the series' own (over the floor), held at the floor, borrowed from the pool, or, with
   * too little history of its own, widened mostly by how far its trend lies from its kind's.
   */
  sigmaSource: 'own' | 'floor' | 'pooled' | 'distance';
}

/**
 * Weight of the pooled σ² against a series' own, in degrees of freedom (a scaled-inverse-χ² prior):
 * one series' σ from two yearly changes counts as much as the pool, from twenty it nearly decides.
 */
export const PRIOR_DF = 2;
/**
 * How far a growth trend may drift from its past, as an SD of ln x per year (1 point of growth a
 * year), added to every fitted drift's uncertainty: GDP's growth in Guangzhou fell from about 8% to
 * about 5% after 2018, which no fit to the years before could know. Chosen by the rolling-origin
 * evaluation (`npm run cli -- evaluate`, as of 2012–2022): without it the 90% bands held 85% of later
 * values at h ≥ 3, with 0.01 they hold 92%, with 0.015 they hold 99% (too wide).
 */
export const DRIFT_INSTABILITY = 0.01;
/** Below this evidence weight a fitted growth counts as pulled toward its kind (`growth-pooled`). */
export const POOLED_BELOW = 0.8;
/** No series is taken to be steadier than this share of the pooled σ (GDP's σ can come out 0.00003). */
export const SIGMA_FLOOR_SHARE = 0.5;

/**
 * Return the σ floor: a share of the pooled σ.
 *
 * @param pool - The pooled quantities.
 */
export function sigmaFloor(pool: Pool): number {
  return SIGMA_FLOOR_SHARE * pool.sigma;
}

/**
 * Fit the compound rule's defaults for thin data (empirical Bayes).
 *
 * σ²: the series' own σ̂² (df degrees of freedom), the pooled σ² (PRIOR_DF) and, as one more degree
 * of freedom, what the series' distance from its kind implies, (μ̂ − m)²·span − τ²·span (a series that
 * doubled in a year when its kind grows 10% is volatile as well as fast), averaged by their degrees of
 * freedom and held at or above the floor.
 *
 * Drift: normal–normal shrinkage of μ̂ toward the kind's median m: w = τ²/(τ² + σ²/span),
 * μ = w·μ̂ + (1 − w)·m, with the posterior variance w·σ²/span plus the trend's instability κ²
 * (`DRIFT_INSTABILITY`), which the simulator draws once per path. The forecast variance of ln x after
 * h years is then σ²h + h²(w·σ²/span + κ²). A trend fitted on bounds or estimates (fewer than two firm
 * points) is not used at all: the kind's median drift stands in, with variance τ² + κ², and σ is pooled.
 *
 * @param fit - The series' trend fit.
 * @param pool - Pooled quantities, from data up to the as-of year.
 * @param kind - The pool of the series' kind.
 * @example fitCompound(fit, pool, pool.kinds.level).drift
 */
export function fitCompound(fit: TrendFit, pool: Pool, kind: KindPool): CompoundFit {
  if (fit.usedSoftPoints) {
    // A bound or an estimate is never the base of a growth rate: the kind's drift stands in, as uncertain as drifts differ.
    const sigma = Math.max(sigmaFloor(pool), pool.sigma);
    return { drift: kind.drift, driftSd: Math.sqrt(kind.tau2 + DRIFT_INSTABILITY * DRIFT_INSTABILITY), sigma, evidenceWeight: 0, sigmaSource: 'pooled' };
  }
  const own = fit.sigma === null ? 0 : fit.df * fit.sigma * fit.sigma;
  const gap = fit.drift - kind.drift;
  const distance = Math.max(0, (gap * gap - kind.tau2) * fit.span);
  const variance = (own + PRIOR_DF * pool.sigma * pool.sigma + distance) / (fit.df + PRIOR_DF + 1);
  const floor = sigmaFloor(pool);
  const sigma = Math.max(floor, Math.sqrt(variance));
  const sigmaSource = sigma === floor ? 'floor' : fit.sigma !== null ? 'own' : distance > PRIOR_DF * pool.sigma * pool.sigma ? 'distance' : 'pooled';
  const sampling = (sigma * sigma) / fit.span;
  const evidenceWeight = kind.tau2 / (kind.tau2 + sampling);
  return {
    drift: evidenceWeight * fit.drift + (1 - evidenceWeight) * kind.drift,
    driftSd: Math.sqrt(evidenceWeight * sampling + DRIFT_INSTABILITY * DRIFT_INSTABILITY),
    sigma,
    evidenceWeight,
    sigmaSource,
  };
}
