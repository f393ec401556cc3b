import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.ts';

describe('parseCsv', () => {
  it('keeps the line each record starts on, across quoted line breaks', () => {
    const { records, problems } = parseCsv('a,b\n"x\ny",2\n\nlast,3\n');
    expect(problems).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(records[1]?.fields).toEqual(['x\ny', '2']);
  });
  it('drops a BOM, accepts CRLF and doubled quotes', () => {
    const { records } = parseCsv('\uFEFFa,b\r\n"say ""hi""",\r\n');
    expect(records[0]?.fields).toEqual(['a', 'b']);
    expect(records[1]?.fields).toEqual(['say "hi"', '']);
  });
  it('reports an unclosed quote and a stray quote with their lines', () => {
    expect(parseCsv('a\n"open\n').problems).toEqual([{ line: 2, code: 'unclosed-quote' }]);
    expect(parseCsv('a,b\nx"y,1\n').problems).toEqual([{ line: 2, code: 'stray-quote' }]);
  });
});
