// The notebook's first chart as the build drew it (see `prerender-opening.ts`), for the page to show
// while Plot's code is still on its way. Only a drawing of exactly the input on screen is shown.
import openingChartUrls from 'virtual:opening-charts';
import type { Locale } from '../text/locale.ts';
import type { ActualsChartInput } from './actuals-chart.ts';
import { chartKey } from './chart-key.ts';

/** Drawn-ahead charts by the key of their input and the kind of screen (`ratio:key`). */
const drawn = new Map<string, string>();
let arrived: () => void = () => undefined;
/** Settles once `loadOpeningCharts` has finished, whether it found charts or not. */
export const openingChartsLoaded: Promise<void> = new Promise((resolve) => (arrived = resolve));
let loaded = false;

/** Whether `loadOpeningCharts` has finished. */
export function openingChartsIn(): boolean {
  return loaded;
}

/**
 * Fetch the charts drawn ahead for the page's language. Without them (the dev server, a failed
 * request, a file that is not this build's) nothing is lost: the first chart waits for Plot.
 *
 * @param locale - The page's language.
 * @param fetcher - `fetch`, or a stand-in in tests.
 */
export async function loadOpeningCharts(locale: Locale, fetcher: typeof fetch = fetch): Promise<void> {
  const url = (openingChartUrls as Partial<Record<Locale, string>>)[locale];
  try {
    if (!url) return;
    const response = await fetcher(url);
    if (!response.ok) return;
    const list: unknown = await response.json();
    if (!Array.isArray(list)) return;
    for (const item of list as { key?: unknown; ratio?: unknown; svg?: unknown }[]) {
      if (typeof item?.key === 'string' && (item.ratio === 1 || item.ratio === 2) && typeof item.svg === 'string' && item.svg.startsWith('<svg')) drawn.set(`${item.ratio}:${item.key}`, item.svg);
    }
  } catch {
    // As without the file: the chart is drawn by Plot.
  } finally {
    loaded = true;
    arrived();
  }
}

/**
 * The build's drawing of this input, if it made one.
 *
 * @param input - The chart's input as the page holds it.
 * @returns The SVG's markup, or null.
 */
export function prerenderedSvg(input: ActualsChartInput): string | null {
  if (drawn.size === 0) return null;
  // As Plot will decide when it loads (see prerender-opening-run.ts).
  const ratio = (globalThis.devicePixelRatio ?? 1) > 1 ? 2 : 1;
  return drawn.get(`${ratio}:${chartKey(input)}`) ?? null;
}
