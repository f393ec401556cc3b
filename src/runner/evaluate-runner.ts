import * as Comlink from 'comlink';
import type { AssessInput } from '../model/index.ts';
import { maybeErrorCode } from './model-runner.ts';
import type { TrackRecord } from './track-record.ts';
import type { ModelApi } from './worker-api.ts';
import type { WorkerEndpoint } from './worker-runner.ts';

/**
 * How an evaluation in a worker ended. Like the model runner's `RunOutcome`, it never rejects:
 *
 * - `done`: the track record, and how long the evaluation took once the worker was ready, in ms (0 for
 *   the record measured when the app was built, see `preferShipped`).
 * - `timeout`: the worker took longer than `bootTimeoutMs` to load or `timeoutMs` to evaluate.
 * - `error`: `'invalid-input'` (the core threw a RangeError), `'worker-crashed'` or `'engine-failed'`.
 */
export type EvaluateOutcome = { kind: 'done'; trackRecord: TrackRecord; ms: number } | { kind: 'timeout' } | { kind: 'error'; code: string };

/**
 * Runs a rolling-origin evaluation over a range of as-of years and says how it ended: in the page,
 * the shipped record or `evaluateInWorker` (see `preferShipped`).
 */
export type Evaluator = (input: AssessInput, range: { from: number; to: number }) => Promise<EvaluateOutcome>;

/** Time limits of {@link evaluateInWorker}, with the same defaults as the model runner's. */
export interface EvaluateOptions {
  /** Longest the evaluation may take once the worker is ready. Defaults to 10 000 ms. */
  timeoutMs?: number;
  /** Longest a fresh worker may take to load before it counts as a timeout. Defaults to 30 000 ms. */
  bootTimeoutMs?: number;
}

/**
 * Run the rolling-origin evaluation in a worker of its own, started for this one request and stopped
 * after, whatever the outcome. It runs one assessment per as-of year, which would hold up the slider
 * edits queued on the page's model worker; in its own worker those edits never wait for it.
 *
 * @param spawn - Start a worker running `workers/model.worker.ts` (its API has `evaluate`).
 * @param input - Series with their whole history, targets and the scenario.
 * @param range - The first and last as-of years.
 * @param options - Time limits; see {@link EvaluateOptions}.
 * @example const outcome = await evaluateInWorker(spawnModelWorker, input, EVALUATE_YEARS);
 */
export async function evaluateInWorker(
  spawn: () => WorkerEndpoint,
  input: AssessInput,
  range: { from: number; to: number },
  options: EvaluateOptions = {},
): Promise<EvaluateOutcome> {
  const { timeoutMs = 10_000, bootTimeoutMs = 30_000 } = options;
  let endpoint: WorkerEndpoint;
  try {
    endpoint = spawn();
  } catch {
    return { kind: 'error', code: 'worker-crashed' };
  }
  const remote = Comlink.wrap<ModelApi>(endpoint);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The first ending wins: a late reply after a timeout or a crash resolves nothing.
  let settle: (outcome: EvaluateOutcome) => void = () => undefined;
  const ended = new Promise<EvaluateOutcome>((resolve) => (settle = resolve));
  const arm = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => settle({ kind: 'timeout' }), ms);
  };
  endpoint.addEventListener('error', () => settle({ kind: 'error', code: 'worker-crashed' }));
  // Loading gets its own allowance, as in the model runner, so a short limit never cuts off a slow start.
  arm(bootTimeoutMs);
  void (async () => {
    try {
      await remote.ping();
      arm(timeoutMs);
      const started = performance.now();
      const trackRecord = await remote.evaluate(input, { from: range.from, to: range.to });
      settle({ kind: 'done', trackRecord, ms: performance.now() - started });
    } catch (error) {
      settle({ kind: 'error', code: maybeErrorCode(error) });
    }
  })();
  try {
    return await ended;
  } finally {
    clearTimeout(timer);
    endpoint.terminate();
  }
}
