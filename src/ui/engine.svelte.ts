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
  /** The scenario `result` was computed for, so a link records results only for its own scenario. */
  resultScenario = $state.raw<AssessInput['scenario'] | null>(null);
  calibration = $state.raw<Calibration | null>(null);
  busy = $state(false);
  /** The last run's trouble, for an alert; cleared by the next good run. */
  trouble = $state<{ kind: 'timeout' | 'crash' | 'error'; code?: string } | null>(null);
  #runner: ModelRunner;
  #generation = 0;
  /** The generation whose outcome is on screen. */
  #shown = 0;

  constructor(runner: ModelRunner) {
    this.#runner = runner;
  }

  /**
   * Run the engine and show its outcome unless a newer one is already shown. During a drag this
   * shows each run the worker finishes, so the chart moves while the slider does.
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
    // Hazard: outcomes can arrive out of request order. Show one only if no newer request's outcome
    // is already on screen; a finished older run is still worth showing while a drag goes on.
    if (generation < this.#shown) return;
    this.#shown = generation;
    if (generation === this.#generation) this.busy = false;
    if (outcome.kind === 'done') {
      this.result = outcome.result;
      this.resultScenario = input.scenario;
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
