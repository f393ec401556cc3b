import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { tablesArranged } from './pages.ts';

const browser = useChromium();

describe('gap cue', () => {
  it('says why an indicator has no data, takes the reader to its first empty grid cell, and shrinks as a figure is added', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await tablesArranged(page);
    // Frontier innovation teams (Strong City plan: 10, 20, 30 teams in 2019–2021) have no published value at all,
    // so they are in the list of indicators without data, which opens like a reader opens it.
    await page.locator('summary', { has: page.locator('#uncharted-title') }).click();
    const cue = page.locator('[data-gap-cue="frontier_innovation_teams@guangzhou"]');
    const text = await cue.textContent();
    expect(text).toContain('缺2019、2020、2021年公布数据 · ');
    expect(text).toContain('本项目查阅过的来源（见 seeds/README.md）中未找到广州市遴选支持的前沿技术重大创新团队的数目');

    // The button works by keyboard: focus it, press Enter; the folded grid opens at the 2019 cell.
    const button = cue.getByRole('button', { name: /^填入数据：前沿技术重大创新团队数量 · 广州市，2019、2020、2021年/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const grid = page.locator('details[data-section=fill-in]');
    const cell = page.locator('#fill-in-frontier_innovation_teams-guangzhou-2019');
    await cell.waitFor();
    expect(await grid.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.waitForFunction(() => document.activeElement?.id === 'fill-in-frontier_innovation_teams-guangzhou-2019');
    expect(await cell.getAttribute('aria-label')).toContain('前沿技术重大创新团队数量 · 广州市 2019');

    // Type where the focus is, as the reader would, then the source, then preview and confirm.
    await page.keyboard.type('12');
    const block = page.locator('section[data-indicator=frontier_innovation_teams] fieldset');
    await block.locator('input').nth(0).fill('广州市科学技术局');
    await block.locator('input').nth(1).fill('2019年工作总结');
    await block.locator('textarea').fill('组建前沿技术重大创新团队12个');
    await grid.locator('[data-fill-in=preview]').click();
    expect(await grid.locator('[data-fill-in=review]').textContent()).toContain('将添加 1 个数值；0 处问题未添加。');
    await grid.locator('[data-fill-in=confirm]').click();

    // With a figure of the reader's, the indicator has a row of its own; its cue names only the years still missing,
    // and its button now goes to 2020.
    const rowCue = page.locator('[data-gap-cue="frontier_innovation_teams@guangzhou"]');
    await page.locator('#ind-frontier_innovation_teams\\@guangzhou > summary').waitFor();
    await expect.poll(() => rowCue.textContent()).toContain('缺2020、2021年公布数据 · ');
    expect(await rowCue.locator('button').getAttribute('data-fill-in-link')).toBe('fill-in-frontier_innovation_teams-guangzhou-2020');
    await context.close();
  });

  it('speaks English in an indicator’s row, after the language switch', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await tablesArranged(page);
    await page.locator('header button.lang').click();
    // High-tech enterprises, Guangzhou: every target year but 2021 has a published value.
    const cue = page.locator('[data-gap-cue="hightech_enterprises@guangzhou"]');
    await expect.poll(() => cue.textContent()).toContain('No published figure for 2021 · No year-end count for the missing years');
    expect(await cue.getByRole('button', { name: /^Fill in figures: / }).count()).toBe(1);
    await context.close();
  });
});
