import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readSeedTexts } from '../../src/cli/read-seeds.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { dataVersion } from '../../src/data/data-version.ts';
import { encodeLink } from '../../src/scenario/link-codec.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { CHART_CSV_COLUMNS } from '../../src/share/chart-csv.ts';
import { SCOREBOARD_CSV_COLUMNS } from '../../src/share/scoreboard-csv.ts';
import { runCliInProcess } from '../cli/run-cli.ts';
import { useChromium } from './chromium.ts';
import { openAsOf2018, openShareMenu, SECTION, settledAddress, tablesArranged } from './pages.ts';

const browser = useChromium();
const tmp = mkdtempSync(join(tmpdir(), 'targetline-share-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Click a download button (in the chart's share menu, when it is one of the chart's) and return the file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  if (button.startsWith(SECTION)) await openShareMenu(page, SECTION);
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** CSV text as the app writes it: BOM, the scenario's `#` lines, then rows; returns the header and the records. */
function csvOf(bytes: Buffer): { header: string[]; rows: string[][] } {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF# targetline: ')).toBe(true);
  const { records, problems } = parseCsv(text.slice(1).replace(/^(# [^\r\n]*\r\n)+/, ''));
  expect(problems).toEqual([]);
  const [header, ...rows] = records.map((r) => r.fields);
  return { header: header ?? [], rows };
}

/**
 * An SVG file as nested lines of tag, sorted attributes and text. Attribute order, Plot's clip-path
 * counter and its half-pixel `translate` (0.5 on a 1× screen, 0 on 2× screens and in Node, a
 * crisp-edges nudge) are set aside; every coordinate, path and number is compared as written.
 */
function canonical(svgText: string): string {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(svgText, 'image/svg+xml');
  const walk = (node: Element, depth: number): string[] => {
    const attrs = [...node.attributes]
      .filter((a) => !(a.name === 'transform' && node.tagName === 'g'))
      .map((a) => `${a.name}=${a.value.replace(/plot-clip-\d+/g, 'plot-clip')}`)
      .sort();
    const text = [...node.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent).join('');
    return [`${' '.repeat(depth)}${node.tagName} ${attrs.join(' ')} ${text}`, ...[...node.children].flatMap((c) => walk(c, depth + 1))];
  };
  return walk(doc.documentElement, 0).join('\n');
}

describe('downloads', () => {
  it('give each chart as SVG (the same file the CLI renders for the link), PNG at 2× and CSV', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await openAsOf2018(context);
    const url = await settledAddress(page);

    const svg = await download(page, `${SECTION} [data-download=svg]`);
    expect(svg.name).toBe('targetline-tech_contract_value-guangzhou.svg');
    const text = svg.bytes.toString('utf8');
    const doc = new new JSDOM('').window.DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('登记技术合同成交额 · 广州市');
    const caption = await page.locator(`${SECTION} figcaption`).textContent();
    expect(doc.querySelector('desc')?.textContent).toBe(caption);
    // The model's probability, in the caption's hindcast words: what the model rated it from 2018's data.
    expect(caption).toMatch(/模型当时评为“[^”]+”（\d+%）/);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(url);

    // The CLI, given the page's address, writes the same SVG: same elements, attributes and numbers
    // (Chromium and jsdom only order some attributes differently).
    const out = join(tmp, 'cli');
    const cli = await runCliInProcess(['render', '--link', url, '--out', out, '--charts', 'tech_contract_value@guangzhou']);
    expect(cli.stderr).toBe('');
    const rendered = readFileSync(join(out, 'targetline-tech_contract_value-guangzhou.svg'), 'utf8');
    expect(canonical(rendered)).toBe(canonical(text));
    expect(canonical(text).length).toBeGreaterThan(5000);

    const png = await download(page, `${SECTION} [data-download=png]`);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = Number(doc.documentElement.getAttribute('width'));
    const height = Number(doc.documentElement.getAttribute('height'));
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([width * 2, height * 2]);

    const csv = csvOf((await download(page, `${SECTION} [data-download=csv]`)).bytes);
    expect(csv.header).toEqual([...CHART_CSV_COLUMNS]);
    const kinds = new Set(csv.rows.map((r) => r[0]));
    expect([...kinds].sort()).toEqual(['actual', 'projection', 'target']);
    expect(csv.rows.filter((r) => r[0] === 'actual').every((r) => r[csv.header.indexOf('source_url')]?.startsWith('http'))).toBe(true);
    await context.close();
  });

  it('give the scoreboard as CSV with one row per row shown', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await tablesArranged(page);
    const shown = await page.locator('#scoreboard tbody tr').count();
    const csv = csvOf((await download(page, '[data-download=scoreboard-csv]')).bytes);
    expect(csv.header).toEqual([...SCOREBOARD_CSV_COLUMNS]);
    expect(csv.rows).toHaveLength(shown);
    expect(new Set(csv.rows.map((r) => r[csv.header.indexOf('verdict')]))).toEqual(new Set(['met', 'missed', 'undetermined']));
    await context.close();
  });
});

describe('embedding', () => {
  it('copies an iframe snippet whose chart opens alone inside iframes on a briefing page', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openAsOf2018(context);
    await settledAddress(page);
    await openShareMenu(page, SECTION);
    await page.locator(`${SECTION} [data-download=embed]`).click();
    await page.locator(`${SECTION} .copy-status`).filter({ hasText: '已复制嵌入代码' }).waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(/^<iframe src="[^"]+embed\.html#s=[^"]+&amp;chart=tech_contract_value%40guangzhou" title="登记技术合同成交额 · 广州市" width="100%" height="\d+"/);
    const caption = await page.locator(`${SECTION} figcaption`).textContent();

    // A briefing page that embeds the snippet twice, at two widths. It is written into a real page
    // of the server: Chromium refuses to frame a local address from a page it cannot place (a routed one).
    const host = await context.newPage();
    await host.setViewportSize({ width: 1280, height: 1400 });
    await host.goto(`${inject('baseUrl')}briefing-test-page`);
    await host.setContent(`<!doctype html><h1>简报</h1><div style="width:720px">${snippet}</div><div style="width:360px">${snippet}</div>`);
    await host.locator('iframe').nth(1).scrollIntoViewIfNeeded();
    await expect.poll(() => host.frames().filter((f) => f.url().includes('embed.html')).length, { timeout: 20_000 }).toBe(2);
    const frames = host.frames().filter((f) => f.url().includes('embed.html'));
    const widths: number[] = [];
    for (const frame of frames) {
      await frame.locator('figcaption').filter({ hasText: /模型当时评为“[^”]+”（\d+%）/ }).waitFor();
      expect(await frame.locator('h1').textContent()).toBe('登记技术合同成交额 · 广州市');
      // Same scenario, same engine, same sentence as the notebook's caption.
      expect((await frame.locator('figcaption').textContent())?.trim()).toBe(caption);
      expect(await frame.locator('footer').textContent()).toContain('数据：');
      const back = await frame.locator('footer a').getAttribute('href');
      expect(back).toMatch(/\/#s=1\./);
      expect(back).not.toContain('chart=');
      widths.push(Number(await frame.locator('svg').first().getAttribute('width')));
    }
    // The chart fits its frame: narrower frame, narrower chart, never wider than the frame.
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('says so when the chart is unknown or the link is damaged, and never runs what is in it', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}embed.html#chart=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const alert = page.locator('[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    await page.goto(`${inject('baseUrl')}embed.html#s=1.@@@&chart=gdp`);
    await page.reload();
    await page.locator('[role=alert]').first().waitFor();
    expect(await page.locator('[role=alert]').first().textContent()).toContain('链接');
    // No chart: drawn on the default scenario it would show numbers nobody chose.
    expect(await page.locator('h1, svg').count()).toBe(0);
    await page.close();
  });
});

describe('a link made with other data', () => {
  it('sets the probabilities it recorded beside today’s', async () => {
    const results = { 'gz_strong_city_2019|tech_contract_value@guangzhou|2021|>=1200': 0.123 };
    const encoded = await encodeLink({ scenario: { ...DEFAULT_SCENARIO, asOf: 2018 }, data: 'older000', results });
    expect(dataVersion(readSeedTexts())).not.toBe('older000');
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}#s=${encoded}`);
    const row = page.locator('.data-changed tr[data-key="gz_strong_city_2019|tech_contract_value@guangzhou|2021|>=1200"]');
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toContain('2021');
    expect(cells[1]).toBe('12.3%');
    expect(cells[2]).toMatch(/^\d+(\.\d)?%$/);
    expect(cells[2]).not.toBe('12.3%');
    await page.close();
  });
});
