import { seriesKey, type AssessResult, type Calibration, type SeriesProjection, type TargetAssessment } from '../model/index.ts';

/** The outlook table's rows: every target the model projected, most doubtful first. */
export function outlookRows(result: AssessResult): TargetAssessment[] {
  return result.targets
    .filter((t) => t.probability !== null && !Number.isNaN(t.probability))
    .sort((a, b) => (a.probability ?? 0) - (b.probability ?? 0) || a.year - b.year || a.id.localeCompare(b.id));
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
