import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { allOutlookRows, openRow, openSources, settledAddress, tablesArranged } from './pages.ts';
import { runCliInProcess } from '../cli/run-cli.ts';
import { formatProbability } from '../../src/notebook/target-answer.ts';
import { encodeLink } from '../../src/scenario/link-codec.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { INDICATOR_KINDS, UNITS } from '../../src/data/seed-schemas.ts';
import { ACTUAL_INK, USER_INK } from '../../src/charts/plan-colors.ts';

const browser = useChromium();
const CORPUS = join(import.meta.dirname, '../corpus/import');
const HIGHTECH = '#ind-hightech_enterprises\\@guangzhou';

/** Paste a table into the import box and ask for its preview. */
async function previewPaste(page: Page, table: string): Promise<void> {
  await page.locator('[data-import=paste]').fill(table);
  await page.getByText('预览粘贴内容').click();
}

/** Open the notebook in a fresh browser context and import a pasted table as a layer. */
async function openWithLayer(table: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await previewPaste(page, table);
  await page.locator('[data-import=confirm]').click();
  return { context, page };
}

/** Add a target of one's own through the form. */
async function addTarget(page: Page, indicator: string, year: number, value: number): Promise<void> {
  const form = page.locator('[data-form=target]');
  await form.locator('select').first().selectOption(indicator);
  await form.locator('input[type=number]').first().fill(String(year));
  await form.locator('input[type=number]').nth(1).fill(String(value));
  await form.locator('button[type=submit]').click();
}

