import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { allOutlookRows, openAsOf2018, SECTION } from './pages.ts';

const browser = useChromium();


const readout = (page: Page) => page.locator(`${SECTION} .readout`).textContent();
const median = (page: Page) =>
  // The fan's median is the clipped line mark drawn dashed.
  page.locator(`${SECTION} g[aria-label=line] g[stroke-dasharray] path`).first().getAttribute('d');

describe('changing an assumption', () => {
  it('moves the probability and the chart when a growth rate is typed in', async () => {
    const page = await openAsOf2018(browser());
    const before = await readout(page);
    const pathBefore = await median(page);
    const typed = page.locator(`${SECTION} .controls input[type=number]`).first();
    await typed.fill('2');
    await typed.press('Enter');
    // 2% a year from 719.38 (2018) cannot reach 1,200 by 2021: the probability must drop.
    await page.waitForFunction(
      ([sel, old]) => document.querySelector(sel)?.textContent !== old,
      [`${SECTION} .readout`, before] as const,
    );
    expect(await readout(page)).not.toBe(before);
    expect(await median(page)).not.toBe(pathBefore);
    expect(await page.locator(`${SECTION} .controls legend`).textContent()).toContain('已修改');
    await page.close();
  });

  it('works from the keyboard alone: arrow keys on a slider, then reset', async () => {
    const page = await openAsOf2018(browser());
    const slider = page.locator(`${SECTION} .controls input[type=range]`).first();
    const start = await slider.inputValue();
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(
      ([sel, old]) => (document.querySelector(sel) as HTMLInputElement | null)?.value !== old,
      [`${SECTION} .controls input[type=range]`, start] as const,
    );
    expect(Number(await slider.inputValue())).toBeLessThan(Number(start));
    const reset = page.locator(`${SECTION} .controls button.reset`);
    await reset.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLButtonElement | null)?.disabled === true, `${SECTION} .controls button.reset`);
    // The fitted default comes back with the reset run's result; runs of the arrow presses may land
    // first and show their own fitted values for a frame, so poll until the last one has arrived.
    await expect.poll(() => slider.inputValue(), { timeout: 10_000, interval: 200 }).toBe(start);
    await page.waitForTimeout(500);
    expect(await slider.inputValue()).toBe(start);
    await page.close();
  });

  it('applies the plan-pace preset: every projected target’s median meets it', async () => {
    const page = await openAsOf2018(browser());
    const before = await readout(page);
    await page.getByRole('button', { name: '按规划进度' }).click();
    await page.waitForFunction(
      ([sel, old]) => document.querySelector(sel)?.textContent !== old,
      [`${SECTION} .readout`, before] as const,
    );
    expect(await page.locator(`${SECTION} .controls legend`).textContent()).toContain('已修改');
    // At the plan's pace the binding target sits on the median: its probability is near one half, none below 40%.
    // The answers round; the exact probability rides on each answer.
    const probabilities = (await page.locator(`${SECTION} .readout .answer`).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-probability')) * 100)));
    expect(probabilities.length).toBe(3);
    expect(Math.min(...probabilities)).toBeGreaterThan(40);
    await page.close();
  });

  it('compares two scenarios on the same chart and table, listing the targets whose status differs', async () => {
    const page = await openAsOf2018(browser());
    await page.getByRole('button', { name: '固定当前情景为对照A' }).click();
    await page.locator('#outlook .compare').waitFor();
    // Same scenario on both sides: nothing differs yet.
    await page.waitForFunction(() => document.querySelector('#outlook .compare')?.textContent?.includes('完全相同'));
    await page.getByRole('button', { name: '按规划进度' }).click();
    await page.waitForFunction(() => /(\d+) 项目标/.test(document.querySelector('#outlook .compare')?.textContent ?? ''));
    const count = Number(/(\d+) 项目标/.exec((await page.locator('#outlook .compare').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await allOutlookRows(page);
    expect(await page.locator('#outlook td.differs').count()).toBe(count);
    // A's fan is outlined on the charts beside B's (a chart away from the screen catches up when it comes back).
    await page.locator(SECTION).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`${SECTION} g[aria-label=line] g[stroke="#6e7781"]`).count()).toBe(3);
    await page.close();
  });

  it('switches the plan scored against: charts, scoreboard and outlook keep only its targets', async () => {
    const page = await openAsOf2018(browser());
    const bothPlans = await page.locator(`${SECTION} .readout li`).count();
    await page.locator('#plan').selectOption('gz_innovation_centre_2018');
    // The 2018–2020 plan sets no registered-contract target: the readout for that chart empties.
    await page.locator(`${SECTION} .readout`).waitFor({ state: 'detached' });
    expect(bothPlans).toBe(3);
    const plans = new Set(await page.locator('table.scoreboard tbody td:first-child').allTextContents());
    expect([...plans]).toEqual(['创新中心计划2018–2020']);
    const outlookPlans = new Set(await page.locator('#outlook tbody .plan').allTextContents());
    expect([...outlookPlans]).toEqual(['创新中心计划2018–2020']);
    await page.close();
  });

  it('applies a one-off shock chosen from the controls', async () => {
    const page = await openAsOf2018(browser());
    const before = await readout(page);
    await page.locator(`${SECTION} .controls select.shock-year`).selectOption('2020');
    await page.waitForFunction(
      ([sel, old]) => document.querySelector(sel)?.textContent !== old,
      [`${SECTION} .readout`, before] as const,
    );
    expect(await page.locator(`${SECTION} .controls legend`).textContent()).toContain('已修改');
    await page.close();
  });
});
