import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { jsonExpectation } from '../expectations.ts';

const dir = join(import.meta.dirname, '../corpus/loader');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const base = { plans: read('_base/plans.csv'), indicators: read('_base/indicators.csv'), targets: read('_base/targets.csv'), actuals: read('_base/actuals.csv') };
const files = readdirSync(dir);
const cases = files.filter((f) => f.endsWith('.csv'));
const only = cases.filter((f) => f.startsWith('only.'));
const expectationOf = (file: string) => file.replace(/\.csv$/, '.expected.json');

interface Expected {
  rows: number;
  problems: { line: number; column?: string; code: string }[];
}

describe('loader bad-input corpus', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(5));
  it('has a case for every expectation, and no case left marked only.', () => {
    // An expectation whose case was renamed or deleted would otherwise check nothing, unseen.
    const bare = (f: string) => f.replace(/^(only|skip)\./, '');
    const named = new Set(cases.map((f) => bare(expectationOf(f))));
    expect(files.filter((f) => f.endsWith('.expected.json') && !named.has(bare(f)))).toEqual([]);
    // `only.` is for a local run: committed, it would leave every other case unrun.
    expect(only).toEqual([]);
  });
  for (const file of only.length > 0 ? only : cases) {
    const name = file.replace(/^(only|skip)\./, '').replace(/\.csv$/, '');
    const table = name.split('.')[0] as 'targets' | 'actuals';
    it.skipIf(file.startsWith('skip.'))(name, () => {
      const dataset = loadDataset({ ...base, [table]: read(file) });
      // Base tables must stay clean, so every problem comes from the case file.
      expect(dataset.problems.every((p) => p.file === `seeds/${table}.csv`)).toBe(true);
      const produced: Expected = {
        rows: dataset[table].length,
        problems: dataset.problems.map(({ line, column, code }) => (column ? { line, column, code } : { line, code })),
      };
      // A case without its expectation fails, unless UPDATE_EXPECTATIONS=1 writes it.
      expect(produced).toEqual(jsonExpectation(join(dir, expectationOf(file)), produced, 'test/data/loader-corpus.test.ts'));
    });
  }
});
