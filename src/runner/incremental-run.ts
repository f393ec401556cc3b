import { assumptionFor, seriesKey, type AssessInput, type AssessResult, type Assumption } from '../model/index.ts';

/** A run the page asks for, given what is on screen: the input to send and how to complete its result. */
export interface PlannedRun {
  /** What to send to the engine; null when nothing changed and the shown result stands as it is. */
  input: AssessInput | null;
  /**
   * Complete the engine's result into the result of the whole input, or null when the result is not
   * the one this plan asked for (the runner answered a superseded request with a newer one's result,
   * whose own request will show it).
   */
  complete(result: AssessResult | null): AssessResult | null;
}

/**
 * Plan a run that re-simulates only the series whose assumptions changed since the result on screen.
 * Each series has its own random stream, and the pooled fit and the horizon come from the data and
 * targets alone (`assess`'s `only`), so the completed result is the one a full run gives, digit for
 * digit. Anything else changed (the data, the targets, the as-of year or the plans' own, horizon, seed or paths), a
 * formula indicator anywhere (its parts would need re-running too), or no result on screen: a full run.
 *
 * @param shown - The input and result on screen (their result is the full run of that input), or null.
 * @param next - The input to show next.
 */
export function planRun(shown: { input: AssessInput; result: AssessResult } | null, next: AssessInput): PlannedRun {
  // A full run's result has every series; one asked for `only` some (an embed) is taken as it comes.
  const full: PlannedRun = { input: next, complete: (r) => (r && (next.only || r.series.length === next.series.length) ? r : null) };
  if (!shown || next.only || shown.input.only) return full;
  const before = shown.input;
  const { assumptions: a, ...settings } = next.scenario;
  const { assumptions: b, ...settingsBefore } = before.scenario;
  if (hasFormula(a) || hasFormula(b) || !sameJson(settings, settingsBefore) || !sameJson(next.planAsOf ?? null, before.planAsOf ?? null)) return full;
  if (!(next.series === before.series || sameJson(next.series, before.series))) return full;
  if (!(next.targets === before.targets || sameJson(next.targets, before.targets))) return full;

  const changed = new Set<string>();
  for (const s of next.series) {
    const key = seriesKey(s.indicatorId, s.region);
    if (!sameJson(assumptionFor(a, s.indicatorId, s.region), assumptionFor(b, s.indicatorId, s.region))) changed.add(key);
  }
  if (changed.size === 0) return { input: null, complete: () => shown.result };
  return {
    input: { ...next, only: [...changed] },
    complete(result) {
      if (!result || result.series.length !== changed.size || result.series.some((s) => !changed.has(s.key))) return null;
      const series = new Map(result.series.map((s) => [s.key, s]));
      const targets = new Map(result.targets.map((t) => [t.id, t]));
      return {
        series: shown.result.series.map((s) => series.get(s.key) ?? s),
        targets: shown.result.targets.map((t) => (changed.has(seriesKey(t.indicator_id, t.region)) ? (targets.get(t.id) ?? t) : t)),
      };
    },
  };
}

function hasFormula(assumptions: Readonly<Record<string, Assumption>>): boolean {
  return Object.values(assumptions).some((x) => x.derive !== undefined);
}

function sameJson(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}
