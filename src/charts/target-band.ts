import { aboutBand, type AboutBand, type Comparator } from '../model/index.ts';
import { toleranceOf } from '../notebook/about-text.ts';

/** The band an "about" target is met in, as the chart draws it, with the tolerance that set it. */
export interface TargetBand extends AboutBand {
  /** The relative tolerance in use: the target's own, else the scenario's, else the default. */
  tolerance: number;
}

/**
 * Return the band [v·(1−t), v·(1+t)] the chart draws for an "about" target, or null for any other
 * comparator (those are drawn as a bar at v). Plot-free, so the chart's scale can take the band's
 * ends in before Plot has loaded.
 *
 * @param target - The target's value, comparator and own tolerance.
 * @param aboutTolerance - The scenario's tolerance for "about" targets without their own; absent uses the default.
 * @example targetBand({ value: 65, comparator: '~' }, 0.02) // { low: 63.7, high: 66.3, tolerance: 0.02 }
 */
export function targetBand(target: { value: number; comparator: Comparator; tolerance?: number | null }, aboutTolerance?: number): TargetBand | null {
  const tolerance = toleranceOf(target, aboutTolerance);
  return tolerance === null ? null : { ...aboutBand(target.value, tolerance), tolerance };
}
