import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../cli/run-cli.ts';
import { useChromium } from './chromium.ts';
import { openAsOf2018, openRow, openShareMenu, openSources, SECTION, settledAddress } from './pages.ts';

const browser = useChromium();
const tmp = mkdtempSync(join(tmpdir(), 'targetline-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HAN = /\p{Script=Han}/u;
const RD = '#ind-rd_gdp_ratio\\@guangzhou';
/** Wording of the auditors' notes in seeds/actuals.csv (`note`), which readers are never shown. */
const ENGINEERING = /value = |line breaks|table row|LOWER BOUND|ROUNDED|CARRIED FROM REFERENCE|re-opened/;

/** Open a row's "数据与来源" and return the publisher part of every source button (before " · "). */
async function publishersOf(page: Page, row: string): Promise<string[]> {
  await openRow(page, row);
  await openSources(page.locator(row));
  const buttons = await page.locator(`${row} details.sources button.source-link`).allTextContents();
  return buttons.map((b) => b.split(' · ')[0] ?? '');
}

describe('sources in the reader’s language', () => {
  it('names every publisher in Chinese in the Chinese page and shows readers no engineering note', async () => {
    const page = await openAsOf2018(browser());
    // Registered technology contracts: five of its publishers are written in English in the data.
    const contracts = await publishersOf(page, SECTION);
    expect(contracts.length).toBeGreaterThan(4);
    expect(contracts.filter((p) => !HAN.test(p))).toEqual([]);
    // 2017's value, whose publisher the data writes in English.
    expect(contracts).toContain('广州市科学技术局／科学技术部火炬高技术产业开发中心数据（南方都市报 oeeee.com 报道）');

    // R&D intensity 2010: the data's note says how the value was read from the yearbook's table row;
    // the dialog shows the note written for readers instead.
    const rd = await publishersOf(page, RD);
    expect(rd.filter((p) => !HAN.test(p))).toEqual([]);
    await page.locator(`${RD} details.sources tbody tr`).filter({ hasText: /^2010/ }).locator('button.source-link').click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('广州市统计局');
    expect(text).toContain('研发强度按各年当时公布的地区生产总值计算');
    expect(text).not.toMatch(ENGINEERING);
    await dialog.locator('form button').click();
    await page.close();
  });

  it('shows the 2018–2020 plan’s clause without the pinyin its page carried, in Chinese and English', async () => {
    const page = await openAsOf2018(browser());
    await publishersOf(page, RD);
    const clauses = await page.locator(`${RD} td.clause`).allTextContents();
    // The verbatim clause is “…經費占地區(qū)生産總值(GDP)的(de)比重達到3.0%”; (GDP) is no reading and stays.
    expect(clauses).toContain('全社會研究與試驗發展(R&D)經費占地區生産總值(GDP)的比重達到3.0%');
    expect(clauses.filter((c) => /[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u.test(c))).toEqual([]);

    // In English the same sources table names publishers in English and no Chinese-only name is left.
    await page.locator('button.lang').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const english = (await page.locator(`${RD} details.sources button.source-link`).allTextContents()).map((b) => b.split(' · ')[0] ?? '');
    expect(english.length).toBeGreaterThan(5);
    expect(english.filter((p) => HAN.test(p))).toEqual([]);
    await page.close();
  });
});

describe('CSV download', () => {
  it('is named by its scenario, opens with it, and is the file `cli render` writes for the same link', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await openAsOf2018(context);
    const url = await settledAddress(page);
    await openShareMenu(page, SECTION);
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`${SECTION} [data-download=csv]`).click()]);
    expect(file.suggestedFilename()).toBe('targetline-tech_contract_value-guangzhou-asof2018-seed1.csv');
    const bytes = readFileSync(await file.path());
    const lines = bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFF# targetline: chart tech_contract_value@guangzhou');
    expect(lines).toContain('# as_of: 2018');
    expect(lines).toContain(`# link: ${url}`);
    expect(lines.some((l) => /^# data_version: [0-9a-f]{8}$/.test(l))).toBe(true);
    // Model outputs have at most four significant digits: no 13-decimal projections.
    expect(lines.filter((l) => l.startsWith('projection,')).join('\n')).not.toMatch(/\d\.\d{5,}/);

    const out = join(tmp, 'cli');
    const cli = await runCliInProcess(['render', '--link', url, '--out', out, '--charts', 'tech_contract_value@guangzhou']);
    expect(cli.stderr).toBe('');
    expect(readFileSync(join(out, 'targetline-tech_contract_value-guangzhou-asof2018-seed1.csv')).equals(bytes)).toBe(true);
    await context.close();
  });
});
