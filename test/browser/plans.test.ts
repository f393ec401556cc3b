import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { allOutlookRows } from './pages.ts';
import { runCliInProcess } from '../cli/run-cli.ts';
import { encodeLink } from '../../src/scenario/link-codec.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';

const browser = useChromium();

describe('a scenario naming several plans', () => {
  it('scores the same targets in the page as in cli assess, and says the choice in the plan filter', async () => {
    const scenario = { ...DEFAULT_SCENARIO, asOf: 2018, plans: ['gz_strong_city_2019', 'gz_innovation_centre_2018'] };
    const file = join(mkdtempSync(join(tmpdir(), 'plans-')), 'two-plans.json');
    writeFileSync(file, JSON.stringify(scenario));
    const cli = await runCliInProcess(['assess', '--scenario', file, '--json']);
    expect(cli.status).toBe(0);
    const all = (JSON.parse(cli.stdout) as { targets: { plan_id: string; probability: number | null; status: string }[] }).targets;
    expect(all).toHaveLength(125); // 66 + 59 scored targets of the two plans (see test/user/engine-request.test.ts)
    // The outlook lists what is projected or decided, as the CLI marks them.
    const cliTargets = all.filter((t) => t.probability !== null || ['met', 'missed', 'undetermined'].includes(t.status));
    expect(new Set(cliTargets.map((t) => t.plan_id))).toEqual(new Set(scenario.plans));

    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${inject('baseUrl')}#s=${await encodeLink({ scenario, data: 'x' })}`);
    await page.locator('#outlook tbody tr').first().waitFor({ timeout: 20_000 });
    await allOutlookRows(page);
    await expect.poll(() => page.locator('#outlook tbody tr').count(), { timeout: 20_000 }).toBe(cliTargets.length);
    expect(await page.locator('#plan option:checked').textContent()).toMatch(/强市计划.*创新中心计划|创新中心计划.*强市计划/);
    // Picking one plan in the filter narrows the scenario to it.
    await page.locator('#plan').selectOption('gz_strong_city_2019');
    await expect.poll(() => page.locator('#outlook tbody tr').count(), { timeout: 20_000 }).toBeLessThan(cliTargets.length);
    await page.close();
  });
});
