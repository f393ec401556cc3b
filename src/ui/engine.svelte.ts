import { calibrate, type AssessInput, type AssessResult, type Calibration } from '../model/index.ts';
import type { EvaluateOutcome } from '../runner/evaluate-runner.ts';
import { planRun } from '../runner/incremental-run.ts';
import type { ModelRunner } from '../runner/model-runner.ts';
import type { TrackRecord } from '../runner/track-record.ts';

/** Runs a rolling-origin evaluation somewhere off the main thread (`evaluateInWorker` in the page). */
export type Evaluator = (input: AssessInput, range: { from: number; to: number }) => Promise<EvaluateOutcome>;

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
  /** Requests the runner has not answered yet. */
  #outstanding = 0;
  /**
   * A result known to be the full run of its input, to plan the next run against (`planRun`): a
   * key press then re-runs only the series it changed.
   */
  #base: { input: AssessInput; result: AssessResult } | null = null;

  /**
   * Wrap a runner for the page, and an evaluator for its track record.
   *
   * @param runner - Runs the assessments.
   * @param evaluate - Runs the track record's evaluation; without one, `checkTrackRecord` does nothing.
   */
  constructor(runner: ModelRunner, evaluate: Evaluator | null = null) {
    this.#runner = runner;
    this.#evaluate = evaluate;
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
    // Only the series whose assumptions changed are re-run, but only when the runner is idle: a
    // request the runner merges into a newer one is answered with that one's result, which only a
    // full run's result can stand for.
    const plan = planRun(this.#outstanding === 0 ? this.#base : null, input);
    if (plan.input === null) {
      this.#shown = generation;
      this.busy = false;
      this.resultScenario = input.scenario;
      return;
    }
    const progress = setTimeout(() => {
      if (generation === this.#generation) this.busy = true;
    }, PROGRESS_AFTER_MS);
    this.#outstanding++;
    const outcome = await this.#runner.assess(plan.input);
    this.#outstanding--;
    clearTimeout(progress);
    const result = outcome.kind === 'done' ? plan.complete(outcome.result) : null;
    // Not the result this plan asked for: the newer request it was merged into shows it.
    if (outcome.kind === 'done' && result === null) return;
    // Hazard: outcomes can arrive out of request order. Show one only if no newer request's outcome
    // is already on screen; a finished older run is still worth showing while a drag goes on.
    if (generation < this.#shown) return;
    this.#shown = generation;
    if (generation === this.#generation) this.busy = false;
    if (outcome.kind === 'done' && result) {
      // A partial run is never merged (it is sent only to an idle runner), and a full one answers its
      // own input when no newer request came meanwhile: either is a base for the next plan.
      if (plan.input.only || generation === this.#generation) this.#base = { input, result };
      this.result = result;
      this.resultScenario = input.scenario;
      const asOf = input.scenario.asOf;
      this.calibration = asOf === null ? null : calibrate(result, input.series, asOf);
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
