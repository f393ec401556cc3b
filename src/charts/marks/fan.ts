import * as Plot from '@observablehq/plot';
import type { SeriesProjection } from '../../model/index.ts';
import { COMPARE_COLOR, FAN_COLOR } from '../plan-colors.ts';

/** One projected year's quantiles, in the indicator's unit. */
export interface FanPoint {
  year: number;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/**
 * Turn a projection into per-year points, starting from its last published value so the fan
 * visibly grows out of the data.
 *
 * @param projection - The engine's projection of one series, or none.
 */
export function fanPoints(projection: Pick<SeriesProjection, 'startYear' | 'startValue' | 'years' | 'quantiles'> | null | undefined): FanPoint[] {
  if (!projection || projection.startYear === null || projection.startValue === null) return [];
  const start = projection.startValue;
  const points: FanPoint[] = [{ year: projection.startYear, p05: start, p25: start, p50: start, p75: start, p95: start }];
  projection.years.forEach((year, i) => {
    const q = (k: number) => projection.quantiles[i * 5 + k] as number;
    points.push({ year, p05: q(0), p25: q(1), p50: q(2), p75: q(3), p95: q(4) });
  });
  return points;
}

/**
 * The model's fan: the 90% band, the 50% band over it and the dashed median, clipped at the frame
 * (the chart says when it clips).
 *
 * @param points - From `fanPoints`, already cut to the years the chart shows.
 */
export function fan(points: readonly FanPoint[]): Plot.CompoundMark {
  return Plot.marks(
    Plot.areaY(points, { x: 'year', y1: 'p05', y2: 'p95', fill: FAN_COLOR, fillOpacity: 0.15, clip: true }),
    Plot.areaY(points, { x: 'year', y1: 'p25', y2: 'p75', fill: FAN_COLOR, fillOpacity: 0.25, clip: true }),
    Plot.line(points, { x: 'year', y: 'p50', stroke: FAN_COLOR, strokeWidth: 1.5, strokeDasharray: '4,3', clip: true }),
  );
}

/**
 * The pinned comparison scenario (A) over the live one's fan (B): its median and 90% edges as
 * grey lines, so both can be read where they overlap.
 *
 * @param points - The comparison's `fanPoints`, cut to the chart's years.
 */
export function comparisonOutline(points: readonly FanPoint[]): Plot.CompoundMark {
  return Plot.marks(
    Plot.line(points, { x: 'year', y: 'p05', stroke: COMPARE_COLOR, strokeWidth: 1, clip: true }),
    Plot.line(points, { x: 'year', y: 'p95', stroke: COMPARE_COLOR, strokeWidth: 1, clip: true }),
    Plot.line(points, { x: 'year', y: 'p50', stroke: COMPARE_COLOR, strokeWidth: 1.5, clip: true }),
  );
}
