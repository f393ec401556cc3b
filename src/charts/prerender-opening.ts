import type { Dataset } from '../data/types.ts';
import type { Locale } from '../text/locale.ts';
import { openingChartInput } from './opening-chart-input.ts';
import { drawActualsChart } from './actuals-chart.ts';
import { chartKey } from './chart-key.ts';

/** The opening chart drawn ahead for one language and width, and the key of the input it was drawn from. */
export interface PrerenderedChart {
  locale: Locale;
  width: number;
  /** The screens it was drawn for: 1, a pixel ratio of 1; 2, any higher (see `prerender-opening-run.ts`). */
  ratio?: 1 | 2;
  key: string;
  svg: string;
}

/**
 * The chart widths drawn ahead: the notebook's column at full width (1024 px) and at the common phone
 * widths (a viewport less the page's 2 × 16 px padding: 360, 375, 390, 393, 412, 414 and 430 px). Any
 * other width draws with Plot once its code is in, as every chart did before.
 */
export const PRERENDER_WIDTHS: readonly number[] = [1024, 398, 382, 380, 361, 358, 343, 328];

/**
 * Draw the notebook's first chart (`openingChartInput`) for each language and width when the app is
 * built, so the page can show it before Plot's code has arrived and run (~250 ms of a cold load).
 * Plot numbers its clip paths per page; these are renamed so they never share an id with a chart the
 * page draws itself.
 *
 * @param dataset - The shipped data.
 * @param document - A document to draw in (jsdom's, at build time).
 */
export function prerenderOpeningCharts(dataset: Dataset, document: Document, widths: readonly number[] = PRERENDER_WIDTHS): PrerenderedChart[] {
  const charts: PrerenderedChart[] = [];
  for (const locale of ['zh', 'en'] as const) {
    for (const width of widths) {
      const input = openingChartInput(dataset, locale, width);
      if (!input) continue;
      const node = drawActualsChart(input, document);
      charts.push({ locale, width, key: chartKey(input), svg: ownClipIds(node.outerHTML) });
    }
  }
  return charts;
}

/**
 * Rename Plot's clip-path ids (`plot-clip-N`, numbered per page from 1) and the references to them,
 * so a drawing made ahead never shares an id with a chart Plot draws in the page.
 *
 * @param svg - Plot's markup.
 */
export function ownClipIds(svg: string): string {
  return svg.replace(/\bplot-clip-(\d+)\b/g, 'opening-clip-$1');
}
