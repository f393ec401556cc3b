import { describe, expect, it } from 'vitest';
import { detectDelimiter, sniffTable } from '../../src/import/sniff-table.ts';

describe('detectDelimiter', () => {
  it('prefers the tab of an Excel paste over commas inside its numbers', () => {
    expect(detectDelimiter('指标\t2022\t2023\n技术合同成交额\t2,645.5\t3,000.1\nGDP\t28,839\t30,355.73')).toBe('\t');
  });
  it('finds commas, semicolons and pipes', () => {
    expect(detectDelimiter('id,year,value\ngdp,2023,30355.73')).toBe(',');
    expect(detectDelimiter('id;year;value\ngdp;2023;30355.73')).toBe(';');
    expect(detectDelimiter('id|year|value\ngdp|2023|30355.73')).toBe('|');
  });
  it('uses the full-width comma only when nothing else splits and it is consistent', () => {
    expect(detectDelimiter('指标，2022，2023\n高新技术企业数量，12000，12300')).toBe('，');
    expect(detectDelimiter('指标，2022\n高新技术企业数量，12000，12300')).toBe(',');
  });
});

describe('sniffTable', () => {
  it('skips a title line, keeps a 单位 line as the table unit and cuts footnotes', () => {
    const table = sniffTable('表3 广州市主要科技指标\n单位：亿元\n指标,2022,2023\nGDP,28839,30355.73\n注：2023年为快报数\n2. 另一条说明', 100);
    expect(table.header?.line).toBe(3);
    expect(table.body.map((r) => r.line)).toEqual([4]);
    expect(table.tableUnit).toEqual({ text: '单位：亿元', line: 2, column: 1 });
    expect(table.notes.map((n) => [n.line, n.code])).toEqual([
      [1, 'title-skipped'],
      [2, 'table-unit'],
      [5, 'footnote-skipped'],
      [6, 'footnote-skipped'],
    ]);
  });
  it('does not take 注册 for a footnote', () => {
    expect(sniffTable('指标,2023\n注册资本,12\n', 100).body).toHaveLength(1);
  });
  it('refuses more rows than allowed', () => {
    expect(sniffTable('a,b\n1,2\n3,4\n', 2).problems).toEqual([{ line: 3, column: null, code: 'too-many-rows', text: '' }]);
  });
});
