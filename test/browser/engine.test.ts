import { describe, expect, inject, it } from 'vitest';
import { toEngineInput } from '../../src/data/engine-input.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { assess } from '../../src/model/index.ts';
import { DEFAULT_SCENARIO, toEngineScenario } from '../../src/scenario/scenario.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';
import { useChromium } from './chromium.ts';

const browser = useChromium();

describe('the engine in the page', () => {
  it('gives the same digits in Chromium’s worker as in Node for one seed', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('baseUrl'));
    await page.locator('#as-of').selectOption('2018');
    // Wait for the as-of-2018 run: its calibration sentence appears only for a hindcast.
    await page.locator('#outlook .calibration').waitFor();
    const cells = await page.locator('#outlook td.probability').evaluateAll((tds) =>
      tds.map((td) => [
        td.getAttribute('data-target'),
        ['data-probability', 'data-p50', 'data-required', 'data-observed'].map((name) => td.getAttribute(name)).join(' '),
      ]),
    );
    // Rows for years already published carry a verdict, not a probability; compare the projected ones.
    const projected = cells.filter(([, digits]) => !digits?.startsWith(' '));
    expect(projected.length).toBeGreaterThan(10);

    const dataset = loadDataset(readSeedTexts());
    const node = assess({ ...toEngineInput(dataset), scenario: toEngineScenario({ ...DEFAULT_SCENARIO, asOf: 2018 }) });
    // Every digit: probabilities (counts of paths), medians (quantiles of exp'd logs) and growth rates (pow).
    const digits = (x: number | null) => (x === null ? '' : String(x));
    const expected = new Map(
      node.targets
        .filter((t) => t.probability !== null)
        .map((t) => [t.id, [t.probability, t.p50, t.required_growth, t.observed_growth].map(digits).join(' ')]),
    );
    for (const [id, digits] of projected) expect([id, digits]).toEqual([id, expected.get(id ?? '')]);
    expect(projected.length).toBe(expected.size);
    await page.close();
  });

  it('draws the model’s fan on the charts once the worker answers', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('baseUrl'));
    await page.locator('#as-of').selectOption('2018');
    await page.locator('#outlook .calibration').waitFor();
    const areas = page.locator('#ind-hightech_enterprises\\@guangzhou g[aria-label=area]');
    await areas.first().waitFor();
    expect(await areas.count()).toBe(2);
    await page.close();
  });
});
