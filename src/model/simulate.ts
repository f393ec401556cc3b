import { createRandom, streamSeed } from './random.ts';
import { dealNormals, dealSlices } from './stratified.ts';
import type { ResolvedSeries } from './resolve-series.ts';
import { exp, log } from './det-math.ts';

/**
 * One series' paths, advanced a year at a time. Only the current year is held, so memory does not
 * grow with the horizon: whoever needs a year's paths (quantiles, probabilities, formulas of other
 * series, scores) reads `current` between two calls of `advance`.
 */
export interface PathState {
  key: string;
  /** The start year; the first `advance` moves to the year after it. */
  startYear: number;
  /** The year `current` holds. */
  year: number;
  /** `log`: `current` holds ln x (compound rules); `level`: it holds x. */
  space: 'log' | 'level';
  current: Float64Array;
  /** Path-steps whose value was not a finite number (an expression rule gone wrong). */
  nonFinite: number;
  /** Move every path one year on. */
  advance(): void;
  /** The buffers the paths hold, to give back to whoever lent them once the paths are done with. */
  buffers: Float64Array[];
}

/**
 * Start a series' paths. Each year's log growth is the rule's step plus σ·e_t plus any shock, with
 * e_t = ρ·e_{t−1} + √(1−ρ²)·z_t (unit variance for any ρ) and z_t ~ N(0,1). Two draws per path come
 * first, each a stratified sample dealt out in the series' own random order (`dealSlices`): where the
 * start was rounded, its true value uniformly within the rounding; where the compound drift is
 * uncertain, the path's own drift ~ N(drift, driftSd²), kept for all its years. A
 * lower bound published after the start holds that year's paths at or above it. The stream is seeded
 * by the scenario seed and the series key, so one series' digits never depend on which others run.
 *
 * @param series - The resolved series.
 * @param paths - Number of paths (≥ 1).
 * @param seed - The scenario seed.
 * @param z - A buffer of `paths` doubles for the yearly draws; it may be shared by series that are
 *   advanced one after another, since each `advance` fills it before use.
 * @param take - Where the paths' own buffers of `paths` doubles come from; each is written whole before
 *   it is read, so a reused one is as good as a new one. Defaults to new arrays.
 */
export function startPaths(
  series: ResolvedSeries,
  paths: number,
  seed: number,
  z: Float64Array = new Float64Array(paths),
  take: () => Float64Array = () => new Float64Array(paths),
): PathState {
  const random = createRandom(streamSeed(seed, series.key));
  const { rule, sigma, persistence: rho, shocks, floors } = series;
  const space = rule.space;
  const current = take().fill(space === 'log' ? log(series.start.value) : series.start.value);
  const buffers = [current];
  // Where the start was rounded, its true value is anywhere within the rounding: a stratified uniform.
  if (series.startSpread > 0) {
    const slices = dealSlices(paths, random);
    for (let p = 0; p < paths; p++) {
      const u = series.startSpread * ((2 * (slices[p] as number) + 1) / paths - 1);
      current[p] = space === 'log' ? (current[p] as number) + u : (current[p] as number) * (1 + u);
    }
  }
  // The path's own drift, for compound rules whose trend is uncertain: a stratified normal.
  let drifts: Float64Array | null = null;
  if (rule.space === 'log' && series.driftSd > 0) {
    drifts = take();
    buffers.push(drifts);
    dealNormals(drifts, rule.drift, series.driftSd, random);
  }
  const innovation = Math.sqrt(1 - rho * rho);
  // Without persistence the yearly shocks are the draws themselves: no copy needed.
  const e = rho === 0 ? z : take();
  if (e !== z) buffers.push(e);
  const lower = series.input.lowerBound ?? -Infinity;
  const upper = series.input.upperBound ?? Infinity;

  const state: PathState = {
    key: series.key,
    startYear: series.start.year,
    year: series.start.year,
    space,
    current,
    nonFinite: 0,
    buffers,
    advance() {
      const year = ++state.year;
      random.fillNormal(z);
      // The first year's shock has no predecessor; later ones carry ρ of the previous year's.
      if (rho !== 0) {
        if (year === state.startYear + 1) e.set(z);
        else for (let p = 0; p < paths; p++) e[p] = rho * (e[p] as number) + innovation * (z[p] as number);
      }
      const shock = shocks.get(year) ?? 0;
      if (rule.space === 'log') {
        if (drifts) for (let p = 0; p < paths; p++) current[p] = (current[p] as number) + (drifts[p] as number) + shock + sigma * (e[p] as number);
        else {
          const drift = rule.drift + shock;
          for (let p = 0; p < paths; p++) current[p] = (current[p] as number) + drift + sigma * (e[p] as number);
        }
      } else {
        for (let p = 0; p < paths; p++) {
          const next = rule.next(current[p] as number, year) * exp(sigma * (e[p] as number) + shock);
          if (!Number.isFinite(next)) state.nonFinite++;
          current[p] = Math.min(upper, Math.max(lower, next));
        }
      }
      const floor = floors.get(year);
      if (floor !== undefined) for (let p = 0; p < paths; p++) if ((current[p] as number) < floor) current[p] = floor;
    },
  };
  return state;
}

/**
 * Return one path's level in a year: from the paths where they hold that year, else from history.
 *
 * @param state - The series' paths.
 * @param history - Published values by year for the same series.
 * @param year - The year wanted (the paths' current year, or one at or before their start).
 * @param path - The path index.
 * @returns The level, or NaN where neither has the year.
 */
export function levelAt(state: PathState, history: ReadonlyMap<number, number>, year: number, path: number): number {
  if (year !== state.year || year <= state.startYear) return history.get(year) ?? Number.NaN;
  const v = state.current[path] as number;
  return state.space === 'log' ? exp(v) : v;
}
