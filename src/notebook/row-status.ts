import { targetId } from '../data/engine-input.ts';
import { seriesKey, type TargetAssessment } from '../model/index.ts';
import type { ScoreRow } from './notebook.ts';
import { targetAnswer } from './target-answer.ts';

/** One target as a closed row sums it up: its year and what leads for it. */
export type RowTarget =
  | { year: number; id: string; kind: 'verdict'; verdict: ScoreRow['score']['verdict']; probability: number | null }
  | { year: number; id: string; kind: 'probability'; status: TargetAssessment['status']; probability: number }
  | { year: number; id: string; kind: 'none' };

/**
 * What a closed indicator row says about each of its targets, in year order: what leads its answer
 * (`targetAnswer`: the published verdict where the year has a value, with the probability the model
 * gave then; else the engine's probability; else nothing yet). Before the engine's first result a
 * published verdict is already known, and leads alone.
 *
 * @param targets - The view's targets (plan id and line make the engine's target id).
 * @param assessments - The engine's assessments of this series' targets.
 * @param scores - The published scores, by target id (`scoresById`).
 */
export function rowTargets(
  targets: readonly { plan_id: string; line: number; year: number }[],
  assessments: readonly TargetAssessment[],
  scores: ReadonlyMap<string, ScoreRow>,
): RowTarget[] {
  const assessed = new Map(assessments.map((a) => [a.id, a]));
  return targets
    .map((t): RowTarget => {
      const id = targetId(t);
      const score = scores.get(id) ?? null;
      const a = assessed.get(id);
      if (!a) return score ? { year: t.year, id, kind: 'verdict', verdict: score.score.verdict, probability: null } : { year: t.year, id, kind: 'none' };
      const answer = targetAnswer(a, score);
      if (answer.lead === 'verdict' && answer.verdict) return { year: t.year, id, kind: 'verdict', verdict: answer.verdict, probability: answer.probability };
      if (answer.lead === 'probability' && answer.probability !== null) return { year: t.year, id, kind: 'probability', status: a.status, probability: answer.probability };
      return { year: t.year, id, kind: 'none' };
    })
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
}

/**
 * The position of each series' first target in a list, by series key (`id@region`).
 *
 * @param targets - Targets in display order.
 */
export function firstRows(targets: readonly { indicator_id: string; region: string }[]): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  targets.forEach((t, i) => {
    const key = seriesKey(t.indicator_id, t.region);
    if (!out.has(key)) out.set(key, i);
  });
  return out;
}
