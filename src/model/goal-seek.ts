import { exp, log } from './det-math.ts';
import { likelihood, type Likelihood } from './likelihood.ts';
import { normalQuantile } from './normal-quantile.ts';
import { pow } from './pow.ts';
import type { Comparator } from './types.ts';

/** The probability boundaries of the likelihood scale (see likelihood.ts), lowest first. */
const BOUNDARIES = [0.1, 0.33, 0.66, 0.9, 0.99] as const;

/** A compound projection in closed form: enough to solve for the growth a probability needs. */
export interface CompoundSetting {
  start: number;
  target: number;
  comparator: Comparator;
  /** Years from the start to the target year. */
  years: number;
  sigma: number;
  persistence: number;
  /** SD of the drift of ln x itself (drawn once per path). Defaults to 0. */
  driftSd?: number;
  /** Half-width in ln x of a rounded start's range (uniform, variance spread²/3). Defaults to 0. */
  startSpread?: number;
  /** Sum of ln(1 + shock) over shocks up to the target year. */
  shockLog: number;
}

/**
 * Return the SD of ln x after n years under a compound projection, as the simulator draws it:
 * √(σ²·sd_n² + n²·driftSd² + startSpread²/3), with sd_n the SD of a sum of n AR(1) shocks
 * (`sumSd`). Without drift uncertainty or a rounded start this is σ·sd_n.
 *
 * @param setting - The projection.
 */
export function forecastSd(setting: CompoundSetting): number {
  const n = setting.years;
  const noise = setting.sigma * sumSd(n, setting.persistence);
  const drift = n * (setting.driftSd ?? 0);
  const start = setting.startSpread ?? 0;
  return Math.sqrt(noise * noise + drift * drift + (start * start) / 3);
}

/**
 * Return the SD of a sum of n AR(1) shocks of unit variance: √(n + 2 Σ_{k<n} (n − k) ρ^k).
 * With ρ = 0 this is √n.
 *
 * @param years - n.
 * @param rho - ρ in [0, 1).
 */
export function sumSd(years: number, rho: number): number {
  let variance = years;
  for (let k = 1; k < years; k++) variance += 2 * (years - k) * pow(rho, k);
  return Math.sqrt(variance);
}

/**
 * Solve for the yearly growth g at which the chance of meeting the target is exactly p:
 * P(x_T ≥ K) = Φ((ln x_L + n ln(1+g) + shocks − ln K) / s_n), with s_n the forecast SD of
 * `forecastSd` (the same variance the simulator draws, drift uncertainty included), so
 * ln(1+g) = (ln K − ln x_L − shocks + Φ⁻¹(p)·s_n) / n (the sign of Φ⁻¹ flips for ≤ targets).
 * An "about" target's chance rises and falls again with g, so it has no one such g (null); the growth
 * it needs is the one that puts the median at the band's centre (`requiredGrowth`).
 *
 * @param setting - The projection.
 * @param p - The probability wanted, in (0, 1).
 * @returns g, or null when the setting has no solution (no years, no start).
 */
export function growthForProbability(setting: CompoundSetting, p: number): number | null {
  const { start, target, comparator, years, shockLog } = setting;
  if (years < 1 || !(start > 0) || !(target > 0) || comparator === '==' || comparator === '~') return null;
  const spread = normalQuantile(p) * forecastSd(setting);
  const needed = log(target) - log(start) - shockLog + (comparator === '>=' ? spread : -spread);
  return exp(needed / years) - 1;
}

/** The nearest growth rates at which a target's likelihood word changes. */
export interface StatusFlip {
  /** The growth at which the next better word is reached, and that word. */
  up: { growth: number; status: Likelihood } | null;
  /** The growth below which the word drops, and the word it drops to. */
  down: { growth: number; status: Likelihood } | null;
}

/**
 * Find the smallest changes of growth that flip a target's likelihood word, one step up or down.
 *
 * @param setting - The projection in closed form.
 * @param probability - The probability now (from the simulation).
 */
export function statusFlip(setting: CompoundSetting, probability: number): StatusFlip {
  const above = BOUNDARIES.find((b) => b > probability);
  const below = [...BOUNDARIES].reverse().find((b) => b <= probability);
  const at = (p: number | undefined, nudge: number) => {
    if (p === undefined) return null;
    const growth = growthForProbability(setting, p);
    return growth === null ? null : { growth, status: likelihood(p + nudge) };
  };
  return { up: at(above, 0), down: at(below, -1e-9) };
}
