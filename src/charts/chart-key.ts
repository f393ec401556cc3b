import { fingerprint } from '../data/fingerprint.ts';
import type { ActualsChartInput } from './actuals-chart.ts';

/**
 * A fingerprint of everything a chart is drawn from: equal keys, equal charts. A chart drawn when the
 * app was built (see `prerender-opening.ts`) is shown in place of Plot's only when its key is the key
 * of the input the page holds, so any difference at all (the data, a layer, the language, the width,
 * a result, the scale) means it is not used.
 *
 * @param input - A chart's input, as `drawActualsChart` takes it.
 * @returns 16 hex digits.
 */
export function chartKey(input: ActualsChartInput): string {
  return fingerprint(input);
}
