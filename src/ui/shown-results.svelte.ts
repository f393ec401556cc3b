import type { AssessResult, SeriesProjection, TargetAssessment } from '../model/index.ts';
import { frameVerbs } from '../notebook/load-frames.ts';
import { LoadedModule } from './loaded-module.svelte.ts';
import { chartCode } from '../charts/load-chart.ts';
import { afterNextPaint } from './after-paint.ts';

/** Plot's code in, then a painted frame: the first chart comes before the outlook's counts. */
const afterChartCode = () => chartCode.load().catch(() => undefined).then(() => new Promise<void>((done) => afterNextPaint(() => afterNextPaint(done))));
import { groupAssessments, projectionProblems, projectionsByKey, reuseUnchanged, sameAssessments, sameProjection } from '../notebook/outlook.ts';

// One shared empty list: a fresh `[]` per render would look like a change and redraw the chart.
const NO_ASSESSMENTS: TargetAssessment[] = [];
/** What is shown before the engine's first result. */
const NO_RESULT: AssessResult = { series: [], targets: [] };

/**
 * The engine's result as the charts read it, by series key. Unchanged series keep their objects
 * from one result to the next (`reuseUnchanged`), so only the charts whose numbers moved redraw.
 * The summary's counts read the settled result (`EngineState.settled`), a frame behind.
 */
export class ShownResults {
  readonly #result: () => AssessResult;
  readonly #settled: () => AssessResult;
  readonly #keepProjections = keepUnchanged(sameProjection);
  readonly #keepAssessments = keepUnchanged<TargetAssessment[]>(sameAssessments);
  /** Each series' fan. */
  readonly projections: ReadonlyMap<string, SeriesProjection> = $derived.by(() => this.#keepProjections(projectionsByKey(this.#result())));
  /** Each series' projected targets. */
  readonly assessments: ReadonlyMap<string, TargetAssessment[]> = $derived.by(() => this.#keepAssessments(groupAssessments(this.#result().targets)));
  /** Series the engine could not project because of their assumption (a refused rule), with the formula code. */
  readonly ruleProblems: ReadonlyMap<string, string> = $derived.by(() => projectionProblems(this.#result()));
  /** The Arquero verbs that count the outlook, loaded once the first chart is drawn (their ~70 KB compile held it back). */
  readonly #verbs = new LoadedModule(frameVerbs, afterChartCode);
  /** How the targets still ahead stand, for the summary; null without a result or without such targets. */
  readonly counts = $derived.by(() => this.#verbs.current?.outlookCounts(this.#settled().targets) ?? null);

  /**
   * @param result - Reads the engine's result on screen (null before the first).
   * @param settled - Reads the settled result, for the counts; the result on screen when not given.
   */
  constructor(result: () => AssessResult | null, settled: () => AssessResult | null = result) {
    this.#result = () => result() ?? NO_RESULT;
    this.#settled = () => settled() ?? NO_RESULT;
  }

  /**
   * A series' projected targets; the same empty list for every series without any.
   *
   * @param key - The series key, `id@region`.
   */
  assessmentsOf(key: string): TargetAssessment[] {
    return this.assessments.get(key) ?? NO_ASSESSMENTS;
  }
}

/** Pass each new map through `reuseUnchanged` against the one given out last. */
function keepUnchanged<V>(same: (a: V, b: V) => boolean): (next: Map<string, V>) => Map<string, V> {
  let previous: ReadonlyMap<string, V> = new Map();
  return (next) => (previous = reuseUnchanged(previous, next, same));
}
