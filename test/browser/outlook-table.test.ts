import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { scenariosFromFragment } from '../../src/scenario/address.ts';
import { useChromium } from './chromium.ts';
import { allOutlookRows, openAsOf2018, SECTION, tablesArranged } from './pages.ts';

const browser = useChromium();

/** R&D intensity ≥ 3% in 2020 (the 2018–2020 plan): unlikely from 2.63% in 2018, lifted by plan pace. */
const RD_2020 = 'gz_innovation_centre_2018:116';

/**
 * Open the notebook at a width, in a language, and wait for the outlook's rows; as of 2018 with A
 * pinned when `ab` (the widest table: what happened, A and B − A beside B).
 */
async function openOutlook(width: number, locale: 'zh' | 'en', ab: boolean): Promise<Page> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  await page.goto(inject('baseUrl'));
  await tablesArranged(page);
  // The page opens on the plans' own years; "latest data" is the switch's other side.
  if (!ab) await page.locator('[data-view=today]').click();
  if (locale === 'en') {
    await page.locator('button.lang').click();
    await page.locator('#outlook-title', { hasText: 'Outlook' }).waitFor();
  }
  if (ab) {
    await page.locator('#as-of').selectOption('2018');
    await page.locator('#outlook td.probability[data-probability]').first().waitFor();
    await page.locator('#outlook button.pin').click();
    await page.locator('#outlook td.compare-a[data-probability]').first().waitFor();
  }
  await page.locator('#outlook tbody tr[data-target]').first().waitFor();
  await allOutlookRows(page);
  return page;
}

/** The outlook's key cells (headers and cells) that are not wholly inside the table's visible area. */
function keyCellsOutside(page: Page): Promise<{ keys: number; rows: number; outside: string[]; scrolled: number }> {
  return page.locator('#outlook .scroll').evaluate((scroll) => {
    const box = scroll.getBoundingClientRect();
    // The visible area: the container's box without its scroll bar.
    const [left, right] = [box.left, box.left + scroll.clientWidth];
    const cells = [...scroll.querySelectorAll('th.key, td.key')];
    const outside = cells.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.left < left - 0.5 || r.right > right + 0.5;
    });
    return { keys: cells.length, rows: scroll.querySelectorAll('tbody tr[data-target]').length, outside: outside.map((c) => c.textContent?.trim() ?? ''), scrolled: scroll.scrollLeft };
  });
}

describe('the outlook table at 1280 px', () => {
  // Indicator, year, target, probability and word; as of 2018 with A pinned also what happened, A and B − A.
  for (const [locale, ab, perRow] of [
    ['zh', false, 5],
    ['en', false, 5],
    ['zh', true, 8],
    ['en', true, 8],
  ] as const) {
    it(`keeps every key column in view (${locale}, ${ab ? 'A/B as of 2018' : 'latest data'})`, async () => {
      const page = await openOutlook(1280, locale, ab);
      const { keys, rows, outside, scrolled } = await keyCellsOutside(page);
      expect(rows).toBeGreaterThan(10);
      expect(keys).toBe((rows + 1) * perRow);
      expect(scrolled).toBe(0);
      expect(outside).toEqual([]);
      await page.close();
    });
  }
});

describe('the outlook at 390 px', () => {
  it('shows each target as a card: labelled values one under another, nothing to scroll sideways', async () => {
    const page = await openOutlook(390, 'zh', false);
    const card = await page.locator('#outlook .scroll').evaluate((scroll) => {
      const row = scroll.querySelector('tbody tr[data-target]') as HTMLElement;
      const cell = (selector: string) => row.querySelector(selector) as HTMLElement;
      const [indicator, year, target, probability] = [cell('td.indicator'), cell('td:nth-child(2)'), cell('td:nth-child(3)'), cell('td.probability')];
      const rect = (e: HTMLElement) => e.getBoundingClientRect();
      return {
        display: getComputedStyle(row).display,
        label: getComputedStyle(probability, '::before').content,
        stacked: rect(indicator).bottom <= rect(year).top + 1 && rect(year).bottom <= rect(target).top + 1 && rect(target).bottom <= rect(probability).top + 1,
        inside: [indicator, year, target, probability].every((e) => rect(e).right <= window.innerWidth),
        sideways: scroll.scrollWidth - scroll.clientWidth,
      };
    });
    expect(card).toEqual({ display: 'block', label: '"达成概率"', stacked: true, inside: true, sideways: 0 });
    await page.close();
  });
});

