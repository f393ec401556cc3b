import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from './run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'targetline-layers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const actual = (year: number, value: number | string) => ({ indicator_id: 'u_labs', region: 'guangzhou', year, value, unit: 'count', source: '年鉴', line: year - 2015 });

describe('cli assess with the user’s layers in the scenario file', { timeout: 60_000 }, () => {
  it('projects a custom indicator, scores its target under the “user” plan, and warns about rows left out', async () => {
    const file = join(tmp, 'workspace.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        seed: 3,
        paths: 2000,
        layers: [
          {
            id: 'l1',
            label: 'labs.csv',
            created: '2026-11-23T10:00:00Z',
            indicators: [{ id: 'u_labs', name: '新型研发机构数量', unit: 'count', measure_zh: '家', definition: '', derive: null }],
            actuals: [actual(2019, 50), actual(2020, 55), actual(2021, 61), actual(2022, 68), actual(2023, 72), actual(2024, 'many')],
            targets: [{ indicator_id: 'u_labs', region: 'guangzhou', year: 2026, value: 80, unit: 'count', comparator: '>=', label: '80家' }],
          },
        ],
        notes: [{ id: 'n1', anchor: 'top', text: '**要点**' }],
      }),
    );
    const r = await runCliInProcess(['assess', '--scenario', file, '--json']);
    expect(r.status).toBe(0);
    // The 2024 row's value is not a number: left out, named by its path, and the only line on stderr.
    expect(r.stderr).toBe(`warning: ${file}: layers[0].actuals[5].value: not-a-number (many); left out\n`);
    const targets = (JSON.parse(r.stdout) as { targets: { plan_id: string; indicator_id: string; year: number; last_actual: number; probability: number }[] }).targets.filter(
      (t) => t.plan_id === 'user',
    );
    // The other rows are used: the last is 72 in 2023, not the refused 2024 row.
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ indicator_id: 'u_labs', year: 2026, last_actual: 72 });
    // 80 in 2026 needs 3.6% a year where the rows grew about 9.5%: likely, but not certain.
    expect(targets[0]!.probability).toBeGreaterThan(0.5);
    expect(targets[0]!.probability).toBeLessThan(1);
  });
});
