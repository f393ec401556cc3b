import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, previewImport, type ImportPreview } from '../../src/import/index.ts';
import { jsonExpectation } from '../expectations.ts';
import { CATALOGUE, PUBLISHED } from './catalogue.ts';

const dir = join(import.meta.dirname, '../corpus/import');
const files = readdirSync(dir);
const cases = files.filter((f) => /\.(csv|tsv|txt|xlsx)$/.test(f));
const only = cases.filter((f) => f.startsWith('only.'));
const expectationOf = (file: string) => file.replace(/\.[a-z]+$/, '.expected.json');
const bare = (f: string) => f.replace(/^(only|skip)\./, '');

interface Expected {
  encoding: ImportPreview['encoding'];
  delimiter: ImportPreview['delimiter'];
  shape: ImportPreview['shape'];
  actuals: number;
  indicators: { id: string; name: string; unit: string }[];
  skippedBlank: number;
  problems: { line: number; column: number | null; code: string }[];
  notes: { line: number; column: number | null; code: string }[];
  values?: { indicator_id: string; region: string; year: number; value: number; source: string }[];
}

const at = ({ line, column, code }: { line: number; column: number | null; code: string }) => ({ line, column, code });

describe('import bad-input corpus', () => {
  it('has at least 35 cases', () => expect(cases.length).toBeGreaterThanOrEqual(35));
  it('has a case for every expectation, and no case left marked only.', () => {
    // An expectation whose case was renamed or deleted would otherwise check nothing, unseen.
    const named = new Set(cases.map((f) => bare(expectationOf(f))));
    expect(files.filter((f) => f.endsWith('.expected.json') && !named.has(bare(f)))).toEqual([]);
    // `only.` is for a local run: committed, it would leave every other case unrun.
    expect(only).toEqual([]);
  });
  for (const file of only.length > 0 ? only : cases) {
    const expectedFile = join(dir, expectationOf(file));
    it.skipIf(file.startsWith('skip.'))(file, () => {
      // Cases named `published-…` are checked against the shipped published values, as the page checks an
      // import; the others against the catalogue alone, so their figures (test input) test what they name.
      const published = bare(file).startsWith('published-') ? PUBLISHED : [];
      const preview = previewImport({ bytes: new Uint8Array(readFileSync(join(dir, file))), name: file }, CATALOGUE, { published });
      // `values` are picked by hand from the actuals, so an update keeps the ones already written.
      const picked = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected).values : undefined;
      const produced: Expected = {
        encoding: preview.encoding,
        delimiter: preview.delimiter,
        shape: preview.shape,
        actuals: preview.actuals.length,
        indicators: preview.indicators.map(({ id, name, unit }) => ({ id, name, unit })),
        skippedBlank: preview.skippedBlank,
        problems: preview.problems.map(at),
        notes: preview.notes.map(at),
        ...(picked ? { values: picked } : {}),
      };
      // A case without its expectation fails, unless UPDATE_EXPECTATIONS=1 writes it.
      const expected = jsonExpectation(expectedFile, produced, 'test/import/import-corpus.test.ts');
      expect({ ...produced, values: undefined }).toEqual({ ...expected, values: undefined });
      for (const value of expected.values ?? []) expect(preview.actuals).toContainEqual(expect.objectContaining(value));
    });
  }
});

describe('import limits, on files generated here rather than committed', () => {
  it('refuses a 6 MB yearbook as too-large without reading it', () => {
    const row = '高新技术企业数量,12300,12400\n';
    const bytes = new TextEncoder().encode(`指标,2022,2023\n${row.repeat(Math.ceil((6 * 1024 * 1024) / row.length))}`);
    expect(bytes.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    // Refused on its size alone: one problem on line 1, nothing parsed (speed belongs to benchmarks, not here).
    expect(previewImport({ bytes, name: 'huge.csv' }, CATALOGUE).problems.map(at)).toEqual([{ line: 1, column: null, code: 'too-large' }]);
  });

  it('refuses 60,000 rows under 5 MB as too-many-rows at the first line past the limit', () => {
    const text = `指标,年份,数值\n${Array.from({ length: 60_000 }, (_, i) => `GDP,${1949 + (i % 150)},${i}`).join('\n')}`;
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    const preview = previewImport({ text, name: 'rows.csv' }, CATALOGUE);
    expect(preview.problems.map(at)).toEqual([{ line: MAX_IMPORT_ROWS + 1, column: null, code: 'too-many-rows' }]);
    expect(preview.actuals).toEqual([]);
  });
});
