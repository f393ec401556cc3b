import type { AssessResult, TargetAssessment } from '../model/index.ts';

/**
 * A target's key in a link's recorded results. It names the target by what it says, not by its line
 * in the seed file, so it still matches after the data files are edited.
 */
export function targetKey(t: Pick<TargetAssessment, 'plan_id' | 'indicator_id' | 'region' | 'year' | 'comparator' | 'target'>): string {
  return `${t.plan_id}|${t.indicator_id}@${t.region}|${t.year}|${t.comparator}${t.target}`;
}

/**
 * The results worth recording in a link: each projected target's probability, to 0.1 %.
 *
 * @param result - The engine's result for the linked scenario.
 */
export function resultDigest(result: AssessResult): Record<string, number> {
  const digest: Record<string, number> = {};
  for (const t of result.targets) {
    if (t.probability === null || Number.isNaN(t.probability)) continue;
    digest[targetKey(t)] = Math.round(t.probability * 1000) / 1000;
  }
  return digest;
}

/** One target's probability when the link was made and on today's data; null where it had none. */
export interface DigestChange {
  key: string;
  target: TargetAssessment | null;
  then: number | null;
  now: number | null;
}

/**
 * Set a link's recorded probabilities beside today's, listing the targets whose figure differs
 * (to 0.1 %) or that exist on one side only.
 *
 * @param recorded - The link's recorded digest.
 * @param today - The engine's result on today's data.
 */
export function compareDigest(recorded: Readonly<Record<string, number>>, today: AssessResult): DigestChange[] {
  const now = resultDigest(today);
  const byKey = new Map(today.targets.map((t) => [targetKey(t), t]));
  const keys = [...new Set([...Object.keys(recorded), ...Object.keys(now)])];
  return keys
    .map((key) => ({ key, target: byKey.get(key) ?? null, then: Object.hasOwn(recorded, key) ? (recorded[key] ?? null) : null, now: now[key] ?? null }))
    .filter((c) => c.then !== c.now);
}
