import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';

const dir = join(import.meta.dirname, '../corpus/loader');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const base = { plans: read('_base/plans.csv'), indicators: read('_base/indicators.csv'), targets: read('_base/targets.csv'), actuals: read('_base/actuals.csv') };
const cases = readdirSync(dir).filter((f) => f.endsWith('.csv'));
const only = cases.filter((f) => f.startsWith('only.'));

interface Expected {
  rows: number;
  problems: { line: number; column?: string; code: string }[];
}

describe('loader bad-input corpus', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(5));
  for (const file of only.length > 0 ? only : cases) {
    const name = file.replace(/^(only|skip)\./, '').replace(/\.csv$/, '');
    const table = name.split('.')[0] as 'targets' | 'actuals';
    const expectedFile = join(dir, file.replace(/\.csv$/, '.expected.json'));
    it.skipIf(file.startsWith('skip.'))(name, () => {
      if (!existsSync(expectedFile)) {
        // In CI a case without its expectation is a defect, not a silent pass.
        if (process.env.CI === 'true') throw new Error(`missing expectation for ${file}`);
        return;
      }
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
      const dataset = loadDataset({ ...base, [table]: read(file) });
      // Base tables must stay clean, so every problem comes from the case file.
      expect(dataset.problems.every((p) => p.file === `seeds/${table}.csv`)).toBe(true);
      expect(dataset[table]).toHaveLength(expected.rows);
      expect(dataset.problems.map(({ line, column, code }) => (column ? { line, column, code } : { line, code }))).toEqual(
        expected.problems,
      );
    });
  }
});
