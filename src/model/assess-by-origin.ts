import type { TargetAssessment } from './assess-target.ts';
import type { SeriesProjection } from './projection.ts';
import { seriesKey, type SeriesInput, type TargetInput } from './series.ts';

/** The parts of an assessment this file needs, so it does not import `assess.ts` (which calls it). */
interface Input {
  series: SeriesInput[];
  targets: TargetInput[];
  scenario: { asOf: number | null };
  only?: readonly string[];
}
interface Result {
  series: SeriesProjection[];
  targets: TargetAssessment[];
}

/**
 * Assess each plan's targets from that plan's own as-of year, and merge the runs into one result:
 * "from the data its authors had, how likely was each target?". A plan not in `planAsOf` uses the
 * scenario's as-of year. Each series' fan comes from the year most of its targets are assessed from
 * (ties go to the later year, the newer data); a series with no target, from the scenario's. Each
 * series has its own random stream, so a run's digits for a series and a target are the ones a run
 * from that year alone gives.
 *
 * Each year runs only the series it needs: its targets' and the fans it draws (and the parts of any
 * formula among them), within `only` when that is given.
 *
 * @param input - Series, targets, scenario and optionally `only`.
 * @param planAsOf - Each plan's as-of year, by plan id.
 * @param run - Assesses one as-of year (`assess` without `planAsOf`).
 * @returns Series in input order with `asOf` set to the year they were projected from; targets in input order.
 */
export function assessByOrigin<I extends Input, R extends Result>(input: I, planAsOf: Readonly<Record<string, number>>, run: (input: I) => R): Result {
  const originOf = (t: TargetInput): number | null => planAsOf[t.planId] ?? input.scenario.asOf;
  const counts = new Map<string, Map<number | null, number>>();
  for (const t of input.targets) {
    const key = seriesKey(t.indicatorId, t.region);
    const byOrigin = counts.get(key) ?? new Map<number | null, number>();
    byOrigin.set(originOf(t), (byOrigin.get(originOf(t)) ?? 0) + 1);
    counts.set(key, byOrigin);
  }
  const fanFrom = (key: string): number | null => {
    let best: number | null = input.scenario.asOf;
    let most = 0;
    for (const [origin, n] of counts.get(key) ?? []) {
      if (n > most || (n === most && (origin ?? Infinity) > (best ?? Infinity))) [best, most] = [origin, n];
    }
    return best;
  };
  const asked = input.only ? new Set(input.only) : null;
  const keys = [...new Set([...input.series.map((s) => seriesKey(s.indicatorId, s.region)), ...counts.keys()])].filter((k) => !asked || asked.has(k));
  const wanted = new Set(keys);
  const origins = new Map<number | null, { keys: Set<string>; targets: TargetInput[] }>();
  const groupOf = (origin: number | null) => origins.get(origin) ?? origins.set(origin, { keys: new Set(), targets: [] }).get(origin)!;
  for (const key of keys) groupOf(fanFrom(key)).keys.add(key);
  for (const t of input.targets) {
    const key = seriesKey(t.indicatorId, t.region);
    if (asked && !asked.has(key)) continue;
    const group = groupOf(originOf(t));
    group.targets.push(t);
    group.keys.add(key);
  }

  const projections = new Map<string, SeriesProjection>();
  const assessments = new Map<string, TargetAssessment>();
  for (const [asOf, group] of origins) {
    const result = run({ ...input, scenario: { ...input.scenario, asOf }, targets: group.targets, only: [...group.keys] });
    for (const s of result.series) if (fanFrom(s.key) === asOf && wanted.has(s.key)) projections.set(s.key, { ...s, asOf });
    for (const t of result.targets) assessments.set(t.id, t);
  }
  const series = keys.map((k) => projections.get(k)).filter((s): s is SeriesProjection => s !== undefined);
  const targets = input.targets.map((t) => assessments.get(t.id)).filter((t): t is TargetAssessment => t !== undefined);
  return { series, targets };
}
