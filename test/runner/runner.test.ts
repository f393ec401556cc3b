import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assess } from '../../src/model/index.ts';
import type { ModelRunner } from '../../src/runner/model-runner.ts';
import { createSyncRunner } from '../../src/runner/sync-runner.ts';
import { createWorkerRunner } from '../../src/runner/worker-runner.ts';
import { resultOf, seedInput, WORKER_TEST_MS } from './fixtures.ts';
import { spawnNodeWorker } from './spawn-node-worker.ts';


/** The quantiles' exact bytes, so −0 against 0 or the last bit of a double would show. */
function hex(quantiles: Float64Array): string {
  expect(quantiles).toBeInstanceOf(Float64Array);
  return Buffer.from(quantiles.buffer, quantiles.byteOffset, quantiles.byteLength).toString('hex');
}

describe('the same seed gives the same digits in both runners', () => {
  it('seed 7, 2000 paths, as of 2018: identical target JSON and quantile bytes', { timeout: WORKER_TEST_MS }, async () => {
    const sync = createSyncRunner();
    const worker = createWorkerRunner(spawnNodeWorker);
    try {
      const [a, b] = await Promise.all([sync.assess(seedInput()), worker.assess(seedInput())]);
      const inThread = resultOf(a);
      const inWorker = resultOf(b);
      // Not a vacuous match: the seed data has projected targets with real probabilities.
      expect(inThread.targets.filter((t) => t.probability !== null).length).toBeGreaterThan(10);
      expect(JSON.stringify(inWorker.targets)).toBe(JSON.stringify(inThread.targets));
      expect(inWorker.series.map((s) => s.key)).toEqual(inThread.series.map((s) => s.key));
      inThread.series.forEach((s, i) => expect([s.key, hex(inWorker.series[i]!.quantiles)]).toEqual([s.key, hex(s.quantiles)]));
    } finally {
      sync.terminate();
      worker.terminate();
    }
  });
});

describe.each([
  { kind: 'sync', create: (): ModelRunner => createSyncRunner() },
  { kind: 'worker', create: (): ModelRunner => createWorkerRunner(spawnNodeWorker) },
])('the $kind runner', { timeout: WORKER_TEST_MS }, ({ create }) => {
  let runner: ModelRunner;
  beforeAll(() => {
    runner = create();
  });
  afterAll(() => runner.terminate());

  it('gives the digits of a direct assess call, and follows the seed', async () => {
    const direct = assess(seedInput());
    const seven = resultOf(await runner.assess(seedInput()));
    expect(JSON.stringify(seven.targets)).toBe(JSON.stringify(direct.targets));
    expect(seven.series.map((s) => hex(s.quantiles))).toEqual(direct.series.map((s) => hex(s.quantiles)));
    // Seed 8 must move the fan, or the comparison above could pass with the seed ignored.
    const eight = resultOf(await runner.assess(seedInput({ seed: 8 })));
    expect(eight.series.map((s) => hex(s.quantiles))).not.toEqual(seven.series.map((s) => hex(s.quantiles)));
  });

  it('reports how long the run took: more than nothing, and no more than the call took', async () => {
    const before = performance.now();
    const outcome = await runner.assess(seedInput({ paths: 100 }));
    const after = performance.now();
    if (outcome.kind !== 'done') throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
    // Neither a timestamp nor a stand-in 0: a duration inside the caller's own measure of the call.
    expect(outcome.ms).toBeGreaterThan(0);
    expect(outcome.ms).toBeLessThanOrEqual(after - before);
  });

  it('turns the core’s RangeError for paths 0 into the code invalid-input, and carries on', async () => {
    expect(await runner.assess(seedInput({ paths: 0 }))).toEqual({ kind: 'error', code: 'invalid-input' });
    expect((await runner.assess(seedInput({ paths: 10 }))).kind).toBe('done');
  });

  it('can be terminated twice, and answers terminated afterwards', async () => {
    const doomed = create();
    doomed.terminate();
    expect(() => doomed.terminate()).not.toThrow();
    expect(await doomed.assess(seedInput())).toEqual({ kind: 'terminated' });
  });
});

describe('the sync runner’s duration', () => {
  it('is the clock after the engine call less the clock before it: 1250 − 1000 = 250 ms', async () => {
    const now = vi.spyOn(performance, 'now').mockReturnValueOnce(1000).mockReturnValueOnce(1250);
    try {
      expect(await createSyncRunner().assess(seedInput({ paths: 10 }))).toMatchObject({ kind: 'done', ms: 250 });
      expect(now).toHaveBeenCalledTimes(2);
    } finally {
      now.mockRestore();
    }
  });
});
