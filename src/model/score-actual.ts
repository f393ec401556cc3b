import { aboutBand, inBand } from './about.ts';
import { roundingStep } from './rounding-step.ts';
import type { Comparator, Observation } from './types.ts';

/** What a published value says about a target: met, missed, or not decidable from it. */
export type Verdict = 'met' | 'missed' | 'undetermined';

/** Why a verdict is what it is; the UI words each reason in zh and en. */
export type VerdictReason =
  | 'exact'
  | 'within-rounding'
  | 'rounded-clear'
  | 'lower-bound-clear'
  | 'lower-bound-below-target';

export interface ActualScore {
  verdict: Verdict;
  reason: VerdictReason;
  /** actual − target, in the indicator's unit. Positive means above the target. */
  margin: number;
  /** margin / |target|; NaN when the target is 0. */
  relativeMargin: number;
}

/**
 * Score one target against the published value for its year, respecting the value's quality.
 * A lower bound ("超过8700家") is read as "at least"; a rounded value as the interval it was
 * rounded from, so "1.2万" neither meets nor misses a target of 12000 with certainty.
 *
 * @param target - The target value and its comparator.
 * @param actual - The published value for the target year.
 * @example scoreActual({ value: 100, comparator: '>=' }, { year: 2020, value: 110, quality: 'final' })
 *   // { verdict: 'met', reason: 'exact', margin: 10, relativeMargin: 0.1 }
 */
export function scoreActual(
  target: { value: number; comparator: Comparator; tolerance?: number | null },
  actual: Observation,
): ActualScore {
  const margin = actual.value - target.value;
  const relativeMargin = target.value === 0 ? Number.NaN : margin / Math.abs(target.value);
  const base = { margin, relativeMargin };
  const passes = (x: number) => satisfies(x, target.value, target.comparator, target.tolerance);

  if (actual.quality === 'lower_bound') {
    // "About v": a floor above the band's top misses it; any lower floor leaves the value open.
    if (target.comparator === '~' && actual.value > aboutBand(target.value, target.tolerance).high) {
      return { ...base, verdict: 'missed', reason: 'lower-bound-clear' };
    }
    // The true value is somewhere at or above the bound.
    if (target.comparator === '>=' && passes(actual.value)) return { ...base, verdict: 'met', reason: 'lower-bound-clear' };
    if (target.comparator === '<=' && !passes(actual.value)) {
      return { ...base, verdict: 'missed', reason: 'lower-bound-clear' };
    }
    return { ...base, verdict: 'undetermined', reason: 'lower-bound-below-target' };
  }
  if (actual.quality === 'rounded') {
    const half = roundingStep(actual.value) / 2;
    const low = passes(actual.value - half);
    const high = passes(actual.value + half);
    if (low && high) return { ...base, verdict: 'met', reason: 'rounded-clear' };
    // Both ends outside a band may still straddle it, so '~' also needs the interval to miss it whole.
    const clear = target.comparator === '~' ? outsideBand(actual.value - half, actual.value + half, aboutBand(target.value, target.tolerance)) : target.comparator !== '==';
    if (!low && !high && clear) return { ...base, verdict: 'missed', reason: 'rounded-clear' };
    return { ...base, verdict: 'undetermined', reason: 'within-rounding' };
  }
  return { ...base, verdict: passes(actual.value) ? 'met' : 'missed', reason: 'exact' };
}

/**
 * Test a value against a target with the target's comparator; '~' is inside the band
 * [target·(1−t), target·(1+t)] (see `aboutBand`; no tolerance uses the default).
 */
export function satisfies(value: number, target: number, comparator: Comparator, tolerance?: number | null): boolean {
  if (comparator === '>=') return value >= target;
  if (comparator === '<=') return value <= target;
  if (comparator === '~') return inBand(value, aboutBand(target, tolerance));
  return value === target;
}

/** Whether the interval [low, high] lies wholly below or wholly above a band. */
function outsideBand(low: number, high: number, band: { low: number; high: number }): boolean {
  return high < band.low || low > band.high;
}
