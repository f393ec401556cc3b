import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanTable, type PlanTablePreview } from '../../src/import/plan-table/index.ts';
import { jsonExpectation } from '../expectations.ts';
import { CATALOGUE } from './catalogue.ts';

const dir = join(import.meta.dirname, '../corpus/plan-tables');
const files = readdirSync(dir);
const cases = files.filter((f) => /\.(csv|tsv)$/.test(f));
const expectationOf = (file: string) => file.replace(/\.[a-z]+$/, '.expected.json');

const at = ({ line, column, code, otherLine }: { line: number; column: string | null; code: string; otherLine?: number }) => ({
  line,
  column,
  code,
  ...(otherLine === undefined ? {} : { otherLine }),
});

function summary(preview: PlanTablePreview) {
  return {
    encoding: preview.encoding,
    delimiter: preview.delimiter,
    plans: preview.plans.map((p) => p.name),
    targets: preview.targets.map(({ indicator_id, region, year, comparator, value, tolerance }) => ({
      indicator_id,
      region,
      year,
      comparator,
      value,
      ...(tolerance === undefined ? {} : { tolerance }),
    })),
    indicators: preview.indicators.map(({ id, name, unit }) => ({ id, name, unit })),
    problems: preview.problems.map(at),
    notes: preview.notes.map(at),
  };
}

describe('plan-table corpus', () => {
  it('has a case for every expectation', () => {
    const named = new Set(cases.map(expectationOf));
    expect(files.filter((f) => f.endsWith('.expected.json') && !named.has(f))).toEqual([]);
  });
  for (const file of cases) {
    it(file, () => {
      const preview = readPlanTable({ bytes: new Uint8Array(readFileSync(join(dir, file))), name: file }, CATALOGUE);
      // Written by hand; a case without its expectation fails.
      const produced = summary(preview);
      expect(produced).toEqual(jsonExpectation(join(dir, expectationOf(file)), produced, 'test/import/plan-table-corpus.test.ts'));
    });
  }
});
