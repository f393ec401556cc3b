import * as Comlink from 'comlink';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assess, type AssessInput, type AssessResult } from '../../src/model/index.ts';
import type { ModelRunner } from '../../src/runner/model-runner.ts';
import { api } from '../../src/runner/worker-api.ts';
import { createWorkerRunner, type WorkerEndpoint } from '../../src/runner/worker-runner.ts';
import { resultOf, seedInput, WORKER_TEST_MS } from './fixtures.ts';
import { spawnNodeWorker, toWorkerEndpoint } from './spawn-node-worker.ts';

const targetsOf = (result: AssessResult) => JSON.stringify(result.targets);

/**
 * Count the engine runs a worker is asked for by watching Comlink's wire messages. Relies on Comlink's
 * message shape (`{ type: 'APPLY', path: ['assess'] }`), which is stable across v4.
 */
function counting(spawn: () => WorkerEndpoint) {
  const counts = { spawned: 0, runs: 0, terminated: 0 };
  const counted = (): WorkerEndpoint => {
    const endpoint = spawn();
    counts.spawned++;
    return {
      addEventListener: endpoint.addEventListener.bind(endpoint),
      removeEventListener: endpoint.removeEventListener.bind(endpoint),
      postMessage(message: { type?: string; path?: string[] }, transfer?: Transferable[]) {
        if (message.type === 'APPLY' && message.path?.[0] === 'assess') counts.runs++;
        endpoint.postMessage(message, transfer);
      },
      terminate() {
        counts.terminated++;
        endpoint.terminate();
      },
    };
  };
  return { counts, spawn: counted };
}

let runner: ModelRunner | undefined;
afterEach(() => runner?.terminate());

describe('the worker runner', { timeout: WORKER_TEST_MS }, () => {
  it('merges a burst of 5 requests into 2 runs: the running one gets its own result, the overtaken ones the last input’s', async () => {
    const { counts, spawn } = counting(spawnNodeWorker);
    runner = createWorkerRunner(spawn);
    // Seeds 1…5: the first request starts at once, the other four merge into one pending run.
    const inputs = [1, 2, 3, 4, 5].map((seed) => seedInput({ seed }));
    const outcomes = await Promise.all(inputs.map((input) => runner!.assess(input)));
    // Exactly two: one worker, asked for seed 1 and then once for the merged rest (not yet stopped).
    expect(counts).toEqual({ spawned: 1, runs: 2, terminated: 0 });
    const first = targetsOf(assess(seedInput({ seed: 1 })));
    const last = targetsOf(assess(seedInput({ seed: 5 })));
    expect(first).not.toBe(last);
    // Seed 1 was already running: it finishes and shows (an intermediate frame during a drag).
    expect(targetsOf(resultOf(outcomes[0]!))).toBe(first);
    // Seeds 2–4 were overtaken while pending: never stale, they get seed 5's numbers.
    for (const outcome of outcomes.slice(1)) expect(targetsOf(resultOf(outcome))).toBe(last);
    // Each outcome names the input it is the result of: its own, or the one it was merged into.
    expect(outcomes.map((o) => (o.kind === 'done' ? inputs.indexOf(o.input) : -1))).toEqual([0, 4, 4, 4, 4]);
  });

  it('times out a long run, restarts the worker, and serves the next request', async () => {
    const onrestart = vi.fn();
    const { counts, spawn } = counting(spawnNodeWorker);
    runner = createWorkerRunner(spawn, { timeoutMs: 500, onrestart });
    // A million paths take seconds (200 000 take about 1 s in Node here), far past 500 ms.
    expect(await runner.assess(seedInput({ paths: 1_000_000 }))).toEqual({ kind: 'timeout' });
    expect(onrestart.mock.calls).toEqual([['timeout']]);
    expect(counts).toEqual({ spawned: 1, runs: 1, terminated: 1 });
    const next = await runner.assess(seedInput({ paths: 500 }));
    expect(targetsOf(resultOf(next))).toBe(targetsOf(assess(seedInput({ paths: 500 }))));
    expect(counts.spawned).toBe(2);
    expect(onrestart).toHaveBeenCalledTimes(1);
  });

  it('restarts a worker that crashes, and serves the next request', async () => {
    const onrestart = vi.fn();
    // The first worker dies while loading; later ones are real.
    const broken = () => toWorkerEndpoint(new Worker('throw new Error("boom")', { eval: true }));
    const spawns = [broken, spawnNodeWorker];
    runner = createWorkerRunner(() => (spawns.shift() ?? spawnNodeWorker)(), { onrestart });
    expect(await runner.assess(seedInput())).toEqual({ kind: 'error', code: 'worker-crashed' });
    expect(onrestart.mock.calls).toEqual([['crash']]);
    expect((await runner.assess(seedInput({ paths: 100 }))).kind).toBe('done');
  });

  it('resolves a request in flight as terminated, and kills its worker once', async () => {
    const { counts, spawn } = counting(spawnNodeWorker);
    runner = createWorkerRunner(spawn);
    const inFlight = runner.assess(seedInput());
    runner.terminate();
    runner.terminate();
    expect(await inFlight).toEqual({ kind: 'terminated' });
    expect(counts).toEqual({ spawned: 1, runs: 0, terminated: 1 });
  });
});

describe('the worker runner with a stand-in worker', () => {
  /**
   * A worker stand-in on a MessageChannel in this thread, whose runs wait for `gate`. Its `terminate`
   * only records the kill and leaves the channel open, so a reply can still arrive afterwards, as one
   * already posted by a real worker can.
   */
  function standIn(gate: Promise<void>, ports: MessagePort[]): WorkerEndpoint {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    Comlink.expose({ ping: api.ping, assess: async (input: AssessInput) => (await gate, assess(input)) }, port2);
    return Object.assign(port1, { terminate: () => undefined });
  }

  it('drops a reply from a worker it killed, even when it arrives during a later run', async () => {
    const ports: MessagePort[] = [];
    let releaseOld = () => {};
    let releaseNew = () => {};
    const gates = [new Promise<void>((r) => (releaseOld = r)), new Promise<void>((r) => (releaseNew = r))];
    runner = createWorkerRunner(() => standIn(gates.shift()!, ports), { timeoutMs: 1000 });
    try {
      expect(await runner.assess(seedInput({ seed: 1, paths: 200 }))).toEqual({ kind: 'timeout' });
      const later = runner.assess(seedInput({ seed: 2, paths: 200 }));
      // The killed worker now answers seed 1 while seed 2 is running; that answer must go nowhere.
      releaseOld();
      await new Promise((r) => setTimeout(r, 100));
      releaseNew();
      const result = resultOf(await later);
      expect(targetsOf(result)).toBe(targetsOf(assess(seedInput({ seed: 2, paths: 200 }))));
      expect(targetsOf(result)).not.toBe(targetsOf(assess(seedInput({ seed: 1, paths: 200 }))));
    } finally {
      for (const port of ports) port.close();
    }
  });
});
