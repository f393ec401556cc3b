import type { AssessResult, Calibration } from '../model/index.ts';
import type { Scenario } from '../scenario/scenario.ts';

/**
 * Write an assessment as one JSON object: the scenario as parsed (defaults filled in), every target
 * with all fields of `TargetAssessment`, and `calibration` when the scenario has `asOf`.
 * NaN and ±Infinity become null: JSON has no such numbers, and null is what "unknown" means here.
 *
 * @param scenario - The scenario run.
 * @param result - The assessment.
 * @param calibration - The hindcast score, or null to leave the field out.
 */
export function assessJson(scenario: Scenario, result: AssessResult, calibration: Calibration | null): string {
  const body = { scenario, targets: result.targets, ...(calibration ? { calibration } : {}) };
  return JSON.stringify(body, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2);
}
