import { calibrate, type AssessInput, type AssessResult, type Calibration } from '../model/index.ts';
import type { EvaluateOutcome, Evaluator } from '../runner/evaluate-runner.ts';
import { planRun } from '../runner/incremental-run.ts';
import { afterNextPaint, type AfterPaint } from './after-paint.ts';
import type { ModelRunner } from '../runner/model-runner.ts';
import type { TrackRecord } from '../runner/track-record.ts';

/**
 * Where the engine's track record stands: not asked for yet, being checked, shown, or failed (a
 * timeout or an error, after which the page shows no numbers).
 */
export type TrackRecordState = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; record: TrackRecord } | { kind: 'failed' };

/** Runs started longer ago than this show "computing…"; quicker ones never flash it. */
const PROGRESS_AFTER_MS = 150;

/**
 * The page's view of the engine: the latest result, whether a run is under way, what went wrong
 * last, and the engine's track record. Results are replaced whole, so they are `$state.raw`.
 */
export class EngineState {
  result = $state.raw<AssessResult | null>(null);
  /** The scenario `result` was computed for, so a link records results only for its own scenario. */
  resultScenario = $state.raw<AssessInput['scenario'] | null>(null);
  /**
   * `result` and its scenario once the frame that shows the result has been drawn: what the rest of
   * the page reads (the outlook table, the summary's counts, the link, the data-changed notice). A
   * slider's own readout and chart paint first and the rest follows a frame later, as React's
   * `useDeferredValue` does; during a drag it keeps up with every result shown.
   */
  settled = $state.raw<{ result: AssessResult; scenario: AssessInput['scenario'] } | null>(null);
  calibration = $state.raw<Calibration | null>(null);
  busy = $state(false);
  /** The last run's trouble, for an alert; cleared by the next good run. */
  trouble = $state<{ kind: 'timeout' | 'crash' | 'error'; code?: string } | null>(null);
  /** The engine's track record under the shipped defaults; replaced whole, once per page. */
  trackRecord = $state.raw<TrackRecordState>({ kind: 'idle' });
  #runner: ModelRunner;
  #evaluate: Evaluator | null;
  #generation = 0;
  /** The generation whose outcome is on screen. */
  #shown = 0;
  /**
   * A result known to be the full run of its input, to plan the next run against (`planRun`): a
   * key press then re-runs only the series it changed.
   */
  #base: { input: AssessInput; result: AssessResult } | null = null;
  readonly #afterPaint: AfterPaint;
  /** Whether `settled` is waiting for a paint; it takes the newest result when it applies. */
  #settling = false;

  /**
   * Wrap a runner for the page, and an evaluator for its track record.
   *
   * @param runner - Runs the assessments.
   * @param evaluate - Runs the track record's evaluation; without one, `checkTrackRecord` does nothing.
   * @param afterPaint - When `settled` catches up with `result`; after the next frame unless given.
   */
  constructor(runner: ModelRunner, evaluate: Evaluator | null = null, afterPaint: AfterPaint = afterNextPaint) {
    this.#runner = runner;
    this.#evaluate = evaluate;
    this.#afterPaint = afterPaint;
  }

  /** Let `settled` catch up with `result` after the next paint; one wait serves any results shown meanwhile. */
  #settle(): void {
    if (this.#settling) return;
    this.#settling = true;
    this.#afterPaint(() => {
      if (!this.#settling) return;
      this.#settling = false;
      this.settled = this.result && this.resultScenario ? { result: this.result, scenario: this.resultScenario } : null;
    });
  }

  /**
   * Measure the engine's track record once: later calls do nothing, whatever the first one's outcome,
   * so a failed evaluation is not retried on every edit. The state says `checking` meanwhile and
   * `failed` after a timeout or an error, never numbers from another input.
   *
   * @param input - Series with their whole history, targets and the scenario to evaluate.
   * @param range - The first and last as-of years.
   */
  async checkTrackRecord(input: AssessInput, range: { from: number; to: number }): Promise<void> {
    if (!this.#evaluate || this.trackRecord.kind !== 'idle') return;
    this.trackRecord = { kind: 'checking' };
    // An evaluator should not reject (evaluateInWorker never does); if one does, it is a failure too.
    const outcome = await this.#evaluate(input, range).catch((): EvaluateOutcome => ({ kind: 'error', code: 'engine-failed' }));
    this.trackRecord = outcome.kind === 'done' ? { kind: 'done', record: outcome.trackRecord } : { kind: 'failed' };
  }

  /**
   * Run the engine and show its outcome unless a newer one is already shown. During a drag this
   * shows each run the worker finishes, so the chart moves while the slider does.
   *
   * @param input - Series, targets and scenario.
   */
  async run(input: AssessInput): Promise<void> {
    const generation = ++this.#generation;
    // Only the series whose assumptions changed since the base are re-run, also while an earlier run
    // is under way: during a drag every step is one series' run, never twenty's.
    const plan = planRun(this.#base, input);
    if (plan.input === null) {
      // Nothing changed since the base, so it is this input's result (a newer step may be on screen).
      const base = plan.complete(null);
      this.#shown = generation;
      this.busy = false;
      if (base) this.#show(input, base);
      return;
    }
    const progress = setTimeout(() => {
      if (generation === this.#generation) this.busy = true;
    }, PROGRESS_AFTER_MS);
    const outcome = await this.#runner.assess(plan.input);
    clearTimeout(progress);
    // The runner merged this request into a newer one and answered with that one's result: the newer
    // request shows it, completed against its own plan.
    if (outcome.kind === 'done' && outcome.input !== plan.input) return;
    const result = outcome.kind === 'done' ? plan.complete(outcome.result) : null;
    if (outcome.kind === 'done' && result === null) return;
    // Hazard: outcomes can arrive out of request order. Show one only if no newer request's outcome
    // is already on screen; a finished older run is still worth showing while a drag goes on.
    if (generation < this.#shown) return;
    this.#shown = generation;
    if (generation === this.#generation) this.busy = false;
    if (outcome.kind === 'done' && result) this.#show(input, result);
    else if (outcome.kind === 'timeout') {
      this.trouble = { kind: 'timeout' };
    } else if (outcome.kind === 'error') {
      this.trouble = { kind: 'error', code: outcome.code };
    }
  }

  /**
   * Show a result, and plan the next run against it: completed, it is the full run of its input,
   * digit for digit.
   *
   * @param input - What was run.
   * @param result - The full run's result.
   */
  #show(input: AssessInput, result: AssessResult): void {
    this.#base = { input, result };
    if (this.result !== result) {
      this.result = result;
      const asOf = input.scenario.asOf;
      this.calibration = asOf === null ? null : calibrate(result, input.series, asOf);
    }
    this.resultScenario = input.scenario;
    this.trouble = null;
    this.#settle();
  }

  /** Note that the worker died and was restarted, so the page can say so. */
  restarted(reason: 'timeout' | 'crash'): void {
    this.trouble = { kind: reason };
  }
}
