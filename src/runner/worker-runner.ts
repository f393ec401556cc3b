import * as Comlink from 'comlink';
import type { AssessInput } from '../model/index.ts';
import { maybeErrorCode, type ModelRunner, type RunOutcome } from './model-runner.ts';
import type { ModelApi } from './worker-api.ts';

/**
 * A started model worker as the runner needs it: a Comlink endpoint that can be terminated and that
 * fires an `'error'` event when the worker dies. A browser `Worker` is one as it is; a Node
 * `worker_threads` Worker needs Comlink's node adapter plus its `'error'` event routed through.
 */
export interface WorkerEndpoint extends Comlink.Endpoint {
  terminate(): void;
}

/** How long runs and worker starts may take, and whom to tell when a worker is replaced. */
export interface WorkerRunnerOptions {
  /** Longest a run may take before its worker is killed and the callers get `timeout`. Defaults to 10 000 ms. */
  timeoutMs?: number;
  /**
   * Longest a fresh worker may take to load before it counts as a timeout. Defaults to 30 000 ms.
   * Loading has its own allowance so a short `timeoutMs` does not also cut off a slow start.
   */
  bootTimeoutMs?: number;
  /** Called when a worker is killed after a timeout or a crash; the next run gets a fresh one. */
  onrestart?: (reason: 'timeout' | 'crash') => void;
}

type Resolve = (outcome: RunOutcome) => void;

interface Job {
  input: AssessInput;
  callers: Resolve[];
}

interface Run extends Job {
  id: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

interface Live {
  endpoint: WorkerEndpoint;
  remote: Comlink.Remote<ModelApi>;
  /** Settles once the worker has loaded and answered a ping. */
  ready: Promise<unknown>;
}

/**
 * Create a runner that keeps the engine off the main thread.
 *
 * Bursts (a slider drag) are merged as in SDEverywhere's `ModelScheduler`: while a run is in progress,
 * new requests only replace one pending input, and when the run ends the pending input runs next. The
 * running request resolves with its own outcome (an intermediate frame while input keeps coming); a
 * request overtaken while still pending resolves with the outcome of the newest input it was merged
 * into (svelte.dev repl `Compiler.ts`: a superseded request resolves with the newest result), so a
 * burst of any size costs at most two runs. A run past `timeoutMs`, or a worker that fires `'error'`, gets the worker killed;
 * `onrestart` is told why, and the next run spawns a fresh worker. Replies from a killed worker or from
 * an overtaken run are dropped.
 *
 * @param spawn - Start a worker running `workers/model.worker.ts`; called again after each restart.
 * @param options - Time limits and the restart callback; see {@link WorkerRunnerOptions}.
 * @example const runner = createWorkerRunner(spawnModelWorker, { onrestart: (why) => engine.restarted(why) });
 */
export function createWorkerRunner(spawn: () => WorkerEndpoint, options: WorkerRunnerOptions = {}): ModelRunner {
  const { timeoutMs = 10_000, bootTimeoutMs = 30_000, onrestart } = options;
  let live: Live | null = null;
  let running: Run | null = null;
  let pending: Job | null = null;
  let runs = 0;
  let stopped = false;

  function boot(): Live {
    const endpoint = spawn();
    const remote = Comlink.wrap<ModelApi>(endpoint);
    const worker: Live = { endpoint, remote, ready: remote.ping() };
    endpoint.addEventListener('error', () => {
      // A worker we already replaced may still report its death; only the current one matters.
      if (live === worker) restart('crash');
    });
    return worker;
  }

  function restart(reason: 'timeout' | 'crash'): void {
    // Spawning waits for the next run, so a worker that dies while loading cannot spin a restart loop.
    live?.endpoint.terminate();
    live = null;
    onrestart?.(reason);
    if (running) settle(running.id, reason === 'timeout' ? { kind: 'timeout' } : { kind: 'error', code: 'worker-crashed' });
  }

  function arm(run: Run, ms: number): void {
    clearTimeout(run.timer);
    run.timer = setTimeout(() => {
      if (running?.id === run.id) restart('timeout');
    }, ms);
  }

  function start(job: Job): void {
    const worker = (live ??= boot());
    const run: Run = { ...job, id: ++runs, timer: undefined };
    running = run;
    arm(run, bootTimeoutMs);
    void execute(run, worker);
  }

  async function execute(run: Run, worker: Live): Promise<void> {
    try {
      await worker.ready;
      if (running?.id !== run.id) return;
      arm(run, timeoutMs);
      const started = performance.now();
      const result = await worker.remote.assess(run.input);
      settle(run.id, { kind: 'done', result, input: run.input, ms: performance.now() - started });
    } catch (error) {
      settle(run.id, { kind: 'error', code: maybeErrorCode(error) });
    }
  }

  function settle(id: number, outcome: RunOutcome): void {
    // Stale: a reply from a worker killed after a timeout, or a run already settled or torn down.
    if (running?.id !== id) return;
    clearTimeout(running.timer);
    const { callers } = running;
    running = null;
    // This run's callers get its outcome even if newer input is waiting: during a slider drag the page
    // shows each finished run as an intermediate frame instead of freezing until the drag ends
    // (SDEverywhere's ModelScheduler does the same). Callers whose input was overtaken while waiting
    // were folded into `pending`, so they resolve with that newer run's outcome, never a stale one.
    if (pending) {
      const next = pending;
      pending = null;
      start(next);
    }
    for (const resolve of callers) resolve(outcome);
  }

  return {
    assess(input) {
      if (stopped) return Promise.resolve({ kind: 'terminated' });
      return new Promise<RunOutcome>((resolve) => {
        if (!running) start({ input, callers: [resolve] });
        else if (pending) {
          pending.input = input;
          pending.callers.push(resolve);
        } else pending = { input, callers: [resolve] };
      });
    },
    terminate() {
      if (stopped) return;
      stopped = true;
      const waiting = [...(running?.callers ?? []), ...(pending?.callers ?? [])];
      clearTimeout(running?.timer);
      running = null;
      pending = null;
      live?.endpoint.terminate();
      live = null;
      for (const resolve of waiting) resolve({ kind: 'terminated' });
    },
  };
}

/**
 * Start the model worker in the browser as a module worker. Vite spots the `new Worker(new URL(…))`
 * pattern and bundles `workers/model.worker.ts` as its own chunk, once for every caller.
 *
 * @param name - The worker's name in the browser's developer tools. Defaults to `'targetline-model'`.
 * @example createWorkerRunner(spawnModelWorker)
 */
export function spawnModelWorker(name = 'targetline-model'): WorkerEndpoint {
  // `type` must stay a literal: Vite reads it from the source to bundle the worker as a module.
  return new Worker(new URL('../../workers/model.worker.ts', import.meta.url), { type: 'module', name });
}
