import { describe, expect, inject, it } from 'vitest';
import { toEngineInput } from '../../src/data/engine-input.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { assess, evaluate } from '../../src/model/index.ts';
import { DEFAULT_SCENARIO, EVALUATE_YEARS, toEngineScenario } from '../../src/scenario/scenario.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';
import { useChromium } from './chromium.ts';
import { allOutlookRows } from './pages.ts';

const browser = useChromium();

describe('the engine in the page', () => {
  it('gives the same digits in Chromium’s worker as in Node for one seed', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('baseUrl'));
    await page.locator('#as-of').selectOption('2018');
    // Wait for the as-of-2018 run: its calibration sentence appears only for a hindcast.
    await page.locator('#outlook .calibration').waitFor();
    await allOutlookRows(page);
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
    // The chart is drawn once scrolled near, as a reader comes to it.
    await page.locator('#ind-hightech_enterprises\\@guangzhou').scrollIntoViewIfNeeded();
    const areas = page.locator('#ind-hightech_enterprises\\@guangzhou g[aria-label=area]');
    await areas.first().waitFor();
    expect(await areas.count()).toBe(2);
    await page.close();
  });

  it('says the engine’s track record by default, in Chinese and then English, with the figures evaluate gives in Node', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    // The build measured the record on the data the page opens on: the page shows it without starting
    // a worker to evaluate it again (the engine's own worker is the only one).
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(inject('baseUrl'));
    // The track record is asked for once per page, after the first assessment, once the outlook is near.
    await page.locator('#outlook').scrollIntoViewIfNeeded();
    const sentence = page.locator('#outlook p.track-record:not(.checking)');
    await sentence.waitFor();
    expect(workers).toHaveLength(1);

    // What `npm run cli -- evaluate` prints: published data, the default scenario (seed 1, 10,000 paths), 2012–2022.
    const dataset = loadDataset(readSeedTexts());
    const node = evaluate({ ...toEngineInput(dataset), scenario: toEngineScenario(DEFAULT_SCENARIO) }, EVALUATE_YEARS).overall;
    const whole = (share: number) => `${Math.round(share * 100)}%`;
    const years = `${EVALUATE_YEARS.from}–${EVALUATE_YEARS.to}`;
    expect(node.values).toBeGreaterThan(100);
    // Every digit of the share is the build's; the page rounds it to whole percent.
    expect(await sentence.getAttribute('data-coverage90')).toBe(String(node.coverage90));
    expect(await sentence.getAttribute('data-values')).toBe(String(node.values));

    const zh = await sentence.textContent();
    expect(zh).toContain(`从${years}年各年回测看，90%区间覆盖了后来公布值的${whole(node.coverage90)}（目标85–95%），中位数平均偏差${whole(node.mape)}。`);
    expect(zh).toContain(`依据${node.values.toLocaleString('zh-CN')}个数值（默认假设，仅用公布数据）`);
    expect(zh).toContain(`朴素基准覆盖${whole(node.baseline.coverage90)}`);
    expect(zh).not.toMatch(/NaN|\d\.\d+%/);

    await page.locator('button.lang').click();
    await page.locator('h1', { hasText: 'Targetline' }).waitFor();
    const en = await sentence.textContent();
    expect(en).toContain(
      `In hindcasts from every year ${years}, the 90% ranges held ${whole(node.coverage90)} of the values published later (aim: 85–95%); the median was off by ${whole(node.mape)} on average.`,
    );
    expect(en).toContain(`This rests on ${node.values.toLocaleString('en')} values`);
    expect(en).toContain(`the baseline’s ${whole(node.baseline.coverage90)}.`);
    await page.close();
  });
});
