export type { Comparator, Observation, Quality } from './types.ts';
export { roundingStep } from './rounding-step.ts';
export { scoreActual, satisfies, type ActualScore, type Verdict, type VerdictReason } from './score-actual.ts';
export { pickActual } from './pick-actual.ts';
