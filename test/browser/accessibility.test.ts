import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { openRow, tablesArranged } from './pages.ts';

const browser = useChromium();

/** Guangzhou's R&D intensity: its growth slider is the one the issue measured. */
const RD = '#ind-rd_gdp_ratio\\@guangzhou';
const RD_GROWTH = `${RD} input[type=range][id$=growthPct]`;

/** Open the notebook as it opens (each plan's own year), once the engine's first readout is in. */
async function openNotebook(): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(inject('baseUrl'));
  await page.locator('.readout li').first().waitFor();
  // The assumptions come with the engine's first result (the verdicts come before it).
  await page.locator('details.assumptions').first().waitFor({ state: 'attached' });
  await tablesArranged(page);
  return page;
}

/** Open every indicator's row, as a reader clicks each, and the assumptions of every row that has them. */
async function openEveryRow(page: Page): Promise<void> {
  const ids = await page.locator('details.indicator-row').evaluateAll((rows) => rows.map((r) => r.id));
  for (const id of ids) {
    const row = `#${id.replace('@', '\\@')}`;
    await openRow(page, row);
    const adjust = page.locator(`${row} details.assumptions`);
    if ((await adjust.count()) > 0) await openRow(page, row, { assumptions: true });
  }
}

/**
 * Every element of a role with its accessible name as Chromium computes it. Chromium leaves a
 * `content-visibility: auto` subtree out of its tree until it is laid out (a screen reader meets it
 * as it scrolls in), so for this census every row is laid out first.
 */
async function namesOf(page: Page, role: string): Promise<string[]> {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? '');
}

/** The unit each slider's value text says, by the control its id ends with. */
const UNIT = { growthPct: /^年增长 [+−-]?[\d.]+%$/, volatilityPct: /^波动 [\d.]+ 个百分点$/, window: /^历史窗口 \d+ 年（\d{4}–\d{4}年）$/ };

/** A name that is a number and a unit word and nothing else ("13.6%", "12,099家", "38.07件/万人"). */
function bareNumber(name: string): boolean {
  const rest = name.replace(/[\d.,，%+\-−–×\s]/g, '');
  return /\d/.test(name) && ['', '亿元', '万元', '家', '万家', '件', '件/万人', '件/百万人', '个', '人', '倍', 'people', 'items'].includes(rest);
}

