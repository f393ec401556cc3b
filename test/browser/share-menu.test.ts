import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { scenariosFromFragment } from '../../src/scenario/address.ts';
import { useChromium } from './chromium.ts';
import { openAsOf2018, openShareMenu, SECTION, settledAddress } from './pages.ts';

const browser = useChromium();
const WORKSPACE_KEY = 'targetline.workspace.v1';
const NOTE_TEXT = '我自己的注释';

/** The settled address, once it says the language asked for (the language switch rewrites it). */
async function addressIn(page: Page, lang: 'zh' | 'en'): Promise<string> {
  for (;;) {
    const url = await settledAddress(page);
    if (url.endsWith(`&lang=${lang}`)) return url;
  }
}

describe('the share menu', () => {
  it('copies the page’s link and the embed code, and says so in its live region', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openAsOf2018(context);
    const url = await addressIn(page, 'zh');
    await openShareMenu(page, SECTION);
    expect(await page.locator(`${SECTION} [data-share]`).allTextContents()).toEqual(['复制链接', '复制嵌入代码', 'SVG矢量图', 'PNG图片（2倍）', '图表数据CSV']);
    await page.locator(`${SECTION} [data-share=link]`).click();
    await page.locator(`${SECTION} .copy-status`).filter({ hasText: '已复制链接' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    // The menu closed and focus went back to its button, for the keyboard.
    expect(await page.locator(`${SECTION} [data-share-menu]`).getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-share-menu'))).toBe(true);

    await openShareMenu(page, SECTION);
    await page.locator(`${SECTION} [data-share=embed]`).click();
    await page.locator(`${SECTION} .copy-status`).filter({ hasText: '已复制嵌入代码' }).waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const fragment = url.split('#')[1] ?? '';
    expect(snippet).toContain(`embed.html#${fragment.replace(/&/g, '&amp;')}&amp;chart=tech_contract_value%40guangzhou"`);
    expect(snippet).toMatch(/<\/iframe><script>.*targetline:height.*<\/script>$/);
    await context.close();
  });

  it('shows the text selected in a read-only field when the clipboard is refused', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) } });
    });
    const page = await openAsOf2018(context);
    const url = await addressIn(page, 'zh');
    await openShareMenu(page, SECTION);
    await page.locator(`${SECTION} [data-share=link]`).click();
    const field = page.locator(`${SECTION} textarea[data-copy-fallback=link]`);
    await field.waitFor();
    expect(await page.locator(`${SECTION} .copy-status`).textContent()).toBe('无法写入剪贴板，请手动复制下面的链接：');
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(await field.inputValue()).toBe(url);
    // Selected and focused: Ctrl+C copies it as it is.
    expect(await field.evaluate((f: HTMLTextAreaElement) => document.activeElement === f && f.selectionStart === 0 && f.selectionEnd === f.value.length)).toBe(true);
    await context.close();
  });
});

describe('a link’s language', () => {
  it('a link made in English reopens in English, and switching back says Chinese in the address', async () => {
    const first = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openAsOf2018(first);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('h1').filter({ hasText: 'Targetline' }).waitFor();
    const url = await addressIn(page, 'en');
    expect((await scenariosFromFragment(url)).scenario?.asOf).toBe(2018);

    // A fresh browser, which has never chosen a language: the link decides.
    const second = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const reopened = await second.newPage();
    await reopened.goto(url);
    await reopened.locator('h1').filter({ hasText: 'Targetline' }).waitFor();
    expect(await reopened.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await reopened.locator('#as-of').inputValue()).toBe('2018');
    await reopened.getByRole('button', { name: '中文' }).click();
    await reopened.locator('h1').filter({ hasText: '目标线' }).waitFor();
    const back = await addressIn(reopened, 'zh');
    expect(back.replace('&lang=zh', '')).toBe(url.replace('&lang=en', ''));
    await first.close();
    await second.close();
  });
});

/** A browser whose store holds a note of the reader's, made through the page. */
async function readerWithNote(): Promise<{ context: BrowserContext; before: string }> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.locator('[data-note-add=top]').click();
  await page.locator('.note textarea').fill(NOTE_TEXT);
  // The page writes at once on `pagehide`, as when the tab closes.
  await page.waitForTimeout(100);
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  const before = await page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);
  if (!before?.includes(NOTE_TEXT)) throw new Error('the reader’s note was not saved to begin with');
  await page.close();
  return { context, before };
}

