import { assumptionFor, type AssessResult, type EngineScenario, type SeriesProjection } from '../model/index.ts';
import type { FittedSetting } from './scenario-summary.ts';

/**
 * Keep, for each series, the settings of the latest result in which it ran without the reader's
 * assumption: what the engine fitted, the "from" of a change the reader makes to it next. The page's
 * results are the engine's own, so nothing is refitted here (a fit on this thread would load the
 * engine's core with the first screen). A series that has only ever run under the reader's
 * assumption (a link opened with it) has no entry, and the box then says only the reader's value.
 *
 * @param previous - What was kept so far (for the same data and as-of year).
 * @param result - A settled result.
 * @param scenario - The scenario it was computed for.
 * @returns A new map: `previous` with every series that ran on fitted settings replaced.
 */
export function captureFitted(previous: ReadonlyMap<string, FittedSetting>, result: AssessResult, scenario: EngineScenario): Map<string, FittedSetting> {
  const next = new Map(previous);
  for (const s of result.series) {
    if (s.problem === null && s.rule !== 'derived' && assumptionFor(scenario.assumptions, s.indicatorId, s.region) === undefined) next.set(s.key, settingOf(s));
  }
  return next;
}

/**
 * Pick the kept settings for the scenario's assumption keys: `id@region` as kept; a bare id (every
 * region of an indicator) only when the result has that indicator in one region.
 *
 * @param keys - The scenario's assumption keys.
 * @param kept - From `captureFitted`.
 * @param series - The series of the result on screen, to tell how many regions a bare id covers.
 */
export function fittedFor(keys: readonly string[], kept: ReadonlyMap<string, FittedSetting>, series: readonly Pick<SeriesProjection, 'key' | 'indicatorId'>[]): Map<string, FittedSetting> {
  const out = new Map<string, FittedSetting>();
  for (const key of keys) {
    const matching = key.includes('@') ? [key] : series.filter((s) => s.indicatorId === key).map((s) => s.key);
    const setting = matching.length === 1 ? kept.get(matching[0] as string) : undefined;
    if (setting) out.set(key, setting);
  }
  return out;
}

function settingOf(s: SeriesProjection): FittedSetting {
  return {
    rule: s.rule,
    growth: s.growth,
    increment: s.increment,
    rate: s.rate,
    ceiling: s.ceiling,
    volatility: s.sigma,
    trendSd: s.basis?.driftSd ?? null,
    window: s.window,
    persistence: s.persistence,
  };
}
