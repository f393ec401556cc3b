import type { Dataset } from '../data/types.ts';
import { toEngineInput } from '../data/engine-input.ts';
import type { AssessInput, EngineScenario, SeriesInput, TargetInput } from '../model/index.ts';
import { PLANS_AS_OF, toEngineScenario, type Scenario } from '../scenario/scenario.ts';
import { planBaseYears } from '../data/plan-base-year.ts';
import { withDerivedHistory } from './derived-history.ts';
import type { UserLayer } from './layer.ts';
import { derivedAssumptions, layerFormulas, withLayers } from './merge-layers.ts';

/**
 * The data the notebook, the engine and the CLI work on: published rows, the user's layers beside
 * them, and the computed history of their formula indicators. One function, so the page and the
 * CLI see the same rows for the same workspace.
 *
 * @param published - The shipped data.
 * @param layers - The user's layers, checked by `parseLayers`.
 */
export function dataWithLayers(published: Dataset, layers: readonly UserLayer[]): Dataset {
  return withDerivedHistory(withLayers(published, layers), layerFormulas(layers));
}

/**
 * What the engine runs for a workspace: the series of the data (published rows with the layers
 * already beside them, `dataWithLayers`), the targets of the plans the scenario names (every plan
 * when it names none; see `scoresPlan`), and its scenario with the layers' formulas. The page, the
 * embed, `cli assess`, `cli render` and `cli evaluate` all build their input here, so one scenario
 * file means the same targets everywhere.
 *
 * @param dataset - The data with the layers in it.
 * @param scenario - The scenario.
 * @param layers - The user's layers.
 */
export function engineRequest(dataset: Dataset, scenario: Scenario, layers: readonly UserLayer[]): AssessInput {
  return { ...engineData(dataset, scenario.plans), scenario: engineScenarioWithLayers(scenario, layers), ...plansAsOf(dataset, scenario) };
}

/**
 * `planAsOf` for a scenario that assesses each plan from its own base year (`asOf: 'plans'`); nothing
 * otherwise. Plans without a known base year are left out, so they use today's data.
 *
 * @param dataset - The data, for its plans.
 * @param scenario - The scenario.
 */
export function plansAsOf(dataset: Dataset, scenario: Scenario): { planAsOf?: Record<string, number> } {
  return scenario.asOf === PLANS_AS_OF ? { planAsOf: planBaseYears(dataset.plans) } : {};
}

/**
 * The data half of `engineRequest`: the series, and the targets of the chosen plans (all when none).
 * The page keeps it apart so a slider step, which changes only the scenario, does not rebuild it.
 *
 * @param dataset - The data with the layers in it.
 * @param plans - The scenario's `plans`.
 */
export function engineData(dataset: Dataset, plans: readonly string[]): { series: SeriesInput[]; targets: TargetInput[] } {
  return toEngineInput(dataset, plans.length > 0 ? plans : undefined);
}

/**
 * The engine's scenario for a workspace: the reader's assumptions, plus a `derive` for every formula
 * indicator (the reader's own assumption for an id wins).
 *
 * @param scenario - The scenario.
 * @param layers - The user's layers.
 */
export function engineScenarioWithLayers(scenario: Scenario, layers: readonly UserLayer[]): EngineScenario {
  const base = toEngineScenario(scenario);
  return { ...base, assumptions: { ...derivedAssumptions(layers), ...base.assumptions } };
}
