import type { TargetAssessment } from '../model/index.ts';

/** The path a target needs: compound growth `rate` from the last published value to the target. */
export interface RequiredPath {
  planId: string;
  startYear: number;
  startValue: number;
  year: number;
  rate: number;
}

/**
 * The required paths to draw: each target still ahead of the last published value, growing from
 * that value at the rate the target needs. Kept apart from the Plot code so a page can work out
 * what a chart needs before Plot has loaded.
 *
 * @param assessments - The engine's verdicts on one series' targets.
 */
export function requiredPaths(assessments: readonly TargetAssessment[]): RequiredPath[] {
  return assessments.flatMap((t) =>
    t.required_growth !== null && t.last_actual_year !== null && t.last_actual !== null && t.year > t.last_actual_year
      ? [{ planId: t.plan_id, startYear: t.last_actual_year, startValue: t.last_actual, year: t.year, rate: t.required_growth }]
      : [],
  );
}
