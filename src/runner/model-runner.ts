import type { AssessInput, AssessResult } from '../model/index.ts';

/**
 * How a request ended. A runner never rejects; every ending is one of these:
 *
 * - `done`: the engine's result for the newest input the caller's request was merged into, that input
 *   itself (the caller's own object when its request was not merged), and how long the run took in
 *   milliseconds (measured by the caller's thread, so it includes the hop to the worker).
 * - `timeout`: the run took longer than the runner's limit; the worker was killed and will be replaced.
 * - `error`: the engine threw or the worker died. `code` is kebab-case: `'invalid-input'` (the core
 *   threw a RangeError, such as for `paths < 1`), `'worker-crashed'`, or `'engine-failed'` for anything else.
 * - `terminated`: the runner was shut down before the request could finish.
 *
 * There is no `superseded` kind: a request overtaken by a newer one resolves with the newer one's
 * outcome (svelte.dev repl `Compiler.ts`), so every caller gets numbers for the latest input.
 */
export type RunOutcome =
  | { kind: 'done'; result: AssessResult; input: AssessInput; ms: number }
  | { kind: 'timeout' }
  | { kind: 'error'; code: string }
  | { kind: 'terminated' };

/** Something that runs the engine: in the calling thread (Node, tests, CLI) or in a worker (the page). */
export interface ModelRunner {
  /**
   * Run an assessment. Never rejects: failures come back as outcomes.
   *
   * @param input - Series, targets and scenario.
   */
  assess(input: AssessInput): Promise<RunOutcome>;
  /** Stop for good: requests still waiting, and any made later, resolve `{ kind: 'terminated' }`. Calling it again does nothing. */
  terminate(): void;
}

/**
 * Turn whatever the engine threw into an error code. Only the error's `name` is used, because that is
 * all that survives Comlink's trip back from a worker besides the message, and both runners must agree.
 *
 * @param error - The thrown value.
 */
export function maybeErrorCode(error: unknown): string {
  return error instanceof Error && error.name === 'RangeError' ? 'invalid-input' : 'engine-failed';
}
