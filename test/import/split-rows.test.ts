import { describe, expect, it } from 'vitest';
import { splitRows } from '../../src/import/split-rows.ts';

describe('splitRows', () => {
  it('keeps the line each row starts on across quoted line breaks and blank lines', () => {
    const { rows } = splitRows('a\tb\n"x\ny"\t2\n\nlast\t3', '\t');
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', '2']],
      [5, ['last', '3']],
    ]);
  });
  it('accepts CRLF, LF and a lone CR as line ends', () => {
    expect(splitRows('a,1\r\nb,2\rc,3\nd,4', ',').rows.map((r) => r.line)).toEqual([1, 2, 3, 4]);
  });
  it('reads doubled quotes and delimiters inside quotes', () => {
    expect(splitRows('"say ""hi""";"1;2"', ';').rows[0]?.cells).toEqual(['say "hi"', '1;2']);
  });
  it('drops trailing empty cells but remembers the width', () => {
    expect(splitRows('表3 主要指标,,,,', ',').rows[0]).toEqual({ line: 1, cells: ['表3 主要指标'], width: 5 });
  });
  it('reports an unclosed quote and reads it literally so the next lines survive', () => {
    const { rows, unclosed } = splitRows('a,b\n"open,1\nc,2\n', ',');
    expect(unclosed).toEqual([{ line: 2, column: 1 }]);
    expect(rows.map((r) => r.cells)).toEqual([['a', 'b'], ['"open', '1'], ['c', '2']]);
  });
  it('stops after maxRows and says on which line', () => {
    expect(splitRows('h\n1\n\n2\n3\n', ',', 2)).toMatchObject({ overflowLine: 4 });
  });
  it('splits on the full-width comma when asked', () => {
    expect(splitRows('指标，2023\n高新技术企业数量，12300', '，').rows[1]?.cells).toEqual(['高新技术企业数量', '12300']);
  });
});
