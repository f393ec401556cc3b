import type { Dataset } from '../data/types.ts';
import type { EngineScenario } from '../model/index.ts';
import { toEngineScenario, type Scenario } from '../scenario/scenario.ts';
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
