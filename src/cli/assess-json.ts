import { PROBS, type AssessResult, type Calibration, type SeriesProjection } from '../model/index.ts';
import type { Scenario } from '../scenario/scenario.ts';

/** One projected series as `--json` writes it: what its fan rests on, and the fan year by year. */
export interface SeriesJson {
  indicator_id: string;
  region: string;
  last_actual_year: number | null;
  start_year: number | null;
  start_value: number | null;
  rule: string;
  growth_seen: number | null;
  growth_used: number | null;
  evidence_weight: number | null;
  sigma: number | null;
  trend_sd: number | null;
  flags: string[];
  years: { year: number; p05: number; p25: number; p50: number; p75: number; p95: number }[];
}

/**
 * Write an assessment as one JSON object: the scenario as parsed (defaults filled in), every target
 * with all fields of `TargetAssessment`, every projected series with its fan (`series`), and
 * `calibration` when the scenario has `asOf`. NaN and ±Infinity become null: JSON has no such
 * numbers, and null is what "unknown" means here.
 *
 * @param scenario - The scenario run.
 * @param result - The assessment.
 * @param calibration - The hindcast score, or null to leave the field out.
 */
export function assessJson(scenario: Scenario, result: AssessResult, calibration: Calibration | null): string {
  const series = result.series.filter((s) => s.years.length > 0).map(seriesJson);
  const body = { scenario, targets: result.targets, series, ...(calibration ? { calibration } : {}) };
  return JSON.stringify(body, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2);
}

function seriesJson(s: SeriesProjection): SeriesJson {
  const q = (i: number, k: number) => s.quantiles[i * PROBS.length + k] as number;
  return {
    indicator_id: s.indicatorId,
    region: s.region,
    last_actual_year: s.lastActualYear,
    start_year: s.startYear,
    start_value: s.startValue,
    rule: s.rule,
    growth_seen: s.basis?.growthSeen ?? s.observedGrowth,
    growth_used: s.basis?.growthUsed ?? s.growth,
    evidence_weight: s.basis?.evidenceWeight ?? null,
    sigma: s.sigma,
    trend_sd: s.basis ? s.basis.driftSd : null,
    flags: s.flags,
    years: s.years.map((year, i) => ({ year, p05: q(i, 0), p25: q(i, 1), p50: q(i, 2), p75: q(i, 3), p95: q(i, 4) })),
  };
}
