import type { AssessResult } from './assess.ts';
import { DEFAULT_WINDOW } from './assumptions.ts';
import { fitRandomWalk, walkForecast, walkProbability, Z50, Z90 } from './baseline-random-walk.ts';
import { seriesKey, type SeriesInput } from './series.ts';

/** How well projections made as of a year did against what happened, with the naive baseline beside them. */
export interface Calibration {
  /** Share of later published values inside the 90% (p05–p95) and 50% (p25–p75) intervals. */
  coverage90: number;
  coverage50: number;
  /** How many published values the coverage rests on. */
  values: number;
  /** Mean squared error of attainment probabilities against met (1) / missed (0). Lower is better. */
  brier: number;
  /** How many decided targets the Brier score rests on. */
  targets: number;
  baseline: { coverage90: number; coverage50: number; values: number; brier: number; targets: number };
}

/**
 * Score a hindcast: an assessment run with `asOf` set, against the values published after it.
 * Only final and preliminary values count for coverage (a bound or a rounded figure is not a point
 * to be inside or outside of); only met/missed targets count for the Brier score.
 *
 * @param result - The assessment (with `asOf` in its scenario).
 * @param series - The full series, including years after the as-of year.
 * @param asOf - The as-of year the assessment used.
 */
export function calibrate(result: AssessResult, series: readonly SeriesInput[], asOf: number): Calibration {
  const model = { in90: 0, in50: 0, values: 0, brier: 0, targets: 0 };
  const naive = { in90: 0, in50: 0, values: 0, brier: 0, targets: 0 };
  const byKey = new Map(series.map((s) => [seriesKey(s.indicatorId, s.region), s]));
  for (const projection of result.series) {
    const s = byKey.get(projection.key);
    if (!s) continue;
    const walk = fitRandomWalk(s.history.filter((o) => o.year <= asOf), projection.window ?? DEFAULT_WINDOW);
    projection.years.forEach((year, i) => {
      const actual = s.history.find((o) => o.year === year);
      if (!actual || (actual.quality !== 'final' && actual.quality !== 'preliminary')) return;
      const q = (k: number) => projection.quantiles[i * 5 + k] as number;
      model.values++;
      if (actual.value >= q(0) && actual.value <= q(4)) model.in90++;
      if (actual.value >= q(1) && actual.value <= q(3)) model.in50++;
      if (!walk) return;
      const { mean, sd } = walkForecast(walk, year);
      naive.values++;
      if (Math.abs(actual.value - mean) <= Z90 * sd) naive.in90++;
      if (Math.abs(actual.value - mean) <= Z50 * sd) naive.in50++;
    });
  }
  for (const t of result.targets) {
    if (t.year <= asOf || t.probability === null || (t.verdict !== 'met' && t.verdict !== 'missed')) continue;
    const outcome = t.verdict === 'met' ? 1 : 0;
    model.brier += (t.probability - outcome) * (t.probability - outcome);
    model.targets++;
    const s = byKey.get(seriesKey(t.indicator_id, t.region));
    const walk = s && fitRandomWalk(s.history.filter((o) => o.year <= asOf), DEFAULT_WINDOW);
    if (walk && t.comparator !== '==') {
      const p = walkProbability(walk, t.target, t.year, t.comparator);
      naive.brier += (p - outcome) * (p - outcome);
      naive.targets++;
    }
  }
  const summary = (x: typeof model) => ({
    coverage90: x.in90 / x.values,
    coverage50: x.in50 / x.values,
    values: x.values,
    brier: x.brier / x.targets,
    targets: x.targets,
  });
  return { ...summary(model), baseline: summary(naive) };
}