describe('your own data', () => {
  it('imports a GB18030 yearbook file, charts and scores it beside the published data, and keeps it after a reload', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.locator('[data-import=file]').setInputFiles(join(CORPUS, 'gb18030-yearbook.csv'));
    const preview = page.locator('[data-import=preview]');
    await preview.waitFor();
    // Nothing changes before the reader confirms: the preview says what would be imported and how it was read.
    // The file's 12,174 firms for 2019 contradict the published 12,099: flagged, and the other 15 values imported.
    expect(await preview.textContent()).toContain('将导入 15 个数值（4 个指标，2019–2022）');
    expect(await preview.textContent()).toContain('1 处问题未导入');
    expect(await preview.textContent()).toContain('gb18030');
    expect(await page.locator('.user-data .layers').count()).toBe(0);
    await page.locator('[data-import=confirm]').click();
    await page.locator('.user-data .layers > li').first().waitFor();
    expect(await page.locator('.user-data .layers > li').textContent()).toContain('gb18030-yearbook.csv：15 个数值');

    // Charted beside the published values and marked as mine; the published figures still decide each year.
    expect(await page.locator(`${HIGHTECH} h3 .mine`).textContent()).toBe('我的数据');
    await openSources(page.locator(HIGHTECH));
    const rows = await page.locator(`${HIGHTECH} details.sources tbody`).first().locator('tr').allTextContents();
    expect(rows.some((r) => r.includes('我的数据') && r.includes('由你导入 · gb18030-yearbook.csv'))).toBe(true);

    // Scored: a target of my own ahead gets a probability from the worker; one already past gets a verdict.
    await addTarget(page, 'hightech_enterprises', 2026, 16000);
    await addTarget(page, 'hightech_enterprises', 2022, 12000);
    await allOutlookRows(page);
    const mine = page.locator('#outlook tbody tr', { hasText: '我的目标' });
    await expect.poll(() => mine.count(), { timeout: 20_000 }).toBe(2);
    expect(await mine.filter({ hasText: '2026' }).textContent()).toMatch(/\d+(\.\d)?%/);
    expect(await page.locator('#scoreboard tbody tr', { hasText: '我的目标' }).textContent()).toContain('已达成');

    // The scenario file the page saves is one the CLI reads, with the same probability for my target.
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-file=save]').click()]);
    const saved = await file.path();
    const cli = await runCliInProcess(['assess', '--scenario', saved, '--json']);
    expect(cli.status).toBe(0);
    const cliTarget = (JSON.parse(cli.stdout) as { targets: { plan_id: string; year: number; probability: number }[] }).targets.find((t) => t.plan_id === 'user' && t.year === 2026)!;
    expect(await mine.filter({ hasText: '2026' }).textContent()).toContain(formatProbability(cliTarget.probability, 'zh'));

    // Saved in the browser: a reload, without any link, brings it all back.
    await page.waitForTimeout(1500);
    await page.goto(inject('baseUrl'));
    await page.locator('.user-data .layers > li').first().waitFor();
    await expect.poll(() => page.locator('.user-data .layers > li').count(), { timeout: 10_000 }).toBe(2);
    await allOutlookRows(page);
    await expect.poll(() => page.locator('#outlook tbody tr', { hasText: '我的目标' }).count(), { timeout: 20_000 }).toBe(2);

    // One target of my own can go alone: the past one leaves the scoreboard, the one ahead stays.
    await page.locator('[data-item=target]', { hasText: '2022' }).getByRole('button').click();
    await expect.poll(() => page.locator('#scoreboard tbody tr', { hasText: '我的目标' }).count()).toBe(0);
    await expect.poll(() => page.locator('#outlook tbody tr', { hasText: '我的目标' }).count(), { timeout: 20_000 }).toBe(1);

    // Removing the layer removes what it added; the published data is untouched.
    await page.locator('.user-data .layers > li', { hasText: 'gb18030' }).locator('button').click();
    await expect.poll(() => page.locator(`${HIGHTECH} h3 .mine`).count()).toBe(0);
    await context.close();
  });

  it('lists every problem of a paste by line and column, and imports nothing until confirmed', async () => {
    const page = await browser().newPage();
    await page.goto(inject('baseUrl'));
    await previewPaste(page, '指标\t2022年\t2023年\n专利密度（件/万人）\t１２.５\tabc\n=cmd|\' /C calc\'!A0\t1\t2\n');
    const problems = page.locator('[data-import=problems] tbody tr');
    await problems.first().waitFor();
    const cells = await problems.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(cells).toContainEqual(['2', '3', '不是数字', 'abc']);
    expect(cells.some((c) => c[0] === '3' && c[2]?.includes('电子表格公式'))).toBe(true);
    await page.getByRole('button', { name: '取消' }).click();
    expect(await page.locator('.user-data .layers').count()).toBe(0);

    // A new indicator whose unit the table does not say: the reader chooses one and previews again.
    await previewPaste(page, '指标\t2022年\t2023年\n众创空间面积\t120\t135\n');
    const units = page.locator('[data-import=units]');
    await units.waitFor();
    expect(await page.locator('[data-import=problems] tr[data-code=indicator-needs-unit]').count()).toBe(1);
    await units.locator('select').selectOption('items');
    await units.getByRole('button').click();
    await page.locator('[data-import=rows]').waitFor();
    expect(await page.locator('[data-import=problems]').count()).toBe(0);
    expect(await page.locator('[data-import=rows] tbody tr').count()).toBe(2);
    await page.close();
  });

  it('flags a pasted value a published figure contradicts, and draws and lists what it imports as mine', async () => {
    // 12,174 firms for 2019 against the published 12,099: refused with the published figure. 1.25万 for
    // 2021, a year with no published value: imported, and drawn and listed as mine.
    const fresh = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await fresh.newPage();
    await tab.goto(inject('baseUrl'));
    await previewPaste(tab, '指标\t2019\t2021\n高新技术企业数\t12174\t1.25万\n');
    const flagged = tab.locator('[data-import=problems] tr[data-code=published-value]');
    await flagged.waitFor();
    expect(await flagged.locator('td').allTextContents()).toEqual(['2', '2', '已有公布值 12,099家，以公布值为准', '12174']);
    expect(await tab.locator('[data-import=preview]').textContent()).toContain('将导入 1 个数值（1 个指标，2021）');
    expect(await tab.locator('[data-import=preview]').textContent()).toContain('1 处问题未导入');
    await tab.locator('[data-import=confirm]').click();
    await tab.locator('.user-data .layers > li').waitFor();

    await openRow(tab, HIGHTECH);
    await tab.locator(HIGHTECH).scrollIntoViewIfNeeded();
    // The chart (not the row's sparkline): the svg that draws the 2021 value.
    const chart = tab.locator(HIGHTECH).locator('svg', { has: tab.locator('title', { hasText: '12,500家' }) });
    const mine = chart.locator('path', { has: tab.locator('title', { hasText: '12,500家' }) });
    await mine.waitFor();
    // The user's mark: an open diamond in the user's ink, titled as mine, never a published (black) dot.
    expect(await mine.evaluate((p) => [p.parentElement?.getAttribute('stroke'), p.parentElement?.getAttribute('fill')])).toEqual([USER_INK, 'white']);
    expect(await mine.locator('title').textContent()).toContain('我的数据（非公布值）');
    const x = (await mine.getAttribute('transform'))?.match(/translate\(([\d.]+),/)?.[1];
    // Published final values are filled circles; none of them stands where the diamond does.
    const blackDots = await chart.locator(`g[aria-label=dot][fill="${ACTUAL_INK}"] circle`).evaluateAll((cs) => cs.map((c) => c.getAttribute('cx')));
    expect(blackDots.length).toBeGreaterThan(0);
    expect(blackDots).not.toContain(x);
    expect(await tab.locator(`${HIGHTECH} [data-legend=mine]`).textContent()).toBe('我的数据');
    // Listed as mine, with whose figure it is; the published 2019 figure is listed as published.
    await openSources(tab.locator(HIGHTECH));
    const rows = await tab.locator(`${HIGHTECH} details.sources tbody`).first().locator('tr').allTextContents();
    const row2021 = rows.filter((r) => r.startsWith('2021'));
    expect(row2021).toHaveLength(1);
    expect(row2021[0]).toContain('我的数据');
    expect(row2021[0]).toContain('由你导入 · 粘贴');
    expect(row2021[0]).not.toContain('正式值');
    expect(rows.filter((r) => r.startsWith('2019')).some((r) => r.includes('12,099') && r.includes('正式值'))).toBe(true);
    await fresh.close();
  });

  it('suggests an indicator by its Chinese name in the formula box and inserts its id', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('baseUrl'));
    const field = page.locator('[data-formula=text]');
    await field.pressSequentially('研发经费投入强度');
    const list = page.locator('[data-formula=suggestions]');
    await list.locator('[role=option]').first().waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    expect(await list.locator('[role=option]').first().textContent()).toBe('研发经费投入强度 · rd_gdp_ratio');
    await field.press('Enter');
    expect(await field.inputValue()).toBe('rd_gdp_ratio');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    // Typed on after the id, the next name is looked up and put in its place, by the pointer this time.
    await field.pressSequentially(' / 地区生产总值');
    await list.locator('[role=option]', { hasText: '· gdp' }).first().click();
    expect(await field.inputValue()).toBe('rd_gdp_ratio / gdp');
    // It says which ids it knows: every indicator, by name and id.
    const known = page.locator('.known-ids');
    await known.locator('summary').click();
    expect(await known.locator('li').count()).toBe(await page.locator('[data-target=indicator] option').count());
    expect(await known.textContent()).toContain('研发经费投入强度 · rd_gdp_ratio');
    await page.close();
  });

  it('narrows the target form’s indicator list by a search in Chinese, English or id', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('baseUrl'));
    const options = page.locator('[data-target=indicator] option');
    // The form is below the rows, built once the first chart is drawn.
    await options.first().waitFor({ state: 'attached' });
    const all = await options.count();
    expect(all).toBeGreaterThan(50);
    const search = page.locator('[data-target=search]');
    await search.fill('高新技术企业');
    await expect.poll(() => options.count()).toBeLessThan(all);
    const names = await options.allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes('高新技术企业'))).toBe(true);
    expect(names).toContain('高新技术企业数量');
    await search.fill('RD_GDP');
    await expect.poll(() => options.first().textContent()).toBe('研发经费投入强度');
    // The chosen indicator follows the search, so the form adds a target on what is shown.
    expect(await page.locator('[data-target=indicator]').inputValue()).toBe('rd_gdp_ratio');
    await search.fill('没有这个指标');
    await expect.poll(() => options.count()).toBe(all);
    expect(await page.locator('[data-form=target] [role=status]').textContent()).toContain('没有符合的指标');
    await page.close();
  });

  it('shows no unit, kind or indicator code as text with user data loaded, in Chinese and English', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('baseUrl'));
    // A paste whose preview has notes (a matched name, a converted unit) and a custom indicator.
    await previewPaste(page, '指标\t2021\t2022\n高新技术企业数\t1.25万\t\n新型研发机构数量（家）\t61\t68\n');
    await page.locator('[data-import=preview] .notes').waitFor();
    const ids = await page.evaluate(() => [...document.querySelectorAll('[data-target=indicator] option')].map((o) => (o as HTMLOptionElement).value));
    // Unit and kind codes, and ids (which the formula box and its list of ids name on purpose), as words.
    const codes = new RegExp(`(^|[^\\w])(${[...UNITS, ...INDICATOR_KINDS].join('|')})(?![\\w])`);
    const leaks = async (lang: string) => {
      // Every text node a reader can see (options of a select included), but for the places that name
      // ids on purpose: the formula box, its suggestions and list of ids, code spans and the formula example.
      const text = await page.evaluate(() => {
        const skip = [...document.querySelectorAll('.known-ids, [data-formula], code, [data-form=formula] ~ p, h3 + p.muted')];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const seen: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!el || node.textContent?.trim() === '' || skip.some((s) => s.contains(el))) continue;
          const box = el.closest('select') ?? el;
          if (box.getClientRects().length === 0 || ['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
          seen.push(node.textContent ?? '');
        }
        return seen;
      });
      const found = text.filter((t) => (lang === 'zh' ? codes.test(t) : /\b(yi_yuan|wan_yuan|per_10k_people|per_million_people|cumulative_count|growth_rate)\b|→ (count|ratio|percent)\b/.test(t)) || ids.some((id) => id.includes('_') && t.includes(id)));
      return found;
    };
    expect(await leaks('zh')).toEqual([]);
    await page.locator('[data-import=confirm]').click();
    await page.locator('.user-data .layers > li').waitFor();
    await openRow(page, HIGHTECH);
    await openSources(page.locator(HIGHTECH));
    expect(await leaks('zh')).toEqual([]);
    await page.locator('header button.lang').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Targetline');
    expect(await leaks('en')).toEqual([]);
    await page.close();
  });

  it('refuses to confirm an import larger than the workspace can keep, instead of losing it on reload', async () => {
    const page = await browser().newPage();
    await page.goto(inject('baseUrl'));
    // 202 regions × 100 years = 20,200 values, over the 20,000 a workspace keeps.
    const rows = ['指标,地区,年份,数值'];
    for (let r = 0; r < 202; r++) for (let y = 2001; y <= 2100; y++) rows.push(`地区生产总值,区${r},${y},${r + y}`);
    await page.locator('[data-import=file]').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    const alert = page.locator('[data-import=preview] [role=alert]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('20,200');
    expect(await page.locator('[data-import=confirm]').isDisabled()).toBe(true);
    await page.close();
  });

  it('carries small data inside the link: opened in a fresh browser, the layer and its chart are there', async () => {
    const { context: first, page } = await openWithLayer('指标\t2021年\t2022年\t2023年\n新型研发机构数量（家）\t61\t68\t72\n');
    await openRow(page, '#ind-u_1\\@guangzhou');
    await page.locator('#ind-u_1\\@guangzhou figcaption').waitFor();
    const url = await settledAddress(page);
    expect(url.length).toBeLessThan(2000);

    const second = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const reopened = await second.newPage();
    await reopened.goto(url);
    await openRow(reopened, '#ind-u_1\\@guangzhou');
    const caption = reopened.locator('#ind-u_1\\@guangzhou figcaption');
    await caption.waitFor();
    expect(await caption.textContent()).toContain('新型研发机构数量（我的数据）：已导入2021–2023年数据，最新为2023年的72');
    expect(await reopened.locator('.user-data .layers > li').textContent()).toContain('粘贴：3 个数值');
    // The embed page reads the same link: a chart of the user's own data embeds too.
    await reopened.goto(`${url.replace('/#s=', '/embed.html#s=')}&chart=u_1`);
    await reopened.locator('figcaption', { hasText: '我的数据' }).waitFor();
    expect(await reopened.locator('h1').textContent()).toBe('新型研发机构数量 · 广州市');
    await first.close();
    await second.close();
  });

  it('keeps the reader’s own work when they open someone else’s link, and brings it back on request', async () => {
    const { context, page } = await openWithLayer('指标\t2022年\t2023年\n新型研发机构数量（家）\t68\t72\n');
    await page.locator('.user-data .layers > li').waitFor();
    await page.waitForTimeout(1500);
    // A colleague's link, without data of its own, opened in the same browser.
    const link = await encodeLink({ scenario: { ...DEFAULT_SCENARIO, asOf: 2018 }, data: 'x' });
    await page.goto(`${inject('baseUrl')}#s=${link}`);
    await page.reload(); // A change of the fragment alone does not load the page again.
    const restore = page.locator('[data-restore=previous]');
    await restore.waitFor();
    expect(await page.locator('.user-data .layers > li').count()).toBe(0);
    await page.waitForTimeout(1500);
    await restore.click();
    await page.locator('.user-data .layers > li').waitFor();
    expect(await page.locator('.user-data .layers > li').textContent()).toContain('2 个数值');
    expect(page.url()).not.toContain('#s=1.q');
    await context.close();
  });

  it('refuses a hostile formula with what is allowed, and charts a good one computed in the worker', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('baseUrl'));
    const form = page.locator('[data-form=formula]');
    for (const [formula, code] of [
      ['import("fs")', 'formula-function'],
      ['evaluate("1+1")', 'formula-function'],
      ['f(x) = x', 'formula-node'],
      ['gdp.constructor', 'formula-node'],
      ['createUnit(gdp)', 'formula-function'],
      ['secret_id * 2', 'formula-symbol'],
    ] as const) {
      await form.locator('input[type=text]').nth(1).fill(formula);
      await form.locator('button[type=submit]').click();
      const alert = page.locator('[data-formula-problem]');
      await alert.waitFor();
      expect(await alert.getAttribute('data-formula-problem'), formula).toBe(code);
      expect(await alert.textContent()).toContain('允许：数字');
    }
    expect(await page.locator('.user-data .layers').count()).toBe(0);

    await form.locator('input[type=text]').first().fill('研发强度（按公式）');
    await form.locator('input[type=text]').nth(1).fill('rd_expenditure / gdp * 100');
    await form.locator('button[type=submit]').click();
    const chart = page.locator('#ind-u_f1\\@guangzhou');
    await openRow(page, '#ind-u_f1\\@guangzhou');
    await chart.locator('figcaption').waitFor();
    // Its history is computed from the published parts and marked as such; the fan comes from the worker.
    await openSources(chart);
    expect(await chart.locator('details.sources tbody').first().textContent()).toContain('按公式计算');
    await expect.poll(() => chart.locator('[aria-label="area"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('takes a custom growth rule: refused outside the allowlist, otherwise projected in the worker', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('baseUrl'));
    await openRow(page, HIGHTECH, { assumptions: true });
    const controls = page.locator(`${HIGHTECH} .controls`);
    await controls.waitFor();
    // The chart is drawn once scrolled near, as a reader comes to it.
    await controls.scrollIntoViewIfNeeded();
    const band = page.locator(`${HIGHTECH} [aria-label=area] path`).first();
    const fitted = await band.getAttribute('d');
    await controls.locator('select').first().selectOption('expression');
    const formula = controls.locator('input.expression');
    await formula.fill('x * (1 + sin(t))');
    await formula.press('Enter');
    const refused = controls.locator('[data-formula-problem]');
    await refused.waitFor();
    expect(await refused.getAttribute('data-formula-problem')).toBe('formula-function');
    expect(await refused.textContent()).toContain('x, t');
    // A rule inside the allowlist reaches the worker: the fan's median follows x + 1000 a year.
    await formula.fill('x + 1000');
    await formula.press('Enter');
    await expect.poll(() => refused.count()).toBe(0);
    await expect.poll(async () => (await page.locator(`${HIGHTECH} .controls legend`).textContent()) ?? '').toContain('已修改');
    await expect.poll(() => band.getAttribute('d'), { timeout: 20_000 }).not.toBe(fitted);
    await page.close();
  });

  it('stops a runaway computation with the worker time-out, restarts it, says so, and keeps the scenario', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    // A 2 s limit: the runaway run below takes far longer, and the restarted worker has room to start
    // (with mathjs, for the formula) and run the light scenario on a busy 2-core machine; with 0.5 s
    // the light run itself sometimes timed out there.
    await page.goto(`${inject('baseUrl')}?timeout=2`);
    const form = page.locator('[data-form=formula]');
    await form.locator('input[type=text]').nth(1).fill('pow(rd_expenditure, 0.5) * exp(log(gdp) / 3) + max(gdp, rd_expenditure) / (1 + abs(gdp - rd_expenditure))');
    await form.locator('button[type=submit]').click();
    // 100,000 paths to 2040 for every series and the formula path by path: far more than two seconds.
    await page.locator('#outlook select').nth(1).selectOption('100000');
    await page.locator('#outlook input.seed').nth(1).fill('2040');
    await page.locator('#outlook input.seed').nth(1).press('Enter');
    // The page answers while the worker works: the language switch takes effect at once.
    await page.locator('header button.lang').click();
    expect(await page.locator('h1').textContent()).toBe('Targetline');
    const alert = page.locator('[role=alert]', { hasText: 'timed out' });
    await alert.waitFor({ timeout: 30_000 });
    // The scenario is kept: the settings and the formula indicator are still there.
    expect(await page.locator('#outlook select').nth(1).inputValue()).toBe('100000');
    expect(await page.locator('#outlook input.seed').nth(1).inputValue()).toBe('2040');
    expect(await page.locator('.user-data .layers > li').count()).toBe(1);
    // A lighter scenario runs again on the restarted worker.
    await page.locator('#outlook select').nth(1).selectOption('1000');
    await page.locator('#outlook input.seed').nth(1).fill('2025');
    await page.locator('#outlook input.seed').nth(1).press('Enter');
    await expect.poll(() => page.locator('[role=alert]', { hasText: 'timed out' }).count(), { timeout: 30_000 }).toBe(0);
    await page.close();
  });

  it('opens a hostile scenario file: bad parts listed by path and left out, markup shown as text, formulas refused', async () => {
    const page = await browser().newPage();
    await page.goto(inject('baseUrl'));
    const hostile = {
      version: 1,
      asOf: 2018,
      layers: [
        {
          id: 'l1',
          label: '<img src=x onerror="window.pwned=1">',
          created: '2026-11-23T10:00:00Z',
          indicators: [{ id: 'u_evil', name: '<b>evil</b>', unit: 'count', measure_zh: null, definition: '', derive: 'import("fs")' }],
          actuals: [
            { indicator_id: 'u_evil', region: 'guangzhou', year: 2022, value: 5, unit: 'count', source: '<script>window.pwned=2</script>', line: 1 },
            { indicator_id: 'u_evil', region: 'guangzhou', year: 2023, value: 'NaN', unit: 'count', source: '', line: 2 },
          ],
          targets: [],
        },
      ],
      notes: [{ id: 'n1', anchor: 'top', text: '<img src=x onerror="window.pwned=3"> [x](javascript:window.pwned=4)' }],
    };
    // (A `__proto__` key refuses the whole file: see test/corpus/files and bad-input.test.ts.)
    await page.locator('[data-file=open]').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    const notice = page.locator('.notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('hostile.json');
    expect(text).toContain('layers[0].indicators[0].derive');
    expect(text).toContain('layers[0].actuals[1].value');
    // The scenario and the good rows are kept; the label and the note are text, the link a plain text too.
    expect(await page.locator('#as-of').inputValue()).toBe('2018');
    expect(await page.locator('.user-data .layers > li').textContent()).toContain('<img src=x onerror="window.pwned=1">');
    expect(await page.locator('.note').textContent()).toContain('<img src=x');
    expect(await page.locator('main img, .note a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned ?? null)).toBeNull();
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted ?? null)).toBeNull();
    await page.close();
  });

  it('sets a corrupted store aside, says so, and starts', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('targetline.workspace.v1', '{"version":1,"workspace":{"layers":[');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    const alert = page.locator('[role=alert]', { hasText: '已原样另存为' });
    await alert.waitFor();
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('targetline.workspace.corrupt.')).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual(['{"version":1,"workspace":{"layers":[']);
    await tablesArranged(page);
    expect(await page.locator('#scoreboard tbody tr').count()).toBeGreaterThan(10);
    await context.close();
  });
});
