import { scoresPlan } from '../scenario/scenario.ts';
import type { IndicatorView, Notebook } from '../notebook/notebook.ts';

/**
 * Keep only the chosen plans' targets on a view, as the notebook does when plans are picked.
 *
 * @param view - A charted view.
 * @param plans - The scenario's plans; every plan when empty.
 */
export function forPlans(view: IndicatorView, plans: readonly string[]): IndicatorView {
  return plans.length === 0 ? view : { ...view, targets: view.targets.filter((t) => scoresPlan(plans, t.plan_id)) };
}

/**
 * Find the chart a `chart=` parameter names: an exact series key (`hightech_enterprises@guangzhou`)
 * or an indicator id, which picks its first chart in notebook order (the region with targets).
 *
 * @param notebook - The built notebook.
 * @param chart - The parameter's value.
 * @param plans - The scenario's plans; every plan when empty.
 */
export function findChart(notebook: Notebook, chart: string, plans: readonly string[]): IndicatorView | null {
  const view = notebook.charted.find((v) => v.key === chart) ?? notebook.charted.find((v) => v.indicator.id === chart);
  return view ? forPlans(view, plans) : null;
}
