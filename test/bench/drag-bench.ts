// Measures what a user feels while dragging a growth slider in the built app (run `npm run build`
// first; `npm run bench:ui` does): the time from each input event to the readout showing the new
// numbers during a drag and for single arrow-key presses, and the longest main-thread task during the
// drag. Prints figures; asserts nothing.
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from '../browser/chromium.ts';
import { FIRST_CHART, firstChartTimes, watchFirstChart } from './first-chart.ts';

// DIST names another build to measure (e.g. one made from an older commit, for a before/after).
const outDir = process.env.DIST ?? 'dist';
if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npm run build\` first`);
const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript(watchFirstChart, FIRST_CHART);
await page.goto(url);
// On the page's clock, from navigation to the frame that shows the first chart (see watchFirstChart).
const firstChartMs = (await firstChartTimes(page)).shown;

await page.locator('#as-of').selectOption('2018');
const section = '#ind-tech_contract_value\\@guangzhou';
await page.locator(`${section} .readout li`).first().waitFor();
// The assumptions sit behind one control per chart ("调整假设"), as a reader opens them.
await page.locator(`${section} [data-adjust]`).click();
const slider = page.locator(`${section} .controls input[type=range]`).first();
await slider.scrollIntoViewIfNeeded();

// Record long tasks and, for each input event, when the readout next changed.
await page.evaluate((sel) => {
  const w = window as unknown as { longTasks: number[]; latencies: number[]; pendingSince: number | null };
  w.longTasks = [];
  w.latencies = [];
  w.pendingSince = null;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
  const section = document.querySelector(sel);
  const input = document.querySelector(`${sel} .controls input[type=range]`);
  input?.addEventListener('input', () => {
    w.pendingSince ??= performance.now();
  });
  // Watched from the chart's section, so a readout the page builds anew is still seen.
  if (section) {
    new MutationObserver((records) => {
      if (w.pendingSince !== null && records.some((r) => (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('.readout'))) {
        w.latencies.push(performance.now() - w.pendingSince);
        w.pendingSince = null;
      }
    }).observe(section, { subtree: true, characterData: true, childList: true });
  }
}, section);

// A drag: 40 steps, one every 16 ms (a frame), as a mouse drag across the track would fire them.
const box = await slider.boundingBox();
if (!box) throw new Error('slider not visible');
await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
await page.mouse.down();
const dragStart = performance.now();
for (let i = 1; i <= 40; i++) {
  await page.mouse.move(box.x + box.width * (0.1 + i * 0.015), box.y + box.height / 2);
  await page.waitForTimeout(16);
}
await page.mouse.up();
const dragMs = performance.now() - dragStart;
await page.waitForTimeout(1500);
const { longTasks, latencies } = await page.evaluate(() => {
  const w = window as unknown as { longTasks: number[]; latencies: number[] };
  const taken = { longTasks: w.longTasks, latencies: w.latencies };
  w.latencies = [];
  return taken;
});
// Key presses: one PageDown/PageUp step at a time (large enough to move the readout), each after the
// last has been shown, as a reader nudges a value. They start from the fitted growth (the reset), where
// the target's probability answers to a step; at the end of the drag it can be settled either way.
await page.locator(`${section} button.reset`).click();
await page.waitForTimeout(1000);
await page.evaluate(() => ((window as unknown as { latencies: number[]; pendingSince: number | null }).latencies = []));
await slider.focus();
for (let i = 0; i < 20; i++) {
  await page.keyboard.press(i % 2 === 0 ? 'PageDown' : 'PageUp');
  await page.waitForTimeout(250);
}
const keyLatencies = await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
await browser.close();
await server.close();

const quantile = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? Number.NaN;
};
const pick = quantile(latencies);
const pickKey = quantile(keyLatencies);
const round = (x: number) => Math.round(x * 10) / 10;
console.table({
  'first chart visible (ms)': round(firstChartMs),
  'drag duration (ms)': round(dragMs),
  'readout updates during and after the drag': latencies.length,
  'input → readout, median (ms)': round(pick(0.5)),
  'input → readout, p90 (ms)': round(pick(0.9)),
  'key presses shown': keyLatencies.length,
  'key press → readout, median (ms)': round(pickKey(0.5)),
  'key press → readout, p90 (ms)': round(pickKey(0.9)),
  'long tasks (> 50 ms) during the drag': longTasks.length,
  'longest main-thread task (ms)': round(Math.max(0, ...longTasks)),
});
console.log(
  JSON.stringify({
    first_chart_ms: round(firstChartMs),
    updates: latencies.length,
    latency_median_ms: round(pick(0.5)),
    latency_p90_ms: round(pick(0.9)),
    key_presses: keyLatencies.length,
    key_median_ms: round(pickKey(0.5)),
    key_p90_ms: round(pickKey(0.9)),
    long_tasks: longTasks.length,
    longest_task_ms: round(Math.max(0, ...longTasks)),
  }),
);
