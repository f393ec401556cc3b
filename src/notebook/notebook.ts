import { SCORED_KINDS } from '../data/engine-input.ts';
import type { ActualRow, Dataset, IndicatorRow, PlanRow, TargetRow } from '../data/types.ts';
import { scoreActual, type ActualScore } from '../model/index.ts';
import { pickRows } from '../data/pick-rows.ts';


/** Everything the notebook page shows for one indicator in one region. */
export interface IndicatorView {
  key: string;
  indicator: IndicatorRow;
  region: string;
  /** Every published value, in file order (several may share a year). */
  actuals: ActualRow[];
  /** The value each year is scored and drawn by. */
  picked: ActualRow[];
  targets: TargetRow[];
  /** Years between the first and last published year that have no value. */
  missingYears: number[];
  firstYear: number | null;
  lastYear: number | null;
}

export interface ScoreRow {
  target: TargetRow;
  actual: ActualRow;
  /** Other values published for the same year, shown beside the chosen one. */
  others: ActualRow[];
  score: ActualScore;
  viewKey: string;
}

export interface Notebook {
  plans: PlanRow[];
  /** Indicator views that have published data, focal indicators first, then by action area. */
  charted: IndicatorView[];
  /** Indicator views with targets but no published data. */
  uncharted: IndicatorView[];
  /** Targets that are rules or funding pledges rather than levels to reach. */
  parameters: TargetRow[];
  scores: ScoreRow[];
  counts: { targets: number; indicators: number; scored: number; met: number; missed: number; undetermined: number };
}

const keyOf = (indicatorId: string, region: string) => `${indicatorId}@${region}`;

/**
 * Prepare what the notebook page shows: one view per indicator and region, and a score for every
 * target whose year has a published value. Nothing here is drawn; components render the result.
 *
 * @param dataset - The validated seed data.
 * @param options - `aboutTolerance`: the scenario's tolerance for "about" (`~`) targets without their
 *   own. It is written onto those targets, so the scores, captions, chart bands and tables all read
 *   the tolerance the engine uses; absent leaves them on the default.
 */
export function buildNotebook(dataset: Dataset, options: { aboutTolerance?: number } = {}): Notebook {
  const { aboutTolerance } = options;
  const withTolerance = (t: TargetRow): TargetRow => (aboutTolerance !== undefined && t.comparator === '~' && (t.tolerance ?? null) === null ? { ...t, tolerance: aboutTolerance } : t);
  const indicatorById = new Map(dataset.indicators.map((d) => [d.id, d]));
  const views = new Map<string, IndicatorView>();
  const viewFor = (indicatorId: string, region: string): IndicatorView | undefined => {
    const indicator = indicatorById.get(indicatorId);
    if (!indicator) return undefined;
    const key = keyOf(indicatorId, region);
    let view = views.get(key);
    if (!view) {
      view = { key, indicator, region, actuals: [], picked: [], targets: [], missingYears: [], firstYear: null, lastYear: null };
      views.set(key, view);
    }
    return view;
  };
  for (const a of dataset.actuals) viewFor(a.indicator_id, a.region)?.actuals.push(a);
  const parameters: TargetRow[] = [];
  for (const t of dataset.targets) {
    if (SCORED_KINDS.has(t.kind)) viewFor(t.indicator_id, t.region)?.targets.push(withTolerance(t));
    else parameters.push(t);
  }

  // The years each view has values for, and the years between without one (said, never bridged).
  for (const view of views.values()) {
    if (view.actuals.length === 0) continue;
    const have = new Set(view.actuals.map((a) => a.year));
    view.firstYear = Math.min(...have);
    view.lastYear = Math.max(...have);
    for (let y = view.firstYear; y <= view.lastYear; y++) if (!have.has(y)) view.missingYears.push(y);
    view.picked = pickRows(view.actuals);
  }

  const scores: ScoreRow[] = [];
  for (const view of views.values()) {
    for (const target of view.targets) {
      const actual = view.picked.find((a) => a.year === target.year);
      if (!actual) continue;
      const others = view.actuals.filter((a) => a.year === target.year && a !== actual);
      scores.push({ target, actual, others, score: scoreActual(target, actual), viewKey: view.key });
    }
  }

  // Focal indicators first in catalogue order, then the rest by action area; within an indicator the
  // region with targets (usually Guangzhou) comes before context regions.
  const areaOrder = [...new Set(dataset.indicators.map((d) => d.action_area))];
  const rank = (v: IndicatorView) => [
    v.indicator.focal === 'yes' ? 0 : 1,
    v.indicator.focal === 'yes' ? 0 : areaOrder.indexOf(v.indicator.action_area),
    dataset.indicators.indexOf(v.indicator),
    v.targets.length > 0 ? 0 : 1,
    v.region === 'guangzhou' ? 0 : 1,
  ];
  const all = [...views.values()].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra.reduce((d, x, i) => d || x - (rb[i] ?? 0), 0) || a.region.localeCompare(b.region);
  });
  const tally = (verdict: string) => scores.filter((s) => s.score.verdict === verdict).length;
  const scoredTargets = dataset.targets.filter((t) => SCORED_KINDS.has(t.kind));
  return {
    plans: dataset.plans,
    charted: all.filter((v) => v.actuals.length > 0),
    uncharted: all.filter((v) => v.actuals.length === 0),
    parameters,
    scores,
    counts: {
      targets: scoredTargets.length,
      indicators: new Set(scoredTargets.map((t) => t.indicator_id)).size,
      scored: scores.length,
      met: tally('met'),
      missed: tally('missed'),
      undetermined: tally('undetermined'),
    },
  };
}

/** A run of indicator views under one heading: the focal indicators, then each action area. */
export interface AreaGroup {
  area: string;
  views: IndicatorView[];
}

/**
 * Group the charted views under headings, in the order `buildNotebook` sorted them: focal indicators
 * first, then the plans' action areas.
 *
 * @param views - Views in display order.
 */
export function groupByArea(views: readonly IndicatorView[]): AreaGroup[] {
  const groups: AreaGroup[] = [];
  for (const view of views) {
    const area = view.indicator.focal === 'yes' ? 'focal' : view.indicator.action_area;
    const last = groups[groups.length - 1];
    if (last && last.area === area) last.views.push(view);
    else groups.push({ area, views: [view] });
  }
  return groups;
}
