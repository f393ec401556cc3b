import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeLink } from '../../src/scenario/link-codec.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { useChromium } from './chromium.ts';
import { allOutlookRows, openRow, settledAddress } from './pages.ts';
import { ABOUT_LAYERS } from '../fixtures/about-layer.ts';

const browser = useChromium();

const layers = ABOUT_LAYERS;

/** The user's target's probability cell in the outlook table. */
const cell = (page: Page) => page.locator('#outlook td.probability[data-target^="user:"]');

const RD = '#ind-rd_gdp_ratio\\@guangzhou';

/**
 * The about-target's band on the R&D chart: its rect's top and bottom as drawn (SVG attributes),
 * and where the chart's own y scale puts 3.7 × (1 ± t), so the test knows the band spans exactly that.
 */
async function band(page: Page, tolerance: number): Promise<{ top: number; bottom: number; high: number; low: number }> {
  // A chart far from the screen is redrawn when it comes near (the tolerance field is in the outlook).
  await page.locator(RD).scrollIntoViewIfNeeded();
  const rect = page.locator(`${RD} .chart > svg g[aria-label=rect] rect`);
  await rect.waitFor({ state: 'attached' });
  return rect.evaluate((r, t) => {
    const svg = (r as SVGRectElement).ownerSVGElement as SVGSVGElement & { scale(name: string): { apply(v: number): number } };
    const top = Number(r.getAttribute('y'));
    const y = svg.scale('y');
    return { top, bottom: top + Number(r.getAttribute('height')), high: y.apply(3.7 * (1 + t)), low: y.apply(3.7 * (1 - t)) };
  }, tolerance);
}

describe('an "about" target', () => {
  it('shows its band, follows the tolerance field, and keeps the tolerance in the link', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const link = await encodeLink({ scenario: { ...DEFAULT_SCENARIO }, data: 'x', layers });
    await page.goto(`${inject('baseUrl')}#s=${link}`);
    await page.locator('#outlook').scrollIntoViewIfNeeded();
    await allOutlookRows(page);
    await cell(page).waitFor();
    const row = page.locator('#outlook tr:has(td.probability[data-target^="user:"])');
    expect(await row.locator('td').nth(2).textContent()).toMatch(/约\s3\.7%（±2%）/);
    const before = Number(await cell(page).getAttribute('data-probability'));
    expect(before).toBeGreaterThan(0);
    // The chart draws the target as its band, 3.7 × 0.98 = 3.626 to 3.7 × 1.02 = 3.774, and the legend names it.
    await openRow(page, RD);
    const narrow = await band(page, 0.02);
    expect(narrow.top).toBeCloseTo(narrow.high, 1);
    expect(narrow.bottom).toBeCloseTo(narrow.low, 1);
    expect(await page.locator(`${RD} li[data-legend=about]`).textContent()).toContain('目标（约，±2%）');
    // Wider: ±10% holds more of the paths.
    const field = page.locator('#outlook input.tolerance');
    expect(await field.inputValue()).toBe('2');
    await field.fill('10');
    await field.press('Enter');
    await expect.poll(async () => Number(await cell(page).getAttribute('data-probability')), { timeout: 30_000 }).toBeGreaterThan(before);
    expect(await row.locator('td').nth(2).textContent()).toContain('（±10%）');
    // The band follows: 3.7 × 0.9 = 3.33 to 3.7 × 1.1 = 4.07, taller than before, and the legend says ±10%.
    await expect.poll(async () => (await page.locator(`${RD} li[data-legend=about]`).textContent()) ?? '', { timeout: 30_000 }).toContain('±10%');
    await expect.poll(async () => { const b = await band(page, 0.1); return b.bottom - b.top; }, { timeout: 30_000 }).toBeGreaterThan(2 * (narrow.bottom - narrow.top));
    const wide = await band(page, 0.1);
    expect(wide.top).toBeCloseTo(wide.high, 1);
    expect(wide.bottom).toBeCloseTo(wide.low, 1);
    const after = Number(await cell(page).getAttribute('data-probability'));
    // The link keeps it: opened again, the field and the probability are the same.
    const address = await settledAddress(page);
    const again = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await again.goto(address);
    await again.locator('#outlook').scrollIntoViewIfNeeded();
    await allOutlookRows(again);
    await cell(again).waitFor();
    expect(await again.locator('#outlook input.tolerance').inputValue()).toBe('10');
    await expect.poll(async () => Number(await cell(again).getAttribute('data-probability')), { timeout: 30_000 }).toBe(after);
    await again.close();
    await page.close();
  });
});
