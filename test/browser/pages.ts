import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';

/** The chart section most browser tests act on: registered technology contracts, Guangzhou. */
export const SECTION = '#ind-tech_contract_value\\@guangzhou';

/**
 * Open the built app as of 2018, when the 2019–2021 contract targets are still ahead, wait for
 * the worker's first readout, and scroll to the contracts chart.
 *
 * @param opener - A browser or a context to open the page in.
 */
export async function openAsOf2018(opener: { newPage(options?: object): Promise<Page> }): Promise<Page> {
  const page = await opener.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(inject('baseUrl'));
  await page.locator('#as-of').selectOption('2018');
  await page.locator(`${SECTION} .readout li`).first().waitFor();
  await tablesArranged(page);
  // Charts are drawn as they come near the screen: go to this one, as a reader would.
  await page.locator(SECTION).scrollIntoViewIfNeeded();
  await page.locator(`${SECTION} .plot svg`).waitFor();
  await openRow(page, SECTION, { assumptions: true });
  return page;
}

/** Open a chart's share menu (“分享与下载”), where its copy and download buttons are, as a reader clicks it. */
export async function openShareMenu(page: Page, section: string): Promise<void> {
  const toggle = page.locator(`${section} [data-share-menu]`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/**
 * Open an indicator's row, as a reader clicks it (a closed row holds no chart), and, when asked, its
 * assumptions behind "调整假设". Does nothing to what is already open.
 *
 * @param page - The notebook.
 * @param row - The row's selector, `#ind-<id>\\@<region>`.
 * @param options - `assumptions`: open them too, and wait for the controls.
 */
export async function openRow(page: Page, row: string, options: { assumptions?: boolean } = {}): Promise<void> {
  const details = page.locator(row);
  await details.waitFor({ state: 'attached' });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator(':scope > summary').click();
  // The row's chart mounts on its toggle event, which the browser fires in a task of its own after
  // the click: wait for it, or a busy machine reads the row before it has any content.
  await details.locator('article.indicator').waitFor({ state: 'attached' });
  if (!options.assumptions) return;
  const adjust = details.locator('details.assumptions');
  await adjust.waitFor({ state: 'attached' });
  if (!(await adjust.evaluate((d) => (d as HTMLDetailsElement).open))) await adjust.locator(':scope > summary').click();
  await details.locator('.controls').first().waitFor();
}

/**
 * Open a chart's "数据与来源" fold, as a reader clicks it, and wait for its tables: they are built on
 * the toggle event, a task after the click. Does nothing to a fold already open.
 *
 * @param scope - The row or chart the fold is in.
 */
export async function openSources(scope: Locator): Promise<void> {
  const fold = scope.locator('details.sources');
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator(':scope > summary').click();
  await fold.locator('tbody tr').first().waitFor();
}

/**
 * Wait until the scoreboard has its rows: its sort and filter (Arquero, a chunk of its own) load
 * after the first screen, and until then the table says it is being arranged.
 */
export async function tablesArranged(page: Page): Promise<void> {
  await page.locator('table.scoreboard[aria-busy=false]').waitFor({ state: 'attached' });
}

/** Wait until the address has stopped changing (it follows the scenario after a short delay). */
export async function settledAddress(page: Page): Promise<string> {
  let last = '';
  for (;;) {
    await page.waitForTimeout(600);
    const now = page.url();
    if (now === last && now.includes('#s=')) return now;
    last = now;
  }
}

/**
 * Run `check` on every item, `width` at a time. Each check opens its own page, so the page loads
 * of a corpus overlap instead of queueing; a failing check fails the whole run.
 *
 * @param items - The corpus.
 * @param width - How many pages are open at once.
 * @param check - Opens a page for one item, asserts, closes it.
 */
export async function eachConcurrently<T>(items: readonly T[], width: number, check: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await check(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/**
 * Show every row of the outlook's table: it opens on its first twelve, with a button for the rest
 * once there are more (allowing a few seconds for the engine to get there; a table of twelve or
 * fewer rows has no button).
 */
export async function allOutlookRows(page: Page): Promise<void> {
  const more = page.locator('[data-outlook-all]');
  await page.locator('#outlook tbody tr').first().waitFor();
  const shown = await more.waitFor({ timeout: 5000 }).then(
    () => true,
    () => false,
  );
  if (shown && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
}
