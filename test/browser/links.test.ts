import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { openAsOf2018, SECTION, settledAddress } from './pages.ts';

const browser = useChromium();


describe('scenario links', () => {
  it('reopen an edited scenario in a fresh browser with the same digits', async () => {
    const first = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openAsOf2018(first);
    const typed = page.locator(`${SECTION} .controls input[type=number]`).first();
    await typed.fill('12.5');
    await typed.press('Enter');
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes('已修改'), `${SECTION} .controls legend`);
    const url = await settledAddress(page);
    const readout = await page.locator(`${SECTION} .readout`).textContent();
    const history = await page.evaluate(() => window.history.length);
    // Edits replace the address instead of adding history entries.
    expect(history).toBeLessThanOrEqual(2);
    expect(url.split('#s=')[1]?.length ?? 0).toBeLessThan(2000);

    const second = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const reopened = await second.newPage();
    await reopened.goto(url);
    await reopened.waitForFunction(
      ([sel, text]) => document.querySelector(sel)?.textContent === text,
      [`${SECTION} .readout`, readout] as const,
    );
    expect(await reopened.locator('#as-of').inputValue()).toBe('2018');
    expect(await reopened.locator(`${SECTION} .controls input[type=number]`).first().inputValue()).toBe('12.5');
    expect(await reopened.locator('[role=alert]').count()).toBe(0);
    await first.close();
    await second.close();
  });

  it('carry two scenarios (A/B) in one link and reopen them side by side', async () => {
    const first = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openAsOf2018(first);
    await page.getByRole('button', { name: '固定当前情景为对照A' }).click();
    await page.getByRole('button', { name: '按规划进度' }).click();
    await page.waitForFunction(() => /(\d+) 项目标/.test(document.querySelector('#outlook .compare')?.textContent ?? ''));
    const summary = await page.locator('#outlook .compare').textContent();
    let url = await settledAddress(page);
    while (!url.includes('&a=')) url = await settledAddress(page);

    const second = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const reopened = await second.newPage();
    await reopened.goto(url);
    await reopened.waitForFunction(
      ([sel, text]) => document.querySelector(sel)?.textContent === text,
      ['#outlook .compare', summary] as const,
    );
    expect(await reopened.locator('#outlook td.differs').count()).toBeGreaterThan(0);
    await first.close();
    await second.close();
  });

  it('open the default notebook with a clear message for a damaged or hostile link, running nothing', async () => {
    for (const fragment of ['s=1.%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E', 's=1.q1YqU7Iy1FFKUbJ', 's=7.abc']) {
      const page = await browser().newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${inject('baseUrl')}#${fragment}`);
      await page.locator('[role=alert]').first().waitFor();
      expect(await page.locator('[role=alert]').first().textContent()).toMatch(/默认笔记本/);
      expect(await page.locator('h1').textContent()).toBe('目标线');
      // The default notebook: its rows are there, and the first open chart is drawn.
      expect(await page.locator('details.indicator-row').count()).toBeGreaterThan(5);
      await page.locator('article.indicator .plot svg').first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('img[src=x]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
