import type { Page } from 'playwright-core';

/** The first chart's SVG in the notebook (the embed has its own). */
export const FIRST_CHART = 'article.indicator .plot svg';

/** When the first chart was put in the page and when the frame showing it had been drawn, in ms since navigation. */
export interface FirstChartTimes {
  attached: number;
  shown: number;
}

/**
 * Record, on the page's own clock, when the first chart's SVG is attached and when the task that
 * attached it, with its frame's layout and paint, has ended. Timing Playwright's `waitFor` instead measures its polling: it looks again after 20, 50,
 * 100 and 100 ms and then only every 500 ms, so a chart attached at 0.8 s was reported at ~1.2 s.
 * Install before `goto`: `page.addInitScript(watchFirstChart, FIRST_CHART)`. Runs in the page.
 *
 * @param selector - What counts as the first chart.
 */
export function watchFirstChart(selector: string): void {
  const w = window as unknown as { firstChart?: FirstChartTimes };
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    const attached = performance.now();
    // Charts are drawn in an animation frame, and that frame's layout and paint follow in the same task:
    // a user-blocking task runs once that task ends, ahead of the timers and messages already queued.
    // (No named functions in here: tsx would wrap them in a helper the page does not have.)
    const scheduler = (globalThis as unknown as { scheduler: { postTask(f: () => void, o: { priority: string }): Promise<void> } }).scheduler;
    void scheduler.postTask(() => (w.firstChart = { attached, shown: performance.now() }), { priority: 'user-blocking' });
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Wait for the times `watchFirstChart` recorded.
 *
 * @param page - A page opened after `watchFirstChart` was installed.
 */
export async function firstChartTimes(page: Page): Promise<FirstChartTimes> {
  const handle = await page.waitForFunction(() => (window as unknown as { firstChart?: FirstChartTimes }).firstChart, undefined, { timeout: 60_000 });
  return (await handle.jsonValue()) as FirstChartTimes;
}
