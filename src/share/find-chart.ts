import type { IndicatorView, Notebook } from '../ui/notebook.ts';

/**
 * Keep only the chosen plan's targets on a view, as the notebook does when a plan is picked.
 *
 * @param view - A charted view.
 * @param plan - The plan id, or '' for every plan.
 */
export function forPlan(view: IndicatorView, plan: string): IndicatorView {
  return plan === '' ? view : { ...view, targets: view.targets.filter((t) => t.plan_id === plan) };
}

/**
 * Find the chart a `chart=` parameter names: an exact series key (`hightech_enterprises@guangzhou`)
 * or an indicator id, which picks its first chart in notebook order (the region with targets).
 *
 * @param notebook - The built notebook.
 * @param chart - The parameter's value.
 * @param plan - The scenario's plan ('' for every plan).
 */
export function findChart(notebook: Notebook, chart: string, plan: string): IndicatorView | null {
  const view = notebook.charted.find((v) => v.key === chart) ?? notebook.charted.find((v) => v.indicator.id === chart);
  return view ? forPlan(view, plan) : null;
}
