import { toEngineInput } from '../../src/data/engine-input.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import type { AssessInput, AssessResult, EngineScenario } from '../../src/model/index.ts';
import type { RunOutcome } from '../../src/runner/model-runner.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

/** Each real worker loads tsx and mathjs (about 1.5 s here); the timeout test starts two. */
export const WORKER_TEST_MS = 20_000;

const SEED_INPUT = toEngineInput(loadDataset(readSeedTexts()));

/** The real seed data as of 2018 with seed 7 and 2000 paths, with any scenario field overridden. */
export function seedInput(scenario: Partial<EngineScenario> = {}): AssessInput {
  return { ...SEED_INPUT, scenario: { asOf: 2018, horizon: 2025, seed: 7, paths: 2000, assumptions: {}, ...scenario } };
}

/** Unwrap a successful outcome, failing the test on any other. */
export function resultOf(outcome: RunOutcome): AssessResult {
  if (outcome.kind !== 'done') throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}
