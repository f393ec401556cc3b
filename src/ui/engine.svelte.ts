import { calibrate, type AssessInput, type AssessResult, type Calibration } from '../model/index.ts';
import type { ModelRunner } from '../runner/model-runner.ts';

/** Runs started longer ago than this show "computing…"; quicker ones never flash it. */
const PROGRESS_AFTER_MS = 150;

/**
 * The page's view of the engine: the latest result, whether a run is under way, and what went
 * wrong last. Results are replaced whole, so they are `$state.raw`.
 */
export class EngineState {
  result = $state.raw<AssessResult | null>(null);
  calibration = $state.raw<Calibration | null>(null);
  busy = $state(false);
  /** The last run's trouble, for an alert; cleared by the next good run. */
  trouble = $state<{ kind: 'timeout' | 'crash' | 'error'; code?: string } | null>(null);
  #runner: ModelRunner;
  #generation = 0;

  constructor(runner: ModelRunner) {
    this.#runner = runner;
  }

  /**
   * Run the engine. A run that is overtaken by a newer call keeps nothing of its own: the runner
   * resolves it with the newest result, and the generation check drops anything older.
   *
   * @param input - Series, targets and scenario.
   */
  async run(input: AssessInput): Promise<void> {
    const generation = ++this.#generation;
    const progress = setTimeout(() => {
      if (generation === this.#generation) this.busy = true;
    }, PROGRESS_AFTER_MS);
    const outcome = await this.#runner.assess(input);
    clearTimeout(progress);
    if (generation !== this.#generation) return;
    this.busy = false;
    if (outcome.kind === 'done') {
      this.result = outcome.result;
      const asOf = input.scenario.asOf;
      this.calibration = asOf === null ? null : calibrate(outcome.result, input.series, asOf);
      this.trouble = null;
    } else if (outcome.kind === 'timeout') {
      this.trouble = { kind: 'timeout' };
    } else if (outcome.kind === 'error') {
      this.trouble = { kind: 'error', code: outcome.code };
    }
  }

  /** Note that the worker died and was restarted, so the page can say so. */
  restarted(reason: 'timeout' | 'crash'): void {
    this.trouble = { kind: reason };
  }
}