describe('a damaged notebook link', () => {
  it('stays in the address bar with the reason, until the reader starts from the default; the store is untouched', async () => {
    const { context, before } = await readerWithNote();
    const page = await context.newPage();
    const damaged = 's=1.q1YqU7Iy1FFKUbJ';
    await page.goto(`${inject('baseUrl')}#${damaged}`);
    const alert = page.locator('[data-link-problem]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('这个链接已损坏或不完整');
    expect(await alert.locator('[data-link-kept]').textContent()).toContain('地址栏中仍是你收到的链接');
    await page.locator('article.indicator .plot svg').first().waitFor();
    // Longer than the address writer's delay (300 ms): a link it was going to replace is replaced by then.
    await page.waitForTimeout(800);
    expect(page.url()).toBe(`${inject('baseUrl')}#${damaged}`);

    // Switching language changes only the language the kept link says.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-link-problem]').filter({ hasText: 'Start from the default notebook' }).waitFor();
    await page.waitForTimeout(800);
    expect(page.url()).toBe(`${inject('baseUrl')}#${damaged}&lang=en`);

    // Chosen explicitly: the address follows the default notebook, and still nothing is stored.
    await page.locator('[data-link-start=default]').click();
    await page.waitForFunction(() => location.hash.startsWith('#s=1.') && !location.hash.includes('q1YqU7Iy1FFKUbJ'));
    const opened = await scenariosFromFragment(page.url());
    expect(opened).toMatchObject({ problem: null, locale: 'en' });
    expect(await page.locator('[data-link-kept]').count()).toBe(0);
    await page.waitForTimeout(100);
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(await page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY)).toBe(before);
    await context.close();
  });
});

describe('an embed', () => {
  it('fits a 600 px frame on a host page using the copied snippet: its sources and link back in view, no inner scrolling', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openAsOf2018(context);
    await addressIn(page, 'zh');
    await openShareMenu(page, SECTION);
    await page.locator(`${SECTION} [data-share=embed]`).click();
    await page.locator(`${SECTION} .copy-status`).filter({ hasText: '已复制' }).waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());

    for (const width of [600, 390]) {
      const host = await context.newPage();
      await host.setViewportSize({ width: 1280, height: 1400 });
      // A real page of the server: Chromium refuses to frame a local address from a page it cannot place.
      await host.goto(`${inject('baseUrl')}briefing-test-page`);
      await host.setContent(`<!doctype html><body style="margin:0"><h1>简报</h1><div style="width:${width}px">${snippet}</div><p>下文</p></body>`);
      const frameElement = host.locator('iframe');
      await expect.poll(() => host.frames().find((f) => f.url().includes('embed.html')) !== undefined, { timeout: 20_000 }).toBe(true);
      const frame = host.frames().find((f) => f.url().includes('embed.html'));
      if (!frame) throw new Error('no embed frame');
      await frame.locator('figcaption').filter({ hasText: /模型当时评为“[^”]+”（\d+%）/ }).waitFor();
      await frame.locator('footer a').waitFor();
      // The host's script set the frame to the height the embed reported (it is not the 920 px fallback).
      await expect.poll(() => frameElement.evaluate((f: HTMLIFrameElement) => f.style.height), { timeout: 10_000 }).toMatch(/^\d+px$/);
      await expect
        .poll(() => frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight), { timeout: 10_000 })
        .toBe(true);
      const inFrame = await frame.evaluate(() => {
        const footer = document.querySelector('footer')?.getBoundingClientRect();
        return { bottom: footer?.bottom ?? Infinity, viewport: document.documentElement.clientHeight, width: document.documentElement.clientWidth };
      });
      expect(inFrame.width).toBe(width);
      expect(inFrame.bottom).toBeLessThanOrEqual(inFrame.viewport);
      expect(await frame.locator('footer').textContent()).toContain('数据：');
      await host.close();
    }
    await context.close();
  });

  it('with a damaged link shows the error only: no chart, nothing drawn from another scenario', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}embed.html#s=1.q1YqU7Iy1FFKUbJ&chart=gdp`);
    const alert = page.locator('[data-link-problem]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('这个嵌入链接已损坏或不完整');
    expect(await alert.textContent()).toContain('因此这里不显示图表');
    // Give a chart every chance to appear: the data is in once the error shows, so a chart would follow at once.
    await page.waitForTimeout(1000);
    expect(await page.locator('svg').count()).toBe(0);
    expect(await page.locator('h1, figure, footer').count()).toBe(0);
    await page.goto('about:blank');
    await page.goto(`${inject('baseUrl')}embed.html#s=1.q1YqU7Iy1FFKUbJ&lang=en&chart=gdp`);
    await page.locator('[data-link-problem]').filter({ hasText: 'This embed link is damaged or incomplete.' }).waitFor();
    await page.close();
  });
});
