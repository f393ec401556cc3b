import type { Dataset } from '../data/types.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { CliProblem } from './scenario-messages.ts';

/**
 * Check the ids a scenario names against the data. The schema cannot know them, and the engine
 * ignores what it does not know, so without this a misspelt plan would score nothing and a
 * misspelt indicator would quietly keep its fitted defaults.
 *
 * @param scenario - A scenario that passed the schema.
 * @param dataset - The loaded data.
 * @returns One problem per unknown plan, indicator or region; empty when all are known.
 */
export function checkScenarioIds(scenario: Scenario, dataset: Dataset): CliProblem[] {
  const problems: CliProblem[] = [];
  const plans = new Set(dataset.plans.map((p) => p.id));
  const indicators = new Set(dataset.indicators.map((d) => d.id));
  const regions = new Set([...dataset.actuals.map((a) => a.region), ...dataset.targets.map((t) => t.region)]);
  scenario.plans.forEach((id, i) => {
    if (!plans.has(id)) problems.push({ field: `plans.${i}`, code: 'unknown-plan', value: id });
  });
  for (const key of Object.keys(scenario.indicators)) {
    // Assumptions are keyed by `id` for every region or `id@region` for one.
    const at = key.lastIndexOf('@');
    const id = at < 0 ? key : key.slice(0, at);
    // The field already spells the id out, so the problem carries no value to quote.
    if (!indicators.has(id)) problems.push({ field: `indicators.${key}`, code: 'unknown-indicator' });
    else if (at >= 0 && !regions.has(key.slice(at + 1))) problems.push({ field: `indicators.${key}`, code: 'unknown-region', value: key.slice(at + 1) });
  }
  return problems;
}
