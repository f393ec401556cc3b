import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { eachConcurrently } from './pages.ts';
import fc from 'fast-check';
import { caseFragment, LINK_CASES, packBytes } from '../corpus/open-corpus.ts';
import { validLayers } from '../user/arbitraries.ts';

const browser = useChromium();
const WORKSPACE_KEY = 'targetline.workspace.v1';
const FILES = join(import.meta.dirname, '../corpus/files');
const FILE_EXPECTED: Record<string, { refused?: string }> = JSON.parse(readFileSync(join(FILES, 'expected.json'), 'utf8'));
const NOTE_TEXT = '我的注释：别丢了';

/** Wait out the autosave's quiet time (1 s) and a little more, so a write that would happen has happened. */
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);
/**
 * What the store holds once any pending write has been made: the page writes at once on `pagehide`
 * (as when the tab closes), so a test need not sit out the autosave's delay to know whether a write
 * was coming. The short wait lets the effects that schedule a write run first.
 */
async function flushedStore(page: Page): Promise<string | null> {
  await page.waitForTimeout(100);
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  return stored(page);
}
/** Pages open at once in the corpus checks: their loads overlap (each case has a page of its own). */
const PAGES_AT_ONCE = 3;
/** Longer than the address writer's delay (300 ms): a link it was going to replace is replaced by then. */
const addressDelay = (page: Page) => page.waitForTimeout(400);

/** A fresh browser whose store holds a layer and a note of the reader's, made through the page. */
async function readerWithWork(): Promise<{ context: BrowserContext; before: string }> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.locator('[data-import=paste]').fill('指标\t2022年\t2023年\n新型研发机构数量（家）\t68\t72\n');
  await page.getByText('预览粘贴内容').click();
  await page.locator('[data-import=confirm]').click();
  await page.locator('.user-data .layers > li').waitFor();
  await page.locator('[data-note-add=top]').click();
  await page.locator('.note textarea').fill(NOTE_TEXT);
  const before = await flushedStore(page);
  if (!before?.includes(NOTE_TEXT) || !before.includes('新型研发机构数量')) throw new Error('the reader’s work was not saved to begin with');
  await page.close();
  return { context, before };
}

/**
 * One such browser for the checks below that only prove its store is left as it was: each ends with
 * {@link expectWorkIntact}, so none can pass on a store another check changed (a check that fails
 * there fails the ones after it too). Making it once spares three page loads and imports.
 */
let reader: Promise<{ context: BrowserContext; before: string }> | null = null;
const sharedReader = () => (reader ??= readerWithWork());
afterAll(async () => {
  await (await reader)?.context.close();
});

/** The reader's layer and note are on the page opened without a link, and the store is as before. */
async function expectWorkIntact(context: BrowserContext, before: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.locator('.user-data .layers > li').waitFor();
  expect(await page.locator('.user-data .layers > li').textContent()).toContain('2 个数值');
  expect(await page.locator('.note').textContent()).toContain(NOTE_TEXT);
  expect(await stored(page)).toBe(before);
  await page.close();
}

