import type { Evaluation } from '../model/index.ts';

/**
 * The part of a rolling-origin evaluation the page shows: the range and the overall and per-horizon
 * scores. The scored points and targets (hundreds of objects) and the per-series rows stay in the
 * worker, so little crosses the thread.
 */
export type TrackRecord = Pick<Evaluation, 'from' | 'to' | 'overall' | 'byHorizon'>;

/**
 * Keep only what the page shows of an evaluation.
 *
 * @param evaluation - The whole evaluation, as `evaluate` returns it.
 * @example summariseEvaluation(evaluate(input, EVALUATE_YEARS)).overall.coverage90
 */
export function summariseEvaluation(evaluation: Evaluation): TrackRecord {
  const { from, to, overall, byHorizon } = evaluation;
  return { from, to, overall, byHorizon };
}
