// Measures how soon the built notebook shows something on a phone-class profile: Lighthouse's
// mobile throttling (CPU slowed 4×, 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up), with a
// cold cache, over several loads. Reports the median first contentful paint,
// largest contentful paint and first chart. Run `npm run build` first (`npm run bench:ui` does).
// Prints figures; asserts nothing.
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from '../browser/chromium.ts';
import { FIRST_CHART, firstChartTimes, watchFirstChart } from './first-chart.ts';

// DIST names another build to measure (e.g. one made from an older commit, for a before/after).
const outDir = process.env.DIST ?? 'dist';
if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npm run build\` first`);
const LOADS = Number(process.env.PAINT_LOADS ?? 5);
const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await launchChromium();

interface Load {
  fcp: number;
  lcp: number;
  chart: number;
}
const loads: Load[] = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const w = window as unknown as { lcp: number };
    w.lcp = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.lcp = Math.max(w.lcp, e.startTime)))).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.addInitScript(watchFirstChart, FIRST_CHART);
  await page.goto(url);
  // On the page's clock, from navigation to the frame that shows the first chart (see watchFirstChart).
  const chart = (await firstChartTimes(page)).shown;
  // LCP is final once the page has been quiet a moment; a key press would end it, so none is sent.
  await page.waitForTimeout(1500);
  const { fcp, lcp } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    lcp: (window as unknown as { lcp: number }).lcp,
  }));
  loads.push({ fcp, lcp, chart });
  await context.close();
}
await browser.close();
await server.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;
const round = (x: number) => Math.round(x);
const figures = {
  loads: LOADS,
  fcp_median_ms: round(median(loads.map((l) => l.fcp))),
  lcp_median_ms: round(median(loads.map((l) => l.lcp))),
  first_chart_median_ms: round(median(loads.map((l) => l.chart))),
};
console.table(figures);
console.log(JSON.stringify(figures));
