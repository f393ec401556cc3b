import { aboutBand, inBand } from './about.ts';
import type { Comparator } from './types.ts';

/**
 * How the growth seen compares with the growth needed, in the Open SDG / Statistics Canada
 * progress convention (https://open-sdg.org/ ; "progress status" thresholds 0.95 and 0.6).
 */
export type Pace = 'achieved' | 'on-track' | 'needs-acceleration' | 'limited-progress' | 'moving-away';

/**
 * Rate the pace: the ratio of observed to required growth. A target already met by the last value
 * is `achieved`; otherwise ≥ 0.95 is on track, 0.60–0.95 needs acceleration, 0–0.60 is limited
 * progress and a negative ratio is moving away.
 *
 * @param observed - Observed growth g_obs over the window.
 * @param required - Growth the target needs from the last value.
 * @param alreadyMet - Whether the last value already satisfies the target.
 * @returns The rating and the ratio (NaN when either growth is unknown or the target needs none).
 */
export function ratePace(
  observed: number | null,
  required: number | null,
  alreadyMet: boolean,
): { pace: Pace | null; ratio: number } {
  if (alreadyMet) return { pace: 'achieved', ratio: ratio(observed, required) };
  const r = ratio(observed, required);
  if (Number.isNaN(r)) return { pace: null, ratio: r };
  if (r >= 0.95) return { pace: 'on-track', ratio: r };
  if (r >= 0.6) return { pace: 'needs-acceleration', ratio: r };
  if (r >= 0) return { pace: 'limited-progress', ratio: r };
  return { pace: 'moving-away', ratio: r };
}

function ratio(observed: number | null, required: number | null): number {
  if (observed === null || required === null || required === 0) return Number.NaN;
  return observed / required;
}

/** Whether a value already satisfies a target, for pace ('~': inside its band, see `aboutBand`). */
export function meets(value: number, target: number, comparator: Comparator, tolerance?: number | null): boolean {
  if (comparator === '>=') return value >= target;
  if (comparator === '<=') return value <= target;
  if (comparator === '~') return inBand(value, aboutBand(target, tolerance));
  return value === target;
}
