import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { allOutlookRows, settledAddress } from './pages.ts';

const browser = useChromium();

// A plan of two targets, pasted as from a spreadsheet (tabs): one ahead (2029, about 4.0%), one whose year
// is published (Guangdong's 2023 R&D intensity is 3.39 or 3.54 by source, either way at least 3.0).
const TABLE = [
  '规划名称\t发布日期\t指标\t地区\t年份\t比较\t目标值\t原文',
  '粘贴测试规划\t2024-10\trd_gdp_ratio\t广东\t2029\t左右\t4.0%\t研发投入强度达4.0%左右',
  '粘贴测试规划\t2024-10\trd_gdp_ratio\t广东\t2023\t不低于\t3.0%\t研发投入强度不低于3.0%',
].join('\n');

describe('a plan as a table', () => {
  it('previews a pasted plan, imports it on confirm, scores it, and reopens from its link', { timeout: 120_000 }, async () => {
    const first = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await first.newPage();
    await page.goto(inject('baseUrl'));
    await page.locator('[data-plan-import=paste]').fill(TABLE);
    await page.locator('[data-plan-import=preview-button]').click();
    const preview = page.locator('[data-plan-import=preview]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('找到 1 个规划、2 个目标、0 个新指标、0 个问题。');
    expect(await preview.locator('[data-plan-import=plans]').textContent()).toContain('粘贴测试规划：2 个目标');
    // Nothing changes until confirmed.
    expect(await page.locator('#outlook tbody tr', { hasText: '粘贴测试规划' }).count()).toBe(0);
    await page.locator('[data-plan-import=confirm]').click();

    // The 2029 target gets a live forecast; the 2023 one is decided by the published figure.
    await allOutlookRows(page);
    // The outlook lists both of the plan's targets; the scoreboard the one its data decides.
    const rows = page.locator('#outlook tbody tr', { hasText: '粘贴测试规划' });
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(2);
    const ahead = rows.filter({ hasText: '2029' });
    await expect.poll(async () => (await ahead.textContent()) ?? '', { timeout: 30_000 }).toMatch(/2029[\s\S]*\d+(\.\d)?%/);
    const decided = page.locator('#scoreboard tbody tr', { hasText: '粘贴测试规划' });
    await expect.poll(() => decided.count(), { timeout: 30_000 }).toBe(1);
    expect(await decided.textContent()).toContain('已达成');

    // The link carries the layer: a fresh browser opens the plan's targets.
    const url = await settledAddress(page);
    const second = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const reopened = await second.newPage();
    await reopened.goto(url);
    await allOutlookRows(reopened);
    await expect.poll(() => reopened.locator('#outlook tbody tr', { hasText: '粘贴测试规划' }).count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => reopened.locator('#scoreboard tbody tr', { hasText: '粘贴测试规划' }).count(), { timeout: 30_000 }).toBe(1);
    await first.close();
    await second.close();
  });
});
