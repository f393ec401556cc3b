import { seriesKey, type AssessResult, type Calibration, type SeriesProjection, type TargetAssessment } from '../model/index.ts';

/** Columns the target table sorts by. */
export type OutlookSortKey = 'plan' | 'indicator' | 'year' | 'probability' | 'status';

/** How doubtful a status is, most doubtful first, for sorting. */
const STATUS_RANK: Record<string, number> = {
  missed: 0,
  'very-unlikely': 1,
  unlikely: 2,
  undetermined: 3,
  'about-as-likely-as-not': 4,
  likely: 5,
  'very-likely': 6,
  'virtually-certain': 7,
  met: 8,
  'no-data': 9,
};

/**
 * The target table's rows: every target the engine could say something about — a probability for a
 * year still ahead, or met/missed for a year already published — sorted by a column. Ties keep the
 * most doubtful first, then year, so the order never jumps.
 *
 * @param result - The engine's result.
 * @param sort - Column and direction; defaults to status, most doubtful first.
 * @param name - The indicator's display name, for sorting by indicator.
 */
export function outlookRows(
  result: AssessResult,
  sort: { key: OutlookSortKey; ascending: boolean } = { key: 'status', ascending: true },
  name: (t: TargetAssessment) => string = (t) => t.indicator_id,
): TargetAssessment[] {
  const projected = (t: TargetAssessment) => t.probability !== null && !Number.isNaN(t.probability);
  const decided = (t: TargetAssessment) => t.status === 'met' || t.status === 'missed' || t.status === 'undetermined';
  const by: Record<OutlookSortKey, (a: TargetAssessment, b: TargetAssessment) => number> = {
    plan: (a, b) => a.plan_id.localeCompare(b.plan_id),
    indicator: (a, b) => name(a).localeCompare(name(b), 'zh-CN'),
    year: (a, b) => a.year - b.year,
    probability: (a, b) => (a.probability ?? 2) - (b.probability ?? 2),
    status: (a, b) => (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9) || (a.probability ?? 2) - (b.probability ?? 2),
  };
  const sign = sort.ascending ? 1 : -1;
  // A target without a probability (already decided) goes last by probability, whichever the direction.
  const unknownLast = (a: TargetAssessment, b: TargetAssessment) =>
    sort.key === 'probability' ? Number(!projected(a)) - Number(!projected(b)) : 0;
  return result.targets
    .filter((t) => projected(t) || decided(t))
    .sort((a, b) => unknownLast(a, b) || sign * by[sort.key](a, b) || a.year - b.year || a.id.localeCompare(b.id));
}

/**
 * Index projections by series key so each chart can find its fan.
 *
 * @param result - The engine's result.
 */
export function projectionsByKey(result: AssessResult): Map<string, SeriesProjection> {
  return new Map(result.series.filter((s) => s.years.length > 0 && s.problem === null).map((s) => [s.key, s]));
}

/** What the calibration sentence needs, formatted as shares. */
export function calibrationParams(c: Calibration, format: (share: number) => string): Record<string, string | number> {
  const show = (x: number) => (Number.isFinite(x) ? format(x) : '—');
  return {
    values: c.values,
    in90: show(c.coverage90),
    in50: show(c.coverage50),
    targets: c.targets,
    brier: Number.isFinite(c.brier) ? c.brier.toFixed(3) : '—',
    bin90: show(c.baseline.coverage90),
    bin50: show(c.baseline.coverage50),
    bbrier: Number.isFinite(c.baseline.brier) ? c.baseline.brier.toFixed(3) : '—',
  };
}

/**
 * Group the projected targets (those with a probability) by series key, in year order.
 *
 * @param targets - The engine's target assessments.
 */
export function groupAssessments(targets: readonly TargetAssessment[]): Map<string, TargetAssessment[]> {
  const groups = new Map<string, TargetAssessment[]>();
  for (const t of targets) {
    if (t.probability === null || Number.isNaN(t.probability)) continue;
    const key = seriesKey(t.indicator_id, t.region);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const list of groups.values()) list.sort((a, b) => a.year - b.year || a.plan_id.localeCompare(b.plan_id));
  return groups;
}

/**
 * Keep the previous entry wherever the new one has the same content, so that components fed from
 * the map see the same object and do not redraw. During a slider drag only the dragged series
 * changes; without this every chart on the page would be rebuilt for every frame.
 *
 * @param previous - The map shown so far.
 * @param next - The map from the newest result.
 * @param same - Content equality for two entries.
 */
export function reuseUnchanged<K, V>(previous: ReadonlyMap<K, V>, next: Map<K, V>, same: (a: V, b: V) => boolean): Map<K, V> {
  for (const [key, value] of next) {
    const old = previous.get(key);
    if (old !== undefined && same(old, value)) next.set(key, old);
  }
  return next;
}

/** Whether two projections draw the same fan (same years, same quantiles to the bit). */
export function sameProjection(a: SeriesProjection, b: SeriesProjection): boolean {
  if (a.startYear !== b.startYear || a.startValue !== b.startValue || a.years.length !== b.years.length) return false;
  if (a.quantiles.length !== b.quantiles.length) return false;
  for (let i = 0; i < a.quantiles.length; i++) if (a.quantiles[i] !== b.quantiles[i]) return false;
  return a.growth === b.growth && a.sigma === b.sigma && a.window === b.window && a.rule === b.rule;
}

/** Whether two lists of target assessments say the same thing. */
export function sameAssessments(a: readonly TargetAssessment[], b: readonly TargetAssessment[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
