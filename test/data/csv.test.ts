import { describe, expect, it } from 'vitest';
import { countLineBreaks, parseCsv } from '../../src/data/csv.ts';

/** Each record as [line, fields], the form the known answers below are worked in. */
const lined = (text: string, options = {}) => parseCsv(text, options).records.map((r) => [r.line, r.fields]);

describe('parseCsv', () => {
  it('has the documented defaults: comma, empty lines dropped, no limit', () => {
    expect(parseCsv('a,b\n\nc;d\n')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 3, fields: ['c;d'] },
      ],
      problems: [],
      overflowLine: null,
    });
  });

  it('reads CRLF, LF and a lone CR each as one line end', () => {
    expect(lined('a,b\r\nc,d\r\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['c', 'd']],
    ]);
    expect(lined('a,b\rc,d\re,f')).toEqual([
      [1, ['a', 'b']],
      [2, ['c', 'd']],
      [3, ['e', 'f']],
    ]);
    // CRLF, then a lone CR, then LF: three line ends, four lines.
    expect(lined('a\r\nb\rc\nd').map(([line]) => line)).toEqual([1, 2, 3, 4]);
  });

  it('counts quoted line breaks, of all three kinds, in the lines of the records after them', () => {
    // Record 2 starts on line 2 and its note holds three line ends (LF, CRLF, CR), so it ends on
    // line 2 + 3 = 5 and record 3 starts on line 6.
    expect(lined('id,note\n1,"one\ntwo\r\nthree\rfour"\n2,x\n')).toEqual([
      [1, ['id', 'note']],
      [2, ['1', 'one\ntwo\r\nthree\rfour']],
      [6, ['2', 'x']],
    ]);
  });

  it('reads doubled quotes as one, and delimiters inside quotes as text', () => {
    // `""""` is a quoted field holding one doubled quote: `"`.
    expect(lined('"say ""hi""","a,b",""""')).toEqual([[1, ['say "hi"', 'a,b', '"']]]);
  });

  it('reports an unclosed quote where it opens and reads it literally, so the lines after it survive', () => {
    expect(parseCsv('a,b\n1,"open\n2,x\n')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', '"open'] },
        { line: 3, fields: ['2', 'x'] },
      ],
      problems: [{ line: 2, column: 2, record: 2, code: 'unclosed-quote' }],
      overflowLine: null,
    });
    // The quote is on line 2 (the first field's quoted LF comes before it) of the record starting on line 1.
    expect(parseCsv('"x\ny","open\nz').problems).toEqual([{ line: 2, column: 2, record: 1, code: 'unclosed-quote' }]);
    expect(lined('"x\ny","open\nz')).toEqual([
      [1, ['x\ny', '"open']],
      [3, ['z']],
    ]);
  });

  it('reports a stray quote once per field and keeps its text', () => {
    expect(parseCsv('a,b\nx"y,1\n').problems).toEqual([{ line: 2, column: 1, record: 2, code: 'stray-quote' }]);
    // Text after a closing quote is kept after the quoted text.
    const afterClose = parseCsv('"a"b,c');
    expect(afterClose.records[0]?.fields).toEqual(['ab', 'c']);
    expect(afterClose.problems).toEqual([{ line: 1, column: 1, record: 1, code: 'stray-quote' }]);
    // Three quotes in one unquoted field: one problem.
    expect(parseCsv('ok,x""y"').problems).toEqual([{ line: 1, column: 2, record: 1, code: 'stray-quote' }]);
  });

  it('ends the same with or without a trailing line end', () => {
    const expected = [[1, ['a', 'b']], [2, ['1', '2']]];
    expect(lined('a,b\n1,2')).toEqual(expected);
    expect(lined('a,b\n1,2\n')).toEqual(expected);
    expect(lined('a,b\r\n1,2\r\n')).toEqual(expected);
    expect(lined('a,b\r1,2\r')).toEqual(expected);
    // A second line end is an empty line, dropped.
    expect(lined('a,b\n1,2\n\n')).toEqual(expected);
  });

  it('keeps empty fields, quoted or not, and a trailing delimiter as one more empty field', () => {
    expect(lined(',,\n,"",x\na,\n')).toEqual([
      [1, ['', '', '']],
      [2, ['', '', 'x']],
      [3, ['a', '']],
    ]);
  });

  it('drops a leading byte-order mark only', () => {
    expect(lined('\uFEFFa,b\n1,2')[0]).toEqual([1, ['a', 'b']]);
    expect(lined('a\n\uFEFFb')[1]).toEqual([2, ['\uFEFFb']]);
  });

  it('splits on the delimiter it is given', () => {
    expect(lined('a\tb,c\n"1\t2"\t3', { delimiter: '\t' })).toEqual([
      [1, ['a', 'b,c']],
      [2, ['1\t2', '3']],
    ]);
    expect(lined('"1;2";3', { delimiter: ';' })).toEqual([[1, ['1;2', '3']]]);
    expect(lined('指标，2023', { delimiter: '，' })).toEqual([[1, ['指标', '2023']]]);
    expect(() => parseCsv('a', { delimiter: '"' })).toThrow(RangeError);
    expect(() => parseCsv('a', { delimiter: ';;' })).toThrow(RangeError);
  });

  it('keeps only the records `keep` accepts, and stops past `maxRecords` at the line of the next one', () => {
    const keep = (fields: readonly string[]) => fields.some((f) => f.trim() !== '');
    // Records h (line 1) and 1 (line 2) fill the limit of 2; line 3 is blank and not counted; 2 on line 4 is one too many.
    const result = parseCsv('h\n1\n \n2\n3\n', { keep, maxRecords: 2 });
    expect(result.records.map((r) => r.line)).toEqual([1, 2]);
    expect(result.overflowLine).toBe(4);
  });

  it('stays linear on hostile quotes', () => {
    // An opening quote, then 200,000 quotes: 100,000 doubled pairs and no closing quote. Then the
    // same again on 1,000 lines, each scan of which must stop at its own line's end.
    const text = `a,"${'"'.repeat(200_000)}\n${'x,""y\n'.repeat(1000)}`;
    const started = performance.now();
    const { records, problems } = parseCsv(text);
    expect(problems.map((p) => p.code)).toEqual(['unclosed-quote', ...Array<string>(1000).fill('stray-quote')]);
    expect(records).toHaveLength(1001);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('countLineBreaks', () => {
  it('counts CRLF once and a lone CR once', () => {
    // CRLF + CR + LF = 3.
    expect(countLineBreaks('a\r\nb\rc\nd')).toBe(3);
  });
});
