import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { openRow, SECTION, settledAddress, tablesArranged } from './pages.ts';

const browser = useChromium();

/** The most A4 pages the opening view may print to (it printed to 9–10 before the print styles). */
const MAX_PAGES = 12;

/** Open the notebook as a reader does, at 1280 px, with the scoreboard and the outlook's rows in. */
async function openDefault(): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(inject('baseUrl'));
  await tablesArranged(page);
  await page.locator('#outlook tbody tr[data-target]').first().waitFor({ state: 'attached' });
  return page;
}

/** Count the pages of a PDF by its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe('printing', () => {
  it('prints the scoreboard’s figures and headers as text, and no control', async () => {
    const page = await openDefault();
    await page.emulateMedia({ media: 'print' });
    // The 实际 column is buttons (each opens its source): on paper each is its figure, without chrome.
    const actual = page.locator('table.scoreboard tbody tr td:nth-child(5) button.source-link');
    expect(await actual.count()).toBeGreaterThan(0);
    await expect.poll(() => actual.first().isVisible()).toBe(true);
    expect(await actual.first().innerText()).toMatch(/\d/);
    const headers = await page.locator('table.scoreboard thead th').allInnerTexts();
    expect(headers.map((h) => h.trim().replace(/\s*[▲▼]$/, ''))).toEqual(['规划', '指标', '年份', '目标', '实际', '判定', '差距']);
    // Nothing that can be pressed or typed into is on paper; the only buttons left are those figures and headers.
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input, textarea')]
        .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
        .filter((e) => !(e instanceof HTMLButtonElement && (e.classList.contains('source-link') || e.closest('.data-table th'))))
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(controls).toEqual([]);
    const chrome = await actual.first().evaluate((b) => getComputedStyle(b).display);
    expect(chrome).toBe('contents');
    await page.close();
  });

  it('opens on the scenario box: as-of with each plan’s base year, seed, paths and the link', async () => {
    const page = await openDefault();
    const url = await settledAddress(page);
    const box = page.locator('[data-scenario-box]');
    await box.waitFor({ state: 'attached' });
    // A briefing's box: on screen the controls say the same.
    expect(await box.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await box.isVisible()).toBe(true);
    const asOf = await box.locator('[data-entry=as-of] dd').innerText();
    expect(asOf).toContain('各规划编制时的数据（回测）');
    expect(asOf).toMatch(/强市计划2019–2021：截至 2018 年/);
    expect(asOf).toMatch(/创新中心计划2018–2020：截至 2017 年/);
    expect(await box.locator('[data-entry=seed] dd').innerText()).toBe('1');
    expect(await box.locator('[data-entry=paths] dd').innerText()).toBe('10,000 条');
    expect(await box.locator('[data-entry=changes] dd').innerText()).toBe('无：全部按历史拟合');
    expect(await box.locator('[data-entry=link] dd').innerText()).toBe(url);
    await page.close();
  });

  it('says an assumption the reader changed, from the value the controls showed to theirs', async () => {
    const page = await openDefault();
    await page.locator(SECTION).scrollIntoViewIfNeeded();
    await openRow(page, SECTION, { assumptions: true });
    const typed = page.locator(`${SECTION} .controls input[type=number]`).first();
    // The slider shows the fitted growth in percent to one decimal, as the box writes it.
    await expect.poll(async () => (await typed.inputValue()) !== '').toBe(true);
    const fitted = Number(await typed.inputValue());
    await typed.fill('2');
    await typed.press('Enter');
    await page.emulateMedia({ media: 'print' });
    const changes = page.locator('[data-scenario-box] [data-entry=changes] dd');
    const from = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(fitted);
    await expect.poll(() => changes.innerText(), { timeout: 10_000 }).toBe(`登记技术合同成交额 · 广州市：年增长率 ${from}% → +2%`);
    await page.close();
  });

  it.each(['zh', 'en'] as const)('prints the opening view in at most twelve A4 pages (%s)', async (locale) => {
    const page = await openDefault();
    if (locale === 'en') {
      await page.locator('button.lang').click();
      await page.locator('#scoreboard-title', { hasText: 'Target scoreboard' }).waitFor();
      await page.locator('[data-scenario-box] h2', { hasText: 'Scenario on this page' }).waitFor({ state: 'attached' });
    }
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(MAX_PAGES);
    await page.close();
  });
});
