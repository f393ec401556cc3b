import * as Plot from '@observablehq/plot';
import type { FanPoint } from '../fan-points.ts';
import { COMPARE_COLOR, FAN_COLOR } from '../plan-colors.ts';

// Re-exported so the marks' callers keep one import; they live Plot-free in fan-points.ts.
export { fanPoints, type FanPoint } from '../fan-points.ts';

/**
 * The model's fan: the 90% band, the 50% band over it and the dashed median, clipped at the frame
 * (on a linear scale the chart says when it clips; a log scale takes in the whole band).
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
