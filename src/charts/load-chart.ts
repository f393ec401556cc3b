import type { ActualsChartInput, ChartTip } from './actuals-chart.ts';
import { onDemand } from '../notebook/on-demand.ts';

/** Draws one indicator's chart (see `drawActualsChart`). */
export type DrawChart = (input: ActualsChartInput) => SVGSVGElement | HTMLElement;

/**
 * The chart code (Observable Plot and the chart's marks), a chunk of its own: the page's first
 * screen has no chart, so Plot need not be parsed before it shows. `chartTips` lists what the chart's
 * tips say, for the keyboard.
 */
export const chartCode = onDemand<{ drawActualsChart: DrawChart; chartTips: (input: ActualsChartInput) => ChartTip[] }>(() => import('./actuals-chart.ts'));
