import type { UserLayer } from './layer.ts';

/** What a layer holds, for its line in the layers list. */
export interface LayerSummary {
  indicators: number;
  actuals: number;
  targets: number;
  /** The earliest year of any actual or target; null when the layer has neither. */
  firstYear: number | null;
  /** The latest year of any actual or target; null when the layer has neither. */
  lastYear: number | null;
}

/**
 * Count a layer's rows and find the years its values and targets span.
 *
 * @param layer - A parsed layer.
 * @example layerSummary(layer) // { indicators: 1, actuals: 3, targets: 1, firstYear: 2019, lastYear: 2025 }
 */
export function layerSummary(layer: UserLayer): LayerSummary {
  return { indicators: layer.indicators.length, actuals: layer.actuals.length, targets: layer.targets.length, ...yearBounds([...layer.actuals, ...layer.targets]) };
}

/**
 * The earliest and latest year of some rows; both null when there are none.
 *
 * @param rows - Anything with a year: values, targets, an import's preview rows.
 */
export function yearBounds(rows: readonly { year: number }[]): { firstYear: number | null; lastYear: number | null } {
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  // A loop rather than Math.min(...years): a spread of 20,000 arguments can overflow the call stack.
  for (const { year } of rows) {
    if (firstYear === null || year < firstYear) firstYear = year;
    if (lastYear === null || year > lastYear) lastYear = year;
  }
  return { firstYear, lastYear };
}
