import type { ActualsChartInput } from './actuals-chart.ts';
import { onDemand } from '../notebook/on-demand.ts';

/** Draws one indicator's chart (see `drawActualsChart`). */
export type DrawChart = (input: ActualsChartInput) => SVGSVGElement | HTMLElement;

/**
 * The chart code (Observable Plot and the chart's marks), a chunk of its own: the page's first
 * screen has no chart, so Plot need not be parsed before it shows.
 */
export const chartCode = onDemand<{ drawActualsChart: DrawChart }>(() => import('./actuals-chart.ts'));
