import type { TargetAssessment } from '../model/index.ts';
import type { ScoreRow } from './notebook.ts';

/** One target as a closed row sums it up: its year and what leads for it. */
export type RowTarget =
  | { year: number; id: string; kind: 'verdict'; verdict: ScoreRow['score']['verdict']; probability: number | null }
  | { year: number; id: string; kind: 'probability'; status: TargetAssessment['status']; probability: number }
  | { year: number; id: string; kind: 'none' };

/**
 * What a closed indicator row says about each of its targets, in year order: the published verdict
 * where the target's year has a value (it leads, whatever the model said), else the engine's
 * probability, else nothing yet (no result, or no projection). A verdict keeps the probability the
 * model gave, when it gave one (a hindcast: what it said then, beside what happened).
 *
 * @param targets - The view's targets (plan id and line make the engine's target id).
 * @param assessments - The engine's assessments of this series' targets.
 * @param scores - The published scores of this series' targets.
 */
export function rowTargets(
  targets: readonly { plan_id: string; line: number; year: number }[],
  assessments: readonly TargetAssessment[],
  scores: readonly ScoreRow[],
): RowTarget[] {
  const assessed = new Map(assessments.map((a) => [a.id, a]));
  const scored = new Map(scores.map((s) => [`${s.target.plan_id}:${s.target.line}`, s]));
  return targets
    .map((t): RowTarget => {
      const id = `${t.plan_id}:${t.line}`;
      const score = scored.get(id);
      const a = assessed.get(id);
      const probability = a && a.probability !== null && !Number.isNaN(a.probability) ? a.probability : null;
      // In a hindcast the model's probability then stays beside what happened.
      if (score) return { year: t.year, id, kind: 'verdict', verdict: score.score.verdict, probability };
      if (a && probability !== null) return { year: t.year, id, kind: 'probability', status: a.status, probability };
      return { year: t.year, id, kind: 'none' };
    })
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
}

/**
 * The published scores by the indicator view they belong to.
 *
 * @param scores - Every scored target.
 */
export function scoresByView(scores: readonly ScoreRow[]): ReadonlyMap<string, ScoreRow[]> {
  const out = new Map<string, ScoreRow[]>();
  for (const s of scores) out.set(s.viewKey, [...(out.get(s.viewKey) ?? []), s]);
  return out;
}
