import { seriesKey, type SeriesInput, type TargetInput } from '../model/index.ts';
import { pickRows } from './pick-rows.ts';
import type { Dataset } from './types.ts';

/**
 * A target's id in the engine's input and results: its plan and its line in targets.csv.
 *
 * @param t - A target row.
 * @example targetId({ plan_id: 'gz_strong_city_2019', line: 12 }) // 'gz_strong_city_2019:12'
 */
export function targetId(t: { plan_id: string; line: number }): string {
  return `${t.plan_id}:${t.line}`;
}

/** Target kinds the engine scores: levels to reach, not rules (policy parameters) or pledges (funding). */
export const SCORED_KINDS: ReadonlySet<string> = new Set(['annual', 'end', 'milestone']);

/**
 * Turn the validated dataset into the engine's plain input: one series per indicator and region
 * with one value per year (the firmest published, see `pickActual`), and every scored target.
 *
 * @param dataset - The loaded seed (and user) data.
 * @param plans - Plan ids whose targets to include; all when omitted.
 */
export function toEngineInput(dataset: Dataset, plans?: readonly string[]): { series: SeriesInput[]; targets: TargetInput[] } {
  const indicators = new Map(dataset.indicators.map((d) => [d.id, d]));
  const groups = new Map<string, typeof dataset.actuals>();
  for (const a of dataset.actuals) {
    const key = seriesKey(a.indicator_id, a.region);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const series: SeriesInput[] = [];
  for (const rows of groups.values()) {
    const first = rows[0];
    const indicator = first && indicators.get(first.indicator_id);
    if (!first || !indicator) continue;
    const history = pickRows(rows).map((r) => ({ year: r.year, value: r.value, quality: r.quality }));
    series.push({
      indicatorId: first.indicator_id,
      region: first.region,
      history,
      lowerBound: indicator.lower_bound,
      upperBound: indicator.upper_bound,
      kind: indicator.kind === 'share' ? 'share' : 'level',
    });
  }
  const targets: TargetInput[] = dataset.targets
    .filter((t) => SCORED_KINDS.has(t.kind) && (!plans || plans.includes(t.plan_id)))
    .map((t) => ({
      id: targetId(t),
      planId: t.plan_id,
      indicatorId: t.indicator_id,
      region: t.region,
      year: t.year,
      value: t.value,
      comparator: t.comparator,
      // Only an "about" target carries a tolerance; others keep their input as it was.
      ...(t.comparator === '~' && t.tolerance !== null && t.tolerance !== undefined ? { tolerance: t.tolerance } : {}),
    }));
  return { series, targets };
}
