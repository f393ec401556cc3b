import { describe, expect, it, vi } from 'vitest';
import type { AssessInput } from '../../src/model/index.ts';
import type { EvaluateOutcome } from '../../src/runner/evaluate-runner.ts';
import type { ModelRunner } from '../../src/runner/model-runner.ts';
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
