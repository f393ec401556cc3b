import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planIdFor } from '../../src/import/plan-table/index.ts';
import { runCliInProcess } from './run-cli.ts';

const OPINION = '中共广东省委、广东省人民政府关于深入实施创新驱动发展战略加快构建全过程创新链的意见';

describe('cli assess --plan', { timeout: 120_000 }, () => {
  it('gives a live forecast for the 2029 Guangdong R&D-intensity target of example (c), without a scenario', async () => {
    const r = await runCliInProcess(['assess', '--plan', 'examples/plans/guangdong-2024-innovation-chain.csv', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { targets: { plan_id: string; indicator_id: string; region: string; year: number; comparator: string; target: number; probability: number | null; p50: number | null; last_actual_year: number | null }[] };
    // Only the table's plan is assessed when no scenario names plans.
    expect(new Set(out.targets.map((t) => t.plan_id))).toEqual(new Set([planIdFor(OPINION)]));
    const rd = out.targets.find((t) => t.indicator_id === 'rd_gdp_ratio');
    expect(rd).toMatchObject({ region: 'guangdong', year: 2029, comparator: '~', target: 4, last_actual_year: 2024 });
    // The engine runs past the default horizon (2025) to the target's year: a probability, not "no data".
    expect(rd?.probability).toBeGreaterThan(0);
    expect(rd?.probability).toBeLessThan(1);
    expect(rd?.p50).toBeGreaterThan(3.6);
    // The new indicator (not in the catalogue) is said on stderr, by line.
    expect(r.stderr).toContain('guangdong-2024-innovation-chain.csv:5: indicator: new-indicator');
  });

  it('reads several tables beside a scenario, new indicators numbered apart', async () => {
    const r = await runCliInProcess([
      'assess',
      '--scenario',
      'examples/scenario-trend.json',
      '--plan',
      'examples/plans/guangdong-14th-fyp-st.csv',
      '--plan',
      'examples/plans/guangdong-2024-innovation-chain.csv',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { targets: { plan_id: string; indicator_id: string }[] };
    const ids = (plan: string) => out.targets.filter((t) => t.plan_id === planIdFor(plan)).map((t) => t.indicator_id);
    expect(ids('广东省科技创新“十四五”规划')).toEqual(['rd_gdp_ratio', 'basic_research_share', 'u_1', 'tech_contract_value_unspecified', 'u_2', 'hightech_enterprises']);
    // The second table's new indicator may not reuse the first's u_1.
    expect(ids(OPINION)).toEqual(['rd_gdp_ratio', 'basic_research_share', 'u_3']);
    // The seeded plans are still assessed beside them.
    expect(out.targets.some((t) => t.plan_id === 'gz_innovation_centre_2018')).toBe(true);
  });

  it("prints a bad table's problems by line and exits 2, assessing nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'plan,indicator,year,comparator,value,clause\n规划,rd_gdp_ratio,2025,大约是,3.4,条文\n规划,gdp,二〇二五,>=,1,条文\n');
    const r = await runCliInProcess(['assess', '--plan', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
      `${file}:2: comparator: unknown-comparator: comparator not understood (>=, <=, ==, ~, or 达到, 不超过, 左右…) (大约是)`,
      `${file}:3: year: not-a-year: not a year (二〇二五)`,
    ]);
  });

  it('names a missing plan file and exits 2', async () => {
    const r = await runCliInProcess(['assess', '--plan', 'examples/plans/no-such.csv']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'examples/plans/no-such.csv: cannot read the file (no such file)\n' });
  });
});
