export type { Comparator, Observation, Quality } from './types.ts';
export { POOLED_BELOW } from './fit-compound.ts';
export { ENGINE_VERSION } from './engine-version.ts';
export { roundingStep } from './rounding-step.ts';
export { pow } from './pow.ts';
export { aboutBand, inBand, probabilityInBandLogNormal, DEFAULT_ABOUT_TOLERANCE, type AboutBand } from './about.ts';
export { scoreActual, satisfies, type ActualScore, type Verdict, type VerdictReason } from './score-actual.ts';
export { pickActual, pickByYear } from './pick-actual.ts';
export { createRandom, streamSeed, type Random } from './random.ts';
export { normalCdf } from './normal-cdf.ts';
export { observedGrowth, volatility, olsIncrement, requiredGrowth, type ObservedGrowth, type Volatility } from './history.ts';
export { ratePace, meets, type Pace } from './pace.ts';
export { likelihood, type Likelihood } from './likelihood.ts';
export { quantiles, shareMeeting } from './quantile.ts';
export { compileFormula, FormulaError, FORMULA_FUNCTIONS, loadFormulaParser, formulaParserReady, needsFormulaParser, type FormulaErrorCode, type CompiledFormula } from './formula.ts';
export { assumptionFor, DEFAULT_WINDOW, type Assumption, type EngineScenario, type RuleName, type Shock } from './assumptions.ts';
export { seriesKey, type SeriesInput, type TargetInput } from './series.ts';
export { resolveSeries, type ResolvedSeries, type SeriesFlag, type SeriesProblem } from './resolve-series.ts';
export { startPaths, levelAt, type PathState } from './simulate.ts';
export {
  assess,
  PROBS,
  type AssessInput,
  type AssessResult,
  type ForecastScore,
  type SeriesProjection,
  type TargetAssessment,
  type TargetStatus,
} from './assess.ts';
export { fitRandomWalk, walkForecast, walkProbability, type RandomWalk } from './baseline-random-walk.ts';
export { calibrate, compare, scoredPoints, scoredTargets, summarise, type Calibration, type PointForecast, type ScoredPoint, type ScoredTarget, type Scores } from './hindcast.ts';
export { evaluate, horizonGroup, HORIZON_GROUPS, type Evaluation, type HorizonGroup } from './evaluate.ts';
export { crpsNormal, crpsSample } from './score-forecast.ts';
export { normalQuantile } from './normal-quantile.ts';
export { forecastSd, growthForProbability, statusFlip, sumSd, type CompoundSetting, type StatusFlip } from './goal-seek.ts';
