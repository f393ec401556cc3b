import type { SeriesProjection } from '../model/index.ts';

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
 * visibly grows out of the data. Kept apart from the Plot marks so a page can measure the fan
 * (see `chartExtent`) before Plot has loaded.
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
