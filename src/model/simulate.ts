import { createRandom, streamSeed } from './random.ts';
import type { ResolvedSeries } from './resolve-series.ts';
import { exp, log } from './det-math.ts';

/** Simulated paths of one series, year-major: `values[step * paths + path]`. */
export interface Simulation {
  key: string;
  /** Projected years: the year after the start through the horizon. */
  years: number[];
  paths: number;
  /** `log` values are ln x (compound rules); `level` values are x. */
  space: 'log' | 'level';
  values: Float64Array;
  /** Path-steps whose value was not a finite number (an expression rule gone wrong). */
  nonFinite: number;
}

/**
 * Simulate a series' paths from its start year to the horizon. Each year's log growth is the rule's
 * step plus σ·e_t plus any shock, with e_t = ρ·e_{t−1} + √(1−ρ²)·z_t (unit variance for any ρ) and
 * z_t ~ N(0,1) from a stream seeded by the scenario seed and the series key, so one series' digits
 * never depend on which other series are run.
 *
 * @param series - The resolved series.
 * @param horizon - The last year to project.
 * @param paths - Number of paths (≥ 1).
 * @param seed - The scenario seed.
 */
export function simulate(series: ResolvedSeries, horizon: number, paths: number, seed: number): Simulation {
  const startYear = series.start.year;
  const years: number[] = [];
  for (let y = startYear + 1; y <= horizon; y++) years.push(y);
  const values = new Float64Array(years.length * paths);
  const random = createRandom(streamSeed(seed, series.key));
  const { rule, sigma, persistence: rho, shocks } = series;
  const innovation = Math.sqrt(1 - rho * rho);
  const lower = series.input.lowerBound ?? -Infinity;
  const upper = series.input.upperBound ?? Infinity;
  const z = new Float64Array(paths);
  // Without persistence the shocks are the draws themselves: no copy needed.
  const e = rho === 0 ? z : new Float64Array(paths);
  const current = new Float64Array(paths).fill(rule.space === 'log' ? log(series.start.value) : series.start.value);
  let nonFinite = 0;

  years.forEach((year, step) => {
    random.fillNormal(z);
    // The first year's shock has no predecessor; later ones carry ρ of the previous year's.
    if (rho === 0) {
      // e aliases z.
    } else if (step === 0) e.set(z);
    else for (let p = 0; p < paths; p++) e[p] = rho * (e[p] as number) + innovation * (z[p] as number);
    const shock = shocks.get(year) ?? 0;
    const offset = step * paths;
    if (rule.space === 'log') {
      const drift = rule.drift + shock;
      for (let p = 0; p < paths; p++) {
        const next = (current[p] as number) + drift + sigma * (e[p] as number);
        current[p] = next;
        values[offset + p] = next;
      }
    } else {
      for (let p = 0; p < paths; p++) {
        let next = rule.next(current[p] as number, year) * exp(sigma * (e[p] as number) + shock);
        if (!Number.isFinite(next)) nonFinite++;
        next = Math.min(upper, Math.max(lower, next));
        current[p] = next;
        values[offset + p] = next;
      }
    }
  });
  return { key: series.key, years, paths, space: rule.space, values, nonFinite };
}

/**
 * Read one path's level in a year from a simulation, or from history where the year is not projected.
 *
 * @param sim - The simulation.
 * @param history - Published values by year for the same series.
 * @param year - The year wanted.
 * @param path - The path index.
 * @returns The level, or NaN where neither projection nor history has the year.
 */
export function levelAt(sim: Simulation, history: ReadonlyMap<number, number>, year: number, path: number): number {
  const step = year - (sim.years[0] ?? Infinity);
  if (step < 0 || step >= sim.years.length) return history.get(year) ?? Number.NaN;
  const v = sim.values[step * sim.paths + path] as number;
  return sim.space === 'log' ? exp(v) : v;
}
