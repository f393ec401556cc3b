import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { openRow } from './pages.ts';

const browser = useChromium();
const ASSETS = join(import.meta.dirname, '../../dist/assets');
/** The built chunks that hold mathjs (the page's copy and the worker's), found by a name only mathjs defines. */
const mathjsChunks = () => readdirSync(ASSETS).filter((f) => f.endsWith('.js') && readFileSync(join(ASSETS, f), 'utf8').includes('Unexpected end of expression'));

describe('loading', () => {
  it('requests mathjs only once a formula is on the page, in the page or the workers', async () => {
    const chunks = mathjsChunks();
    expect(chunks.length).toBeGreaterThan(0);
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    context.on('request', (r) => requested.push(r.url()));
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    // The first charts, then the track record (its own worker): everything a page without formulas does.
    await page.locator('#outlook tbody tr').first().waitFor({ timeout: 20_000 });
    // The track record (its own worker) runs once the outlook comes near the screen.
    await page.locator('#outlook').scrollIntoViewIfNeeded();
    await page.locator('.track-record').waitFor({ timeout: 60_000 });
    expect(requested.filter((url) => chunks.some((c) => url.endsWith(c)))).toEqual([]);
    // A custom growth rule asks for it.
    await openRow(page, '#ind-tech_contract_value\\@guangzhou', { assumptions: true });
    const section = page.locator('#ind-tech_contract_value\\@guangzhou');
    await section.locator('.controls select').first().selectOption('expression');
    await expect.poll(() => requested.filter((url) => chunks.some((c) => url.endsWith(c))).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await context.close();
  });

  // The build draws the notebook's first chart ahead (src/charts/prerender-opening.ts): it must be
  // what Plot draws in the page for the same input. The engine's worker is kept from loading, so the
  // input stays the one before any result, and Plot's drawing, once its code is in, replaces it.
  for (const [locale, width, scale] of [['zh', 1280, 1], ['en', 390, 2]] as const) {
    it(`shows the first chart as the build drew it until Plot is in, and Plot draws the same (${locale}, ${width} px, pixel ratio ${scale})`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 900 }, deviceScaleFactor: scale });
      await context.route(/model\.worker-[^/]*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.addInitScript((selector) => {
        new MutationObserver((_, observer) => {
          const svg = document.querySelector(selector);
          if (!svg) return;
          observer.disconnect();
          (window as unknown as { first: { markup: string; ahead: boolean } }).first = { markup: svg.outerHTML, ahead: svg.hasAttribute('data-prerendered') };
        }).observe(document, { childList: true, subtree: true });
      }, 'article.indicator .plot svg');
      await page.goto(`${inject('baseUrl')}?lang=${locale}`);
      const plotted = page.locator('#ind-rd_gdp_ratio\\@guangzhou .plot svg:not([data-prerendered])');
      await plotted.waitFor({ timeout: 20_000 });
      const first = await page.evaluate(() => (window as unknown as { first: { markup: string; ahead: boolean } }).first);
      expect(first.ahead).toBe(true);
      const same = (markup: string) => markup.replace(' data-prerendered=""', '').replace(/\b(plot|opening)-clip-\d+/g, 'clip');
      expect(same(first.markup)).toBe(same(await plotted.evaluate((svg) => svg.outerHTML)));
      expect(await page.locator('article.indicator .plot svg[data-prerendered]').count()).toBe(0);
      await context.close();
    });
  }
});
