import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/model/index.ts';
import { evaluateInWorker, type EvaluateOutcome } from '../../src/runner/evaluate-runner.ts';
import { summariseEvaluation, type TrackRecord } from '../../src/runner/track-record.ts';
import type { WorkerEndpoint } from '../../src/runner/worker-runner.ts';
import { seedInput, WORKER_TEST_MS } from './fixtures.ts';
import { spawnNodeWorker, toWorkerEndpoint } from './spawn-node-worker.ts';

/** Count the workers started and stopped, to check each evaluation's worker is stopped once. */
function counting(spawn: () => WorkerEndpoint) {
  const counts = { spawned: 0, terminated: 0 };
  const counted = (): WorkerEndpoint => {
    const endpoint = spawn();
    counts.spawned++;
    return {
      addEventListener: endpoint.addEventListener.bind(endpoint),
      removeEventListener: endpoint.removeEventListener.bind(endpoint),
      postMessage: endpoint.postMessage.bind(endpoint),
      terminate() {
        counts.terminated++;
        endpoint.terminate();
      },
    };
  };
  return { counts, spawn: counted };
}

function recordOf(outcome: EvaluateOutcome): TrackRecord {
  if (outcome.kind !== 'done') throw new Error(`expected a track record, got ${JSON.stringify(outcome)}`);
  return outcome.trackRecord;
}

describe('evaluateInWorker', { timeout: WORKER_TEST_MS }, () => {
  it('gives the figures of a direct evaluate call, sends only the summary, and stops its worker', async () => {
    // As of 2016–2018 at 1000 paths: three assessments, quick, yet with scored values at every horizon.
    const input = seedInput({ paths: 1000, seed: 1 });
    const range = { from: 2016, to: 2018 };
    const { counts, spawn } = counting(spawnNodeWorker);
    const before = performance.now();
    const outcome = await evaluateInWorker(spawn, input, range);
    const after = performance.now();
    const inWorker = recordOf(outcome);
    const direct = evaluate(input, range);
    // Not a vacuous match: the seed data has later values to score.
    expect(direct.overall.values).toBeGreaterThan(20);
    expect(inWorker).toEqual(summariseEvaluation(direct));
    expect(Object.keys(inWorker).sort()).toEqual(['byHorizon', 'from', 'overall', 'to']);
    // The evaluation's own time, not a timestamp or a stand-in 0: more than nothing, and less than the
    // whole call, which also started the worker (about 1.5 s of loading, not charged to it).
    const ms = outcome.kind === 'done' ? outcome.ms : Number.NaN;
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(after - before);
    expect(counts).toEqual({ spawned: 1, terminated: 1 });
  });

  it('times out a long evaluation and stops its worker', async () => {
    const { counts, spawn } = counting(spawnNodeWorker);
    // Eleven assessments at 200 000 paths take many seconds, far past 500 ms.
    expect(await evaluateInWorker(spawn, seedInput({ paths: 200_000 }), { from: 2012, to: 2022 }, { timeoutMs: 500 })).toEqual({ kind: 'timeout' });
    expect(counts).toEqual({ spawned: 1, terminated: 1 });
  });

  it('gives loading its own allowance: a slow start is not charged to the evaluation, a start past bootTimeoutMs is a timeout', async () => {
    // Loading tsx and mathjs in a Node worker takes about 1.5 s; one tiny assessment takes milliseconds.
    const tiny = seedInput({ paths: 50 });
    expect((await evaluateInWorker(spawnNodeWorker, tiny, { from: 2018, to: 2018 }, { timeoutMs: 1000 })).kind).toBe('done');
    expect(await evaluateInWorker(spawnNodeWorker, tiny, { from: 2018, to: 2018 }, { bootTimeoutMs: 50 })).toEqual({ kind: 'timeout' });
  });

  it('reports a crashed worker and the core’s RangeError as codes, never rejecting', async () => {
    const broken = () => toWorkerEndpoint(new Worker('throw new Error("boom")', { eval: true }));
    const { counts, spawn } = counting(broken);
    expect(await evaluateInWorker(spawn, seedInput(), { from: 2018, to: 2018 })).toEqual({ kind: 'error', code: 'worker-crashed' });
    expect(counts).toEqual({ spawned: 1, terminated: 1 });
    expect(await evaluateInWorker(spawnNodeWorker, seedInput({ paths: 0 }), { from: 2018, to: 2018 })).toEqual({ kind: 'error', code: 'invalid-input' });
    expect(
      await evaluateInWorker(
        () => {
          throw new Error('no workers here');
        },
        seedInput(),
        { from: 2018, to: 2018 },
      ),
    ).toEqual({ kind: 'error', code: 'worker-crashed' });
  });
});
