import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toEngineInput } from '../../src/data/engine-input.ts';
import type { AssessInput } from '../../src/model/index.ts';
import type { EvaluateOutcome } from '../../src/runner/evaluate-runner.ts';
import { createSyncRunner } from '../../src/runner/sync-runner.ts';
import { DEFAULT_SCENARIO, EVALUATE_YEARS, toEngineScenario } from '../../src/scenario/scenario.ts';
import { EngineState } from '../../src/ui/engine.svelte.ts';
import { scheduleTrackRecord, TRACK_RECORD_QUIET_MS } from '../../src/ui/track-record-schedule.svelte.ts';
import { fixtureDataset } from './fixture.ts';
import { fakeDebounceTimers, settle } from './settle.ts';

const published = fixtureDataset();
const input = (paths: number): AssessInput => ({ ...toEngineInput(published), scenario: { ...toEngineScenario(DEFAULT_SCENARIO), paths } });

/**
 * An engine on the real sync runner whose evaluator fails at once; `evaluate` counts the times the
 * page asks for the track record (the engine itself would also ignore a second ask, so the spy is on the ask).
 */
function engineWithEvaluator() {
  const engine = new EngineState(createSyncRunner(), async (): Promise<EvaluateOutcome> => ({ kind: 'timeout' }));
  return { engine, evaluate: vi.spyOn(engine, 'checkTrackRecord') };
}

describe('scheduleTrackRecord', () => {
  let stop = () => {};
  beforeEach(() => fakeDebounceTimers());
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('asks once, after the quiet time that follows the first result, on the published data and the default scenario', async () => {
    const { engine, evaluate } = engineWithEvaluator();
    let edits = $state(0);
    stop = $effect.root(() => scheduleTrackRecord(() => engine, () => published, () => edits));
    await settle();
    // No result yet: no clock runs, however long the page waits.
    vi.advanceTimersByTime(10 * TRACK_RECORD_QUIET_MS);
    expect(evaluate).not.toHaveBeenCalled();
    await engine.run(input(50));
    await settle();
    vi.advanceTimersByTime(TRACK_RECORD_QUIET_MS - 1);
    expect(evaluate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(evaluate).toHaveBeenCalledTimes(1);
    expect(evaluate).toHaveBeenCalledWith({ ...toEngineInput(published), scenario: toEngineScenario(DEFAULT_SCENARIO) }, EVALUATE_YEARS);
    // Later edits and results never ask again.
    edits++;
    await engine.run(input(60));
    await settle();
    vi.advanceTimersByTime(10 * TRACK_RECORD_QUIET_MS);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('asks nothing until its sentence is wanted (the outlook near the screen), then after the quiet time', async () => {
    const { engine, evaluate } = engineWithEvaluator();
    let wanted = $state(false);
    stop = $effect.root(() => scheduleTrackRecord(() => engine, () => published, () => 0, TRACK_RECORD_QUIET_MS, () => wanted));
    await engine.run(input(50));
    await settle();
    vi.advanceTimersByTime(10 * TRACK_RECORD_QUIET_MS);
    expect(evaluate).not.toHaveBeenCalled();
    wanted = true;
    await settle();
    vi.advanceTimersByTime(TRACK_RECORD_QUIET_MS);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('waits while the reader edits: each edit starts the quiet time again', async () => {
    const { engine, evaluate } = engineWithEvaluator();
    let edits = $state(0);
    stop = $effect.root(() => scheduleTrackRecord(() => engine, () => published, () => edits));
    await engine.run(input(50));
    await settle();
    // Five edits 1.5 s apart: 7.5 s of dragging, never 2 s quiet.
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(1500);
      edits++;
      await settle();
    }
    expect(evaluate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(TRACK_RECORD_QUIET_MS);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('takes trouble (a run that timed out) as the first outcome too, and never asks without an engine', async () => {
    const { engine, evaluate } = engineWithEvaluator();
    stop = $effect.root(() => {
      scheduleTrackRecord(() => engine, () => published, () => 0);
      scheduleTrackRecord(() => undefined, () => published, () => 0);
    });
    engine.restarted('timeout');
    await settle();
    vi.advanceTimersByTime(TRACK_RECORD_QUIET_MS);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('asks nothing once the page is gone', async () => {
    const { engine, evaluate } = engineWithEvaluator();
    stop = $effect.root(() => scheduleTrackRecord(() => engine, () => published, () => 0));
    await engine.run(input(50));
    await settle();
    stop();
    vi.advanceTimersByTime(TRACK_RECORD_QUIET_MS);
    expect(evaluate).not.toHaveBeenCalled();
  });
});
