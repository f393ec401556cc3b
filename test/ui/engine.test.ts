import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { assess, type AssessInput } from '../../src/model/index.ts';
import type { EvaluateOutcome } from '../../src/runner/evaluate-runner.ts';
import type { ModelRunner, RunOutcome } from '../../src/runner/model-runner.ts';
import { createSyncRunner } from '../../src/runner/sync-runner.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { engineRequest } from '../../src/user/apply-layers.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';
import type { TrackRecord } from '../../src/runner/track-record.ts';
import { EngineState } from '../../src/ui/engine.svelte.ts';

const idleRunner: ModelRunner = { assess: async () => ({ kind: 'terminated' }), terminate: () => undefined };
const input = { series: [], targets: [], scenario: { asOf: null, horizon: 2025, seed: 1, paths: 10, assumptions: {} } } as AssessInput;
const range = { from: 2012, to: 2022 };
const record = { from: 2012, to: 2022 } as TrackRecord;

/** An evaluator whose answer the test releases, so the state in between can be read. */
function deferred() {
  let release: (outcome: EvaluateOutcome) => void = () => undefined;
  const evaluate = vi.fn(() => new Promise<EvaluateOutcome>((resolve) => (release = resolve)));
  return { evaluate, release: (outcome: EvaluateOutcome) => release(outcome) };
}

describe('the engine state’s track record', () => {
  it('starts idle, says checking while the worker evaluates, then holds the record', async () => {
    const { evaluate, release } = deferred();
    const engine = new EngineState(idleRunner, evaluate);
    expect(engine.trackRecord).toEqual({ kind: 'idle' });
    const checked = engine.checkTrackRecord(input, range);
    expect(engine.trackRecord).toEqual({ kind: 'checking' });
    release({ kind: 'done', trackRecord: record, ms: 700 });
    await checked;
    expect(engine.trackRecord).toEqual({ kind: 'done', record });
    expect(evaluate).toHaveBeenCalledWith(input, range);
  });

  it('evaluates once per page: a second request, even during the first, does nothing', async () => {
    const { evaluate, release } = deferred();
    const engine = new EngineState(idleRunner, evaluate);
    const first = engine.checkTrackRecord(input, range);
    await engine.checkTrackRecord(input, range);
    release({ kind: 'done', trackRecord: record, ms: 1 });
    await first;
    await engine.checkTrackRecord(input, range);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it.each<EvaluateOutcome>([{ kind: 'timeout' }, { kind: 'error', code: 'worker-crashed' }])('keeps no numbers after $kind', async (outcome) => {
    const engine = new EngineState(idleRunner, async () => outcome);
    await engine.checkTrackRecord(input, range);
    expect(engine.trackRecord).toEqual({ kind: 'failed' });
  });

  it('treats an evaluator that rejects as failed, and one that is missing as never asked', async () => {
    const rejecting = new EngineState(idleRunner, () => Promise.reject(new Error('boom')));
    await rejecting.checkTrackRecord(input, range);
    expect(rejecting.trackRecord).toEqual({ kind: 'failed' });
    const without = new EngineState(idleRunner);
    await without.checkTrackRecord(input, range);
    expect(without.trackRecord).toEqual({ kind: 'idle' });
  });
});

describe('the engine state’s settled result', () => {
  /** A runner that answers each input with one target whose id is the input's seed. */
  const seedRunner: ModelRunner = {
    assess: async (asked) => ({ kind: 'done', ms: 1, input: asked, result: { series: [], targets: [{ id: `seed ${asked.scenario.seed}` }] } as never }),
    terminate: () => undefined,
  };
  const withSeed = (seed: number): AssessInput => ({ ...input, scenario: { ...input.scenario, seed } });

  it('follows the result once the frame has been drawn, taking the newest result when one wait serves two', async () => {
    const paints: (() => void)[] = [];
    const engine = new EngineState(seedRunner, null, (apply) => paints.push(apply));
    await engine.run(withSeed(1));
    expect(engine.result?.targets[0]?.id).toBe('seed 1');
    expect(engine.settled).toBeNull();
    await engine.run(withSeed(2));
    // One wait for both results: the second found one pending.
    expect(paints).toHaveLength(1);
    paints[0]?.();
    expect(engine.settled?.result.targets[0]?.id).toBe('seed 2');
    expect(engine.settled?.scenario.seed).toBe(2);
    await engine.run(withSeed(3));
    expect(paints).toHaveLength(2);
    expect(engine.settled?.scenario.seed).toBe(2);
    paints[1]?.();
    // A second call of the same wait (the frame and the timer both fire) changes nothing more.
    paints[1]?.();
    expect(engine.settled?.scenario.seed).toBe(3);
  });
});

/**
 * A runner that, as the worker runner does, runs one request at a time and merges the ones waiting
 * into the newest (each of their callers gets its outcome); `finish` ends the running one.
 */
function steppedRunner() {
  type Job = { input: AssessInput; callers: ((outcome: RunOutcome) => void)[] };
  const sync = createSyncRunner();
  const ran: AssessInput[] = [];
  let running: Job | null = null;
  let pending: Job | null = null;
  const runner: ModelRunner = {
    assess: (input) =>
      new Promise((resolve) => {
        if (!running) running = { input, callers: [resolve] };
        else if (pending) {
          pending.input = input;
          pending.callers.push(resolve);
        } else pending = { input, callers: [resolve] };
      }),
    terminate: () => undefined,
  };
  async function finish(): Promise<void> {
    const job = running;
    running = pending;
    pending = null;
    if (!job) throw new Error('nothing is running');
    ran.push(job.input);
    const outcome = await sync.assess(job.input);
    for (const resolve of job.callers) resolve(outcome);
  }
  return { runner, ran, finish };
}

describe('the engine state during a drag', () => {
  const dataset = loadDataset(readSeedTexts());
  const key = 'tech_contract_value@guangzhou';
  const step = (growth: number) => engineRequest(dataset, { ...DEFAULT_SCENARIO, asOf: 2018, paths: 300, indicators: { [key]: { growth } } }, []);

  it('re-runs only the dragged series, also while a run is under way, and always shows a full run’s digits', async () => {
    const { runner, ran, finish } = steppedRunner();
    const engine = new EngineState(runner, null, () => undefined);
    const opening = engine.run(step(0.1));
    await finish();
    await opening;
    expect(ran[0]?.only).toBeUndefined();
    // Three steps: the first starts at once; the second waits and is merged into the third.
    const steps = [0.11, 0.12, 0.13].map((growth) => engine.run(step(growth)));
    await finish();
    await Promise.resolve();
    expect(engine.result).toEqual(assess(step(0.11)));
    await finish();
    await Promise.all(steps);
    expect(ran.map((input) => input.only)).toEqual([undefined, [key], [key]]);
    expect(ran[2]?.scenario.assumptions[key]?.growth).toBe(0.13);
    expect(engine.result).toEqual(assess(step(0.13)));
    // And the shown result is a base the next step completes against, digit for digit.
    const next = engine.run(step(0.05));
    await finish();
    await next;
    expect(ran[3]?.only).toEqual([key]);
    expect(engine.result).toEqual(assess(step(0.05)));
  });
});