describe('accessibility of the controls and charts', () => {
  it('names every slider after its indicator and region, uniquely, says its value with its unit, and names no button by a bare number', async () => {
    const page = await openNotebook();
    await openEveryRow(page);
    const sliders = await page.locator('input[type=range]').evaluateAll((els) =>
      els.map((e) => ({ field: e.id.split('-').pop() ?? '', text: e.getAttribute('aria-valuetext') ?? '' })),
    );
    // Every row with a projection has at least its volatility and window sliders.
    expect(sliders.length).toBeGreaterThanOrEqual(30);
    for (const s of sliders) expect(s.text).toMatch(UNIT[s.field as keyof typeof UNIT]);
    const names = await namesOf(page, 'slider');
    expect(names.length).toBe(sliders.length);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('研发经费投入强度（广州市）年增长率');

    // With every row open, no button is named by a bare number: the scoreboard's actual values are
    // buttons (they open the source), and each says whose value it is.
    const buttons = await namesOf(page, 'button');
    expect(buttons).toContain('研发经费投入强度（广州市）2021年实际值 3.12%，查看来源');
    expect(buttons.filter(bareNumber)).toEqual([]);
    // Each chart's share button says which chart it shares: one name per open chart, none twice.
    const shares = buttons.filter((b) => b.endsWith('：分享与下载'));
    expect(shares.length).toBe(await page.locator('[data-share-menu]').count());
    expect(new Set(shares).size).toBe(shares.length);
    expect(shares).toContain('研发经费投入强度 · 广州市：分享与下载');
    await page.close();
  });

  it('moves the R&D-intensity growth slider one plausible page with PageUp', async () => {
    const page = await openNotebook();
    await openRow(page, RD, { assumptions: true });
    const slider = page.locator(RD_GROWTH);
    // The plans' view reads Guangzhou's R&D intensity to 2018: yearly growth 2010–2018 has mean 4.996%
    // and SD 4.038%, so the slider spans 4.996 ± 3 × 4.038 on a grid of 1 point (12.11 / 10 taken
    // down to 1): −8 … 18, PageUp 1 point (test/ui/control-a11y.test.ts works the same numbers).
    expect([await slider.getAttribute('min'), await slider.getAttribute('max'), await slider.getAttribute('step')]).toEqual(['-8', '18', '0.1']);
    const start = Number(await slider.inputValue());
    await slider.focus();
    await page.keyboard.press('PageUp');
    const expected = String(Math.round((start + 1) * 10) / 10);
    await expect.poll(() => slider.inputValue()).toBe(expected);
    expect(await slider.getAttribute('aria-valuetext')).toBe(`年增长 +${expected}%`);
    await page.keyboard.press('PageDown');
    await expect.poll(() => slider.inputValue()).toBe(String(start));
    await page.close();
  });

  it('keeps a typed growth outside the slider’s range, widening the slider to it', async () => {
    const page = await openNotebook();
    await openRow(page, RD, { assumptions: true });
    const typed = page.locator(`${RD} .controls input[type=number]`).first();
    await typed.fill('40');
    await typed.press('Enter');
    const slider = page.locator(RD_GROWTH);
    // 40 is past the slider's 18: the scenario keeps 40 and the slider reaches to it.
    await expect.poll(() => slider.getAttribute('max')).toBe('40');
    expect(await slider.inputValue()).toBe('40');
    expect(await typed.inputValue()).toBe('40');
    // Moving back from there does not narrow the slider under the thumb: one PageDown is 39, still up to 40.
    await slider.focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => slider.inputValue()).toBe('39');
    expect(await slider.getAttribute('max')).toBe('40');
    await page.close();
  });

  it('reads a chart’s values by keyboard alone: Tab to it, arrow keys, the value said', async () => {
    const page = await openNotebook();
    await openRow(page, RD);
    await page.locator(`${RD} .plot svg`).waitFor();
    // From the row's own line, the next stop is its chart.
    await page.locator(`${RD} > summary`).focus();
    await page.keyboard.press('Tab');
    const chart = page.locator(`${RD} [role=listbox]`);
    expect(await chart.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await chart.getAttribute('aria-label')).toMatch(/^研发经费投入强度：图表数值/);
    const said = async () => {
      const active = await chart.getAttribute('aria-activedescendant');
      return { option: active ? await page.locator(`[id="${active}"]`).textContent() : null, shown: await page.locator(`${RD} [data-chart-point]`).textContent() };
    };
    await page.keyboard.press('ArrowRight');
    // The first point is the first published value: 1.79% in 2010, from the city's statistics bureau.
    const first = await said();
    expect(first.option).toMatch(/^2010 · 1\.79%，正式值 · /);
    expect(first.shown).toMatch(/^第 1\/\d+ 点：2010 · 1\.79%，正式值 · /);
    await page.keyboard.press('ArrowRight');
    expect((await said()).option).toMatch(/^2011 · 1\.92%/);
    await page.keyboard.press('End');
    const last = await said();
    const [, index, count] = /^第 (\d+)\/(\d+) 点/.exec(last.shown ?? '') ?? [];
    expect(index).toBe(count);
    await page.close();
  });

  it('says why a whole number typed into the outlook is refused, and keeps the one in use', async () => {
    const page = await openNotebook();
    const horizon = page.getByRole('spinbutton', { name: '预测至' });
    const before = await horizon.inputValue();
    await horizon.fill('2050');
    await horizon.press('Enter');
    // 2050 is past the schema's 2040: refused, said beside the field and tied to it, the scenario unchanged.
    const message = page.locator('#outlook [role=alert]');
    await expect.poll(() => message.textContent()).toBe(`请输入 2019–2040 之间的整数；仍使用 ${before}。`);
    expect(await horizon.getAttribute('aria-invalid')).toBe('true');
    expect(await horizon.getAttribute('aria-describedby')).toBe(await message.getAttribute('id'));
    await horizon.fill(before);
    await horizon.press('Enter');
    await message.waitFor({ state: 'detached' });
    expect(await horizon.getAttribute('aria-invalid')).toBe('false');
    await page.close();
  });

  it('names the controls in English too', async () => {
    const page = await openNotebook();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await openRow(page, RD, { assumptions: true });
    const slider = page.locator(RD_GROWTH);
    await expect.poll(() => slider.getAttribute('aria-label')).toMatch(/^R&D intensity .*\(Guangzhou\): Growth per year$/);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^[+−-]?[\d.]+% growth a year$/);
    await page.close();
  });
});
