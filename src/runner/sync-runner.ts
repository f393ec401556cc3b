import { assess } from '../model/index.ts';
import { maybeErrorCode, type ModelRunner, type RunOutcome } from './model-runner.ts';

/**
 * Create a runner that calls the engine in the calling thread, for Node, tests and the CLI. Each call
 * runs at once and blocks until done, so there is nothing to merge, time out or restart.
 *
 * @example const outcome = await createSyncRunner().assess({ series, targets, scenario });
 */
export function createSyncRunner(): ModelRunner {
  let stopped = false;
  return {
    async assess(input): Promise<RunOutcome> {
      if (stopped) return { kind: 'terminated' };
      const started = performance.now();
      try {
        const result = assess(input);
        return { kind: 'done', result, input, ms: performance.now() - started };
      } catch (error) {
        return { kind: 'error', code: maybeErrorCode(error) };
      }
    },
    terminate() {
      stopped = true;
    },
  };
}
