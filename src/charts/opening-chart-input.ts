import type { ActualsChartInput } from './actuals-chart.ts';
import { chartSummary } from './chart-summary.ts';
import { planColors } from './plan-colors.ts';
import type { Dataset } from '../data/types.ts';
import type { Locale } from '../text/locale.ts';
import { buildNotebook } from '../notebook/notebook.ts';
import { openingRows } from '../notebook/opening-rows.ts';

/**
 * The input of the first chart the notebook opens on, as the page builds it before the engine's
 * first result: the first opening row's (`openingRows`) published values and targets, every plan
 * and its colour, no fan, on a linear axis. The build draws it ahead (see `prerender-opening.ts`);
 * the page shows that drawing only while its own input has the same `chartKey`.
 *
 * @param dataset - The shipped data, without the reader's layers.
 * @param locale - The page's language.
 * @param width - The chart's width in CSS pixels.
 * @returns The input, or null when the data opens on no row.
 */
export function openingChartInput(dataset: Dataset, locale: Locale, width: number): ActualsChartInput | null {
  const notebook = buildNotebook(dataset);
  const [first] = openingRows(notebook.charted);
  const view = notebook.charted.find((v) => v.key === first);
  if (!view) return null;
  const plans = dataset.plans;
  return {
    view,
    plans,
    colors: planColors(plans.map((p) => p.id)),
    locale,
    width,
    projection: null,
    required: [],
    comparison: null,
    asOf: null,
    description: chartSummary({ view, plans, assessments: [] }, locale),
    scale: 'linear',
  };
}