/** The assumptions the address says the page holds (it follows the scenario after a short delay). */
async function linkedIndicators(page: Page): Promise<unknown> {
  return (await scenariosFromFragment(page.url())).scenario?.indicators ?? null;
}

describe('presets', () => {
  it('show which is on, say what each changes, do not stack, and undo to the exact assumptions from before', async () => {
    const page = await openAsOf2018(browser());
    const presets = page.locator('#outlook .presets');
    const pressed = () => presets.locator('li button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-pressed')));
    // A hand-set growth first, so "before" is not just the defaults.
    const typed = page.locator(`${SECTION} .controls input[type=number]`).first();
    await typed.fill('12.5');
    await typed.press('Enter');
    await expect.poll(() => linkedIndicators(page), { timeout: 20_000 }).toMatchObject({ 'tech_contract_value@guangzhou': { growth: 0.125 } });
    const own = await linkedIndicators(page);
    expect(await pressed()).toEqual(['false', 'false', 'false']);
    expect(await presets.locator('button.undo').isDisabled()).toBe(true);
    // Each button is described by a sentence on the page, not by a hover title.
    const note = presets.locator('#preset-note-plan-pace');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('所需的最高年增速');
    expect(await presets.getByRole('button', { name: '按规划进度' }).getAttribute('aria-describedby')).toBe('preset-note-plan-pace');

    await presets.getByRole('button', { name: '按规划进度' }).click();
    expect(await pressed()).toEqual(['false', 'true', 'false']);
    await expect.poll(() => linkedIndicators(page), { timeout: 20_000 }).not.toEqual(own);

    // The shock starts from the reader's 12.5%, not from plan pace.
    await presets.getByRole('button', { name: '2020式冲击' }).click();
    expect(await pressed()).toEqual(['false', 'false', 'true']);
    await expect.poll(() => linkedIndicators(page), { timeout: 20_000 }).toMatchObject({ 'tech_contract_value@guangzhou': { growth: 0.125, shocks: [{ year: 2019, size: -0.05 }] } });

    await presets.getByRole('button', { name: '撤销预设' }).click();
    expect(await pressed()).toEqual(['false', 'false', 'false']);
    await expect.poll(() => linkedIndicators(page), { timeout: 20_000 }).toEqual(own);
    expect(await typed.inputValue()).toBe('12.5');
    await page.close();
  });
});

describe('A/B', () => {
  it('shows B − A in signed percentage points for a known target, and counts the changed words', async () => {
    const page = await openAsOf2018(browser());
    await page.locator('#outlook button.pin').click();
    await page.waitForFunction(() => document.querySelector('#outlook .compare')?.textContent?.includes('完全相同'));
    await page.locator('#outlook .presets').getByRole('button', { name: '按规划进度' }).click();
    await page.waitForFunction(() => /(\d+) 项目标的可能性判断变了/.test(document.querySelector('#outlook .compare')?.textContent ?? ''));
    const row = page.locator(`#outlook tbody tr[data-target="${RD_2020}"]`);
    const b = Number(await row.locator('td.probability').getAttribute('data-probability'));
    const a = Number(await row.locator('td.compare-a').getAttribute('data-probability'));
    // At plan pace the target's median meets it: an unlikely target moves up toward an even chance.
    expect(a).toBeLessThan(0.33);
    expect(b).toBeGreaterThan(a);
    // E.g. 0.4946 − 0.2669 = 0.2277: "+22.8个百分点".
    expect(await row.locator('td.difference').textContent()).toBe(`+${Number(((b - a) * 100).toFixed(1))}个百分点`);
    const count = Number(/(\d+) 项目标/.exec((await page.locator('#outlook .compare').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await allOutlookRows(page);
    expect(await page.locator('#outlook td.differs').count()).toBe(count);
    await page.close();
  });
});
