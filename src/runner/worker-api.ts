import * as Comlink from 'comlink';
import { assess, evaluate, loadFormulaParser, needsFormulaParser, type AssessInput, type AssessResult } from '../model/index.ts';
import { summariseEvaluation, type TrackRecord } from './track-record.ts';

/**
 * What the model worker exposes through Comlink. Kept apart from `workers/model.worker.ts` so the
 * worker file stays glue only and this object can be type-checked and imported for its type.
 */
export const api = {
  /**
   * Run the engine and send the result back, handing over the quantile buffers instead of copying them.
   *
   * @param input - Series, targets and scenario.
   */
  async assess(input: AssessInput): Promise<AssessResult> {
    // mathjs is loaded only for a scenario with a custom rule or a formula indicator.
    if (needsFormulaParser(input.scenario.assumptions)) await loadFormulaParser();
    const result = assess(input);
    // Since v4 Comlink transfers nothing unless told to. A buffer listed twice makes postMessage throw
    // a DataCloneError, so list each once even if two series ever share one.
    const buffers = new Set(result.series.map((s) => s.quantiles.buffer as ArrayBuffer));
    return Comlink.transfer(result, [...buffers]);
  },
  /**
   * Run the rolling-origin evaluation (`evaluate`: one assessment per as-of year) and send back only
   * its summary, not the scored points.
   *
   * @param input - Series with their whole history, targets and the scenario; its `asOf` is replaced by each year in turn.
   * @param range - The first and last as-of years.
   */
  async evaluate(input: AssessInput, range: { from: number; to: number }): Promise<TrackRecord> {
    if (needsFormulaParser(input.scenario.assumptions)) await loadFormulaParser();
    return summariseEvaluation(evaluate(input, { from: range.from, to: range.to }));
  },
  /**
   * Answer `'pong'` once the worker is ready, so a caller's time limit for a run never includes the
   * worker's start-up (the runner gives start-up its own allowance). The formula parser is not part
   * of start-up: a run that needs it loads it (a few hundred milliseconds, well inside the limit).
   */
  async ping(): Promise<'pong'> {
    return 'pong';
  },
};

/** The worker's API as the main thread sees it (every method returns a promise there). */
export type ModelApi = typeof api;
