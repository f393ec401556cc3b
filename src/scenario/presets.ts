import { seriesKey, type AssessResult, type Assumption } from '../model/index.ts';

/** Scenarios a planner recognises, applied to every projected series at once. */
export type PresetName = 'trend' | 'plan-pace' | 'shock';

/** The presets in the order the page offers them. */
export const PRESET_NAMES: readonly PresetName[] = ['trend', 'plan-pace', 'shock'];

/** The one-off shock of the `shock` preset: growth in the first projected year cut by 5 points. */
export const SHOCK_SIZE = -0.05;

/**
 * Return the assumptions a preset sets, given the engine's latest result. Presets do not stack: the
 * page passes the assumptions from before any preset (`WorkspaceState.preset`).
 * - `trend`: no overrides; every series keeps the growth and spread fitted from its history.
 * - `plan-pace`: each series grows at the highest rate any of its projected targets needs, so its
 *   median meets all of them (the "plan pace").
 * - `shock`: the given assumptions plus a one-off cut in the first projected year, as in 2020.
 *
 * @param name - The preset.
 * @param result - The latest assessment (for required growth and projected years).
 * @param current - The assumptions to start from; never changed (the result is a copy).
 */
export function applyPreset(name: PresetName, result: AssessResult, current: Record<string, Assumption>): Record<string, Assumption> {
  if (name === 'trend') return {};
  const next: Record<string, Assumption> = structuredClone(current);
  if (name === 'plan-pace') {
    for (const t of result.targets) {
      if (t.required_growth === null || t.probability === null) continue;
      const key = seriesKey(t.indicator_id, t.region);
      const growth = Math.max(t.required_growth, next[key]?.growth ?? -Infinity);
      next[key] = { ...next[key], rule: 'compound', growth };
    }
    return next;
  }
  for (const s of result.series) {
    const first = s.years[0];
    if (first === undefined || s.problem !== null) continue;
    const shocks = (next[s.key]?.shocks ?? []).filter((x) => x.year !== first);
    next[s.key] = { ...next[s.key], shocks: [...shocks, { year: first, size: SHOCK_SIZE }] };
  }
  return next;
}
