import { projectionsByKey } from '../notebook/outlook.ts';
import type { AssessInput, AssessResult } from '../model/index.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { EngineState } from './engine.svelte.ts';

/**
 * A/B comparison: a pinned scenario A with an engine of its own, run on the page's current data;
 * the live scenario is B. Construct it during a component's initialisation: the effect that runs A
 * lives as long as the component.
 */
export class Comparison {
  #pinned = $state.raw<{ scenario: Scenario; engine: EngineState } | null>(null);
  readonly #createEngine: (() => EngineState) | undefined;
  /** A's fans by series key, drawn as outlines under B's; null while nothing is pinned or A has no result yet. */
  readonly projections = $derived(this.#pinned?.engine.result ? projectionsByKey(this.#pinned.engine.result) : null);

  /**
   * @param createEngine - Starts A's engine; without it nothing can be pinned.
   * @param initial - A scenario A to pin at once (from a link's `&a=`), or null.
   * @param request - What A's engine runs for a scenario: the page's data (with the reader's layers) and that scenario.
   */
  constructor(createEngine: (() => EngineState) | undefined, initial: Scenario | null, request: (scenario: Scenario) => AssessInput) {
    this.#createEngine = createEngine;
    this.#pinned = initial && createEngine ? { scenario: initial, engine: createEngine() } : null;
    // A re-runs when the data or the layers change, never for B's edits (its scenario is fixed).
    $effect(() => {
      if (this.#pinned) void this.#pinned.engine.run(request(this.#pinned.scenario));
    });
  }

  /** Whether a scenario can be pinned (there is an engine to start for it). */
  get canPin(): boolean {
    return this.#createEngine !== undefined;
  }

  /** The pinned scenario A, or null. */
  get scenario(): Scenario | null {
    return this.#pinned?.scenario ?? null;
  }

  /** A's result, or null while nothing is pinned or A is still running. */
  get result(): AssessResult | null {
    return this.#pinned?.engine.result ?? null;
  }

  /**
   * Pin a scenario as A, reusing A's engine when one is running.
   *
   * @param scenario - The scenario on screen (each change is a new value, so no copy is needed).
   */
  pin(scenario: Scenario): void {
    if (!this.#createEngine) return;
    this.#pinned = { scenario, engine: this.#pinned?.engine ?? this.#createEngine() };
  }

  /** Stop comparing: the page shows B alone. */
  unpin(): void {
    this.#pinned = null;
  }
}
