import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { tablesArranged } from './pages.ts';

const browser = useChromium();

/** Open the built app at a width, failing on any request that leaves the machine or any page error. */
async function open(width: number, query = ''): Promise<{ page: Page; external: string[]; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const base = new URL(inject('baseUrl'));
  const external: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === base.host) return route.continue();
    external.push(url.href);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto(new URL(query, base).href);
  await page.locator('.plot svg').first().waitFor();
  await tablesArranged(page);
  return { page, external, errors };
}

describe('the notebook page', () => {
  it('opens offline in Chinese with charts and a scoreboard', async () => {
    const { page, external, errors } = await open(1280);
    expect(await page.locator('h1').textContent()).toBe('目标线');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    // One row per indicator with published data; the focal ones with targets are open on their charts,
    // and a closed row holds no chart until it is opened.
    const rows = page.locator('details.indicator-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(20);
    const opened = page.locator('details.indicator-row[open]');
    expect(await opened.count()).toBe(3);
    expect(await opened.evaluateAll((els) => els.map((e) => e.id))).toEqual(['ind-rd_gdp_ratio@guangzhou', 'ind-tech_contract_value@guangzhou', 'ind-hightech_enterprises@guangzhou']);
    const last = rows.last();
    expect(await last.locator('.plot').count()).toBe(0);
    await last.locator(':scope > summary').click();
    await last.locator('.plot svg').waitFor();
    // Charts are drawn as they come near the screen: an open row far below is drawn once scrolled to.
    await page.locator('#ind-hightech_enterprises\\@guangzhou').scrollIntoViewIfNeeded();
    await page.locator('#ind-hightech_enterprises\\@guangzhou .plot svg').waitFor();
    // Printing draws every open row's chart, scrolled to or not.
    await page.evaluate(() => scrollTo(0, 0));
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.locator('article.indicator .plot svg').count()).toBe(await page.locator('details.indicator-row[open]').count());
    const scored = page.locator('table.scoreboard tbody tr');
    expect(await scored.count()).toBeGreaterThan(5);
    // Every scored row says met, missed or undecidable in words, not only in colour.
    const verdicts = await page.locator('table.scoreboard .verdict').allTextContents();
    expect(verdicts.every((v) => /已达成|未达成|无法判定/.test(v))).toBe(true);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a number’s source one click away', async () => {
    const { page } = await open(1280);
    await page.locator('table.scoreboard button.source-link').first().click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('blockquote').textContent()).not.toBe('');
    expect(await dialog.locator('a[target=_blank]').getAttribute('href')).toMatch(/^https?:\/\//);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.context().close();
  });

  it('switches to English with the keyboard and remembers it', async () => {
    const { page } = await open(1280);
    const lang = page.locator('button.lang');
    await lang.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('h1').textContent()).toBe('Targetline');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#scoreboard h2').textContent()).toBe('Target scoreboard');
    await page.reload();
    await page.locator('.plot svg').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('Targetline');
    await page.context().close();
  });

  it('sorts the scoreboard from the keyboard', async () => {
    const { page } = await open(1280);
    const yearHeader = page.locator('table.scoreboard th', { hasText: '年份' });
    await yearHeader.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await yearHeader.getAttribute('aria-sort')).toBe('ascending');
    const years = (await page.locator('table.scoreboard tbody tr td:nth-child(3)').allTextContents()).map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    await page.context().close();
  });

  it('fits a 390 px phone without sideways scrolling of the page', async () => {
    const { page, errors } = await open(390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const svgWidth = await page.locator('article.indicator .plot svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
    expect(svgWidth).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
