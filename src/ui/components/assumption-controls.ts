import type { Assumption, RuleName, SeriesProjection } from '../../model/index.ts';

/** The controls a user sees for one series, in display units (percent for rates). */
export interface ControlValues {
  rule: RuleName;
  /** Compound growth, percent per year. */
  growthPct: number;
  /** σ of yearly log growth, in percent. */
  volatilityPct: number;
  window: number;
}

/** Slider ranges in display units; typed numbers outside them are accepted but clamped to the model's limits. */
export const RANGES = {
  growthPct: { min: -20, max: 120, step: 0.1 },
  volatilityPct: { min: 0, max: 80, step: 0.1 },
  window: { min: 2, max: 10, step: 1 },
} as const;

/** The model's own limits (see src/scenario/scenario.ts). */
const LIMITS = { growthPct: [-99, 1000], volatilityPct: [0, 500], window: [1, 50] } as const;

/**
 * Read what the controls show: the user's assumption where set, else what the engine fitted.
 *
 * @param projection - The engine's projection for the series (its fitted parameters).
 * @param assumption - The user's assumption, if any.
 */
export function controlValues(projection: SeriesProjection | null, assumption: Assumption | undefined): ControlValues {
  return {
    rule: assumption?.rule ?? (projection?.rule as RuleName | undefined) ?? 'compound',
    growthPct: round1(100 * (assumption?.growth ?? projection?.growth ?? projection?.observedGrowth ?? 0)),
    volatilityPct: round1(100 * (assumption?.volatility ?? projection?.sigma ?? 0)),
    window: assumption?.window ?? projection?.window ?? 5,
  };
}

/**
 * Return the assumption after one control changed. A number that is not finite leaves the
 * assumption as it was; one outside the model's limits is clamped to them.
 *
 * @param current - The assumption now (may be undefined: all defaults).
 * @param field - The control that changed.
 * @param value - Its new value in display units.
 */
export function withControl(current: Assumption | undefined, field: keyof ControlValues, value: number | RuleName): Assumption {
  const next: Assumption = { ...current };
  if (field === 'rule') {
    next.rule = value as RuleName;
    return next;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return next;
  const [lo, hi] = LIMITS[field];
  const clamped = Math.min(hi, Math.max(lo, value));
  if (field === 'growthPct') next.growth = clamped / 100;
  else if (field === 'volatilityPct') next.volatility = clamped / 100;
  else next.window = Math.round(clamped);
  return next;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
