import { assess, type AssessInput } from './assess.ts';
import { baselineWalks, compare, scoredPoints, scoredTargets, type Calibration, type ScoredPoint, type ScoredTarget } from './hindcast.ts';

/** The horizon groups the track record is reported by: years after the last data year. */
export const HORIZON_GROUPS = ['1', '2', '3+'] as const;
export type HorizonGroup = (typeof HORIZON_GROUPS)[number];

/** A rolling-origin evaluation: a hindcast from every as-of year, each forecast scored once. */
export interface Evaluation {
  from: number;
  to: number;
  overall: Calibration;
  byHorizon: Record<HorizonGroup, Calibration>;
  /** By series key, in the order the series were given. */
  bySeries: { key: string; calibration: Calibration }[];
  points: ScoredPoint[];
  targets: ScoredTarget[];
}

/**
 * Return the horizon group of a forecast h years after its last data year.
 *
 * @param horizon - h ≥ 1.
 */
export function horizonGroup(horizon: number): HorizonGroup {
  return horizon <= 1 ? '1' : horizon === 2 ? '2' : '3+';
}

/**
 * Evaluate the engine by rolling origin: run the scenario as of every year from `from` to `to`, score
 * each projected year that later got a final or preliminary value, and score the targets decided
 * later. A series whose data did not change between two as-of years makes the same forecast again;
 * it is counted once (per series, last data year and year; per target and last data year), at the
 * first as-of year that made it. The baseline (`fitRandomWalk`) is scored on the same points.
 *
 * @param input - Series (with their whole history), targets and the scenario; its `asOf` is replaced.
 * @param range - The first and last as-of years.
 * @example evaluate(input, { from: 2012, to: 2022 }).overall.coverage90
 */
export function evaluate(input: AssessInput, range: { from: number; to: number }): Evaluation {
  const points: ScoredPoint[] = [];
  const targets: ScoredTarget[] = [];
  const seenPoints = new Set<string>();
  const seenTargets = new Set<string>();
  for (let asOf = range.from; asOf <= range.to; asOf++) {
    const result = assess({ ...input, planAsOf: undefined, scenario: { ...input.scenario, asOf }, score: true });
    const walkFor = baselineWalks(input.series, asOf);
    for (const p of scoredPoints(result, input.series, asOf, walkFor)) {
      const id = `${p.key}|${p.startYear}|${p.year}`;
      if (seenPoints.has(id)) continue;
      seenPoints.add(id);
      points.push(p);
    }
    for (const t of scoredTargets(result, input.series, asOf, walkFor)) {
      const id = `${t.id}|${t.startYear}`;
      if (seenTargets.has(id)) continue;
      seenTargets.add(id);
      targets.push(t);
    }
  }
  const byHorizon = Object.fromEntries(
    HORIZON_GROUPS.map((g) => [g, compare(points.filter((p) => horizonGroup(p.horizon) === g), targets.filter((t) => horizonGroup(t.year - t.startYear) === g))]),
  ) as Record<HorizonGroup, Calibration>;
  const keys = [...new Set(points.map((p) => p.key))];
  const bySeries = keys.map((key) => ({ key, calibration: compare(points.filter((p) => p.key === key), targets.filter((t) => t.key === key)) }));
  return { from: range.from, to: range.to, overall: compare(points, targets), byHorizon, bySeries, points, targets };
}