/** Open a page, collecting uncaught errors. */
async function openCollecting(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

describe('bad input never costs the reader their work', () => {
  it('every link of the corpus: refused or opened, nothing written to the store, the damaged address kept', async () => {
    const { context, before } = await sharedReader();
    await eachConcurrently(LINK_CASES, PAGES_AT_ONCE, async (c) => {
      const fragment = await caseFragment(c);
      const { page, errors } = await openCollecting(context, `${inject('baseUrl')}#${fragment}`);
      await page.locator('h1').waitFor();
      const e = c.expect;
      if (e.opens === false) {
        const alert = page.locator(`[data-link-problem=${e.problem}]`);
        await alert.waitFor();
        for (const detail of e.details ?? []) expect(await alert.textContent(), c.name).toContain(detail.split(':')[0]);
        expect(await alert.locator('[data-restore=previous]').count(), c.name).toBe(1);
      } else if (e.opens === true) {
        await page.locator('article.indicator').first().waitFor();
        expect(await page.locator('[data-render-failed]').count(), c.name).toBe(0);
        expect(await page.locator('.note').count(), c.name).toBe(e.notes);
        if (e.ruleProblem) {
          const section = page.locator(`#ind-${e.ruleProblem.replace('@', '\\@')}`);
          await section.locator('[data-formula-problem]').waitFor({ timeout: 20_000 });
          expect(await section.locator('button.reset').isEnabled(), c.name).toBe(true);
        }
      }
      await addressDelay(page);
      expect(await flushedStore(page), c.name).toBe(before);
      // A link that could not be opened stays in the address bar, for the reader to copy or report.
      if (e.opens === false) expect(decodeURIComponent(page.url()), c.name).toContain(decodeURIComponent(fragment).slice(0, 60));
      expect(errors, c.name).toEqual([]);
      await page.close();
    });
    await expectWorkIntact(context, before);
  }, 300_000);

  it('random workspaces in links (repeated ids, hidden characters, odd assumptions) render without a crash and write nothing', async () => {
    const invisible = fc.constantFrom('', '\u200b', '\ufeff', '\u202e', '\u0007', '\u3164');
    const payload = fc.record({
      v: fc.constant(1),
      d: fc.constant('x'),
      asOf: fc.constantFrom(undefined, 2016, 2018, 2021),
      u: validLayers.map((layers) => layers.map((l, i) => ({ ...l, id: i % 2 === 0 ? 'l1' : l.id }))),
      n: fc.array(fc.record({ id: fc.constantFrom('n1', 'n2'), anchor: fc.constantFrom('top', 'gdp@guangzhou', 'rd_gdp_ratio@guangzhou'), text: fc.tuple(invisible, fc.string({ maxLength: 40 })).map(([a, b]) => a + b) }), { maxLength: 4 }),
      indicators: fc.dictionary(
        fc.constantFrom('gdp@guangzhou', 'rd_gdp_ratio', 'tech_contract_value@guangzhou', 'hightech_enterprises@guangzhou'),
        fc.record({ rule: fc.constantFrom('compound', 'linear', 'expression'), growth: fc.double({ min: -0.5, max: 1, noNaN: true }), expression: fc.constantFrom('x * 1.05', 'import("fs")', 'x +', '') }, { requiredKeys: ['rule'] }),
      ),
    });
    const { context, before } = await sharedReader();
    await eachConcurrently(fc.sample(payload, { numRuns: 12, seed: 11 }), PAGES_AT_ONCE, async (sample) => {
      const fragment = `s=${await packBytes(new TextEncoder().encode(JSON.stringify(sample)))}`;
      const { page, errors } = await openCollecting(context, `${inject('baseUrl')}#${fragment}`);
      await page.locator('article.indicator').first().waitFor();
      expect(await page.locator('[data-render-failed]').count()).toBe(0);
      // A pending write would be made now: there must be none.
      expect(await flushedStore(page)).toBe(before);
      expect(errors).toEqual([]);
      await page.close();
    });
    await expectWorkIntact(context, before);
  }, 180_000);

  it('every refused link in the embed page: said, nothing written', async () => {
    const { context, before } = await sharedReader();
    await eachConcurrently(LINK_CASES.filter((x) => x.expect.opens === false), PAGES_AT_ONCE, async (c) => {
      const { page, errors } = await openCollecting(context, `${inject('baseUrl')}embed.html#${await caseFragment(c)}&chart=gdp`);
      await page.locator('[data-link-problem]').waitFor();
      await page.waitForTimeout(300);
      expect(await stored(page), c.name).toBe(before);
      expect(errors, c.name).toEqual([]);
      await page.close();
    });
    await expectWorkIntact(context, before);
  }, 180_000);

  it('a refused growth rule from a link keeps its chart’s controls, and the reset brings the projection back', async () => {
    const c = LINK_CASES.find((x) => x.name === 'refused-rule-bare-id');
    if (!c) throw new Error('corpus case refused-rule-bare-id is missing');
    const { context } = await readerWithWork();
    const { page } = await openCollecting(context, `${inject('baseUrl')}#${await caseFragment(c)}`);
    const section = page.locator('#ind-tech_contract_value\\@guangzhou');
    await section.locator('[data-formula-problem=formula-function]').waitFor({ timeout: 20_000 });
    expect(await section.locator('[data-formula-problem]').textContent()).toContain('evaluate');
    await section.locator('button.reset').click();
    await expect.poll(() => section.locator('[data-formula-problem]').count(), { timeout: 20_000 }).toBe(0);
    await section.locator('[data-fit-basis]').waitFor({ timeout: 20_000 });
    await context.close();
  });

  it('every refused scenario file: said by name and path, the page and the store unchanged', async () => {
    const { context, before } = await sharedReader();
    const { page, errors } = await openCollecting(context, inject('baseUrl'));
    await page.locator('.user-data .layers > li').waitFor();
    const refused = readdirSync(FILES).filter((f) => FILE_EXPECTED[f]?.refused);
    expect(refused.length).toBeGreaterThanOrEqual(8);
    for (const file of refused) {
      await page.locator('[data-file=open]').setInputFiles(join(FILES, file));
      const notice = page.locator('.notice', { hasText: file });
      await notice.waitFor();
      expect(await notice.textContent(), file).toMatch(/没有改动/);
      expect(await page.locator('.note').textContent(), file).toContain(NOTE_TEXT);
      expect(await page.locator('.user-data .layers > li').count(), file).toBe(1);
    }
    expect(await flushedStore(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
    await expectWorkIntact(context, before);
  });

  it('a file that opens with refused parts lists each by path; duplicate note ids are renumbered, not a crash', async () => {
    const context = await browser().newContext();
    const { page, errors } = await openCollecting(context, inject('baseUrl'));
    await page.locator('[data-file=open]').setInputFiles(join(FILES, 'bad-fields.json'));
    const notice = page.locator('.notice', { hasText: 'bad-fields.json' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('indicators.gdp@guangzhou.growth');
    expect(await notice.textContent()).toContain('超出允许范围');
    await page.locator('[data-file=open]').setInputFiles(join(FILES, 'duplicate-note-ids.json'));
    await page.locator('.notice', { hasText: 'duplicate-note-ids.json' }).waitFor();
    expect(await page.locator('.note').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a hostile paste and a note with hidden characters: refused cells listed, the reader’s work kept, text stored normalised', async () => {
    const { context, before } = await readerWithWork();
    const { page, errors } = await openCollecting(context, inject('baseUrl'));
    await page.locator('.user-data .layers > li').waitFor();
    const hostile = ['指标\t地区\t年份\t数值\t来源', '\u200b=HYPERLINK("http://x","y")（亿元）\t广州\t2023\t1\t统计局', '地区生产总值\t\u200d=1+2\t2023\t2\t统计局', '地区生产总值\t广州\t2022\t3\t\u2060＝1+2', ''].join('\n');
    await page.locator('[data-import=paste]').fill(hostile);
    await page.getByText('预览粘贴内容').click();
    const preview = page.locator('[data-import=preview]');
    await preview.waitFor();
    expect((await preview.textContent())?.match(/电子表格公式/g)?.length).toBe(3);
    // Nothing was imported, and nothing of the reader's changed.
    expect(await page.locator('.user-data .layers > li').count()).toBe(1);
    expect(await flushedStore(page)).toBe(before);
    // A note typed with hidden and control characters is kept as the text it shows.
    await page.locator('[data-note-add=top]').click();
    await page.locator('.note textarea').last().fill('\u200b第二条\u202e注释\u0007');
    const saved = JSON.parse((await flushedStore(page)) ?? '{}') as { workspace: { notes: { text: string }[]; layers: unknown[] } };
    expect(saved.workspace.notes.map((n) => n.text)).toEqual([NOTE_TEXT, '第二条注释 ']);
    expect(saved.workspace.layers).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a damaged store is set aside whole; one that cannot be set aside is held, and no change is written over it', async () => {
    const damaged = '{"version":1,"workspace":{"layers":[{"id":"l1","label":"我的旧数据"';
    // A store filled up to its quota, the damaged text first.
    const context = await browser().newContext();
    await context.addInitScript((text) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('targetline.workspace.v1', text);
      const block = 'x'.repeat(256 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler.${i}`, block);
        } catch {
          break;
        }
      }
      for (const size of [1024, 32, 1]) {
        for (let i = 0; ; i++) {
          try {
            localStorage.setItem(`s${size}.${i}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
    }, damaged);
    const { page, errors } = await openCollecting(context, inject('baseUrl'));
    await page.locator('[data-store-held]').waitFor();
    await page.locator('[data-note-add=top]').click();
    await page.locator('.note textarea').fill('新的一条');
    expect(await flushedStore(page)).toBe(damaged);
    expect(await page.locator('[role=alert]', { hasText: '修改尚未保存' }).count()).toBe(1);
    // Reloading keeps it held and in place.
    await page.reload();
    await page.locator('[data-store-held]').waitFor();
    expect(await stored(page)).toBe(damaged);
    // Downloading it gives the text back whole.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-store=download]').click()]);
    expect(readFileSync((await download.path()) as string, 'utf8')).toBe(damaged);
    expect(errors).toEqual([]);
    await context.close();
  });
});
