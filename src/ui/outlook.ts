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
