import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.ts';
import { parseTable, type TableSchema } from '../../src/data/table-schema.ts';
import { previewImport } from '../../src/import/index.ts';
import { splitRows } from '../../src/import/split-rows.ts';
import { CATALOGUE } from '../import/catalogue.ts';

// The seed loader and the importer once split CSV each their own way, and disagreed on lone CRs
// (the seeds' line numbers stopped counting) and on unclosed quotes (the seeds swallowed the rest of
// the file). These texts go through both, so a second tokenizer creeping back would show here.
const TEXTS: Record<string, string> = {
  'CRLF': 'a,b\r\n1,2\r\n',
  'lone CR': 'a,b\r1,2\r3,4',
  'mixed line ends': 'a,b\r\n1,2\r3,4\n5,6',
  'quoted line breaks': 'a,b\n"x\r\ny\rz",2\n3,4\n',
  'doubled quotes': '"say ""hi""",1\n"""",2',
  'unclosed quote': 'a,b\n"open,1\nc,2\n',
  'unclosed quote after a quoted line break': '"x\ny","open\nz,1',
  'stray quotes': 'a,b\nx"y,1\n"q"r,2',
  'trailing newline and blank lines': 'a,b\n\n1,2\n\n',
  'empty fields': 'a,,c\n,"",x\n',
  'byte-order mark': '\uFEFFa,b\n1,2',
};

/** The seed reader's records as the importer keeps rows: trailing blank cells and blank rows dropped. */
function seedRows(text: string) {
  return parseCsv(text)
    .records.map(({ line, fields }) => {
      const cells = [...fields];
      while (cells.length > 0 && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
      return { line, cells };
    })
    .filter((row) => row.cells.length > 0);
}

describe('the seed reader and the importer split alike', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(name, () => {
      const imported = splitRows(text, ',');
      expect(imported.rows.map(({ line, cells }) => ({ line, cells }))).toEqual(seedRows(text));
      const seedUnclosed = parseCsv(text).problems.filter((p) => p.code === 'unclosed-quote');
      expect(imported.unclosed).toEqual(seedUnclosed.map(({ line, column }) => ({ line, column })));
    });
  }

  it('pins the known answers of the lone-CR and unclosed-quote texts', () => {
    expect(seedRows(TEXTS['lone CR'] ?? '').map((r) => r.line)).toEqual([1, 2, 3]);
    expect(seedRows(TEXTS['unclosed quote'] ?? '')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['"open', '1'] },
      { line: 3, cells: ['c', '2'] },
    ]);
  });

  it('names the same lines for the same faults, from the loader and from the importer', () => {
    // Line 1 header, ends in a lone CR; line 2 opens a quoted CRLF, so the record on it ends on
    // line 3; line 4 has a value that is no number; line 5 a quote that never closes; line 6 is good.
    const text = 'indicator,year,value\r"gdp\r\n",2021,28231\rrd_gdp_ratio,2022,abc\r"gdp,2023,1\ngdp,2023,30355.73\n';
    const schema: TableSchema = {
      columns: [
        { name: 'indicator', type: { kind: 'string' } },
        { name: 'year', type: { kind: 'integer' } },
        { name: 'value', type: { kind: 'number' } },
      ],
      key: ['indicator', 'year'],
    };
    const seeds = parseTable('t.csv', text, schema);
    const preview = previewImport({ text, name: 't.csv' }, CATALOGUE);
    expect(seeds.rows.map((r) => r.line)).toEqual([2, 6]);
    expect(preview.actuals.map((a) => a.line)).toEqual([2, 6]);
    const seedLines = (code: string) => seeds.problems.filter((p) => p.code === code).map((p) => p.line);
    const importLines = (code: string) => preview.problems.filter((p) => p.code === code).map((p) => p.line);
    expect(seedLines('not-a-number')).toEqual([4]);
    expect(importLines('not-a-number')).toEqual([4]);
    expect(seedLines('unclosed-quote')).toEqual([5]);
    expect(importLines('unclosed-quote')).toEqual([5]);
  });
});
