import { assess, seriesKey, type AssessInput, type SeriesProjection } from '../model/index.ts';
import type { FittedSetting } from './scenario-summary.ts';

/**
 * Work out what the engine fits for each series the reader changed, as if they had changed nothing:
 * the "from" of every change in the scenario box. The fit is the engine's own (`assess` on the same
 * series, targets and per-plan as-of years, with one path: a fit does not depend on the paths), so the
 * box says the growth the page showed before the change. A key naming an indicator in every region
 * (a bare id) gets a fitted setting only when the data have that indicator in one region.
 *
 * @param request - The engine's request for the page (`engineRequest`).
 * @param keys - The scenario's assumption keys (`id@region` or a bare id).
 * @returns The fitted settings by key; empty when the fit cannot be run here (a formula needs a parser this page has not loaded).
 */
export function fittedSettings(request: AssessInput, keys: readonly string[]): Map<string, FittedSetting> {
  const out = new Map<string, FittedSetting>();
  if (keys.length === 0) return out;
  const seriesOf = new Map<string, string[]>();
  for (const key of keys) {
    const matching = request.series.filter((s) => (key.includes('@') ? seriesKey(s.indicatorId, s.region) === key : s.indicatorId === key));
    seriesOf.set(key, matching.map((s) => seriesKey(s.indicatorId, s.region)));
  }
  const only = [...new Set([...seriesOf.values()].flat())];
  if (only.length === 0) return out;
  const assumptions = { ...request.scenario.assumptions };
  for (const key of keys) delete assumptions[key];
  let series: SeriesProjection[];
  try {
    series = assess({ ...request, scenario: { ...request.scenario, paths: 1, assumptions }, only }).series;
  } catch {
    // A formula the main thread cannot compile yet: the box then says only the reader's values.
    return out;
  }
  const byKey = new Map(series.map((s) => [s.key, s]));
  for (const [key, matching] of seriesOf) {
    const projection = matching.length === 1 ? byKey.get(matching[0] as string) : undefined;
    if (projection && projection.problem === null) out.set(key, settingOf(projection));
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
