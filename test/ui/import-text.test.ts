import { describe, expect, it } from 'vitest';
import type { ImportNote, ImportProblem } from '../../src/import/index.ts';
import { importProblemText, noteDetail } from '../../src/ui/user/import-text.ts';

const problem = (published: ImportProblem['published']): ImportProblem => ({ line: 2, column: 3, code: 'published-value', text: '12600', ...(published ? { published } : {}) });
const note = (code: ImportNote['code'], detail?: string): ImportNote => ({ line: 2, column: 1, code, text: '高新技术企业数', ...(detail === undefined ? {} : { detail }) });

describe('importProblemText', () => {
  it('quotes the published figure in its unit, measure word and quality', () => {
    const rounded = problem({ indicator_id: 'hightech_enterprises', value: 12000, quality: 'rounded', unit: 'count' });
    expect(importProblemText(rounded, 'zh', '家')).toBe('已有公布值 约12,000家，以公布值为准');
    expect(importProblemText(rounded, 'en', '家')).toBe('A published value of about 12,000 exists; the published value is used');
    const final = problem({ indicator_id: 'tech_contract_value', value: 2413.11, quality: 'final', unit: 'yi_yuan' });
    expect(importProblemText(final, 'zh')).toBe('已有公布值 2,413.11亿元，以公布值为准');
    expect(importProblemText(final, 'en')).toBe('A published value 2,413.11 100m yuan exists; the published value is used');
    const bound = problem({ indicator_id: 'hightech_enterprises', value: 12300, quality: 'lower_bound', unit: 'count' });
    expect(importProblemText(bound, 'zh', '家')).toBe('已有公布值 超过12,300家，以公布值为准');
  });

  it('words any other problem by its code alone', () => {
    expect(importProblemText({ line: 2, column: 3, code: 'not-a-number', text: 'abc' }, 'zh')).toBe('不是数字');
  });
});

describe('noteDetail', () => {
  const indicatorOf = (id: string) => (id === 'hightech_enterprises' ? { name: '高新技术企业数量', measure_zh: '家' } : undefined);
  it('names a matched indicator and a converted unit in words, never by code', () => {
    expect(noteDetail(note('indicator-matched', 'hightech_enterprises'), 'zh', indicatorOf)).toBe('→ “高新技术企业数量”');
    expect(noteDetail(note('indicator-matched', 'u_unknown'), 'zh', indicatorOf)).toBe('');
    expect(noteDetail(note('unit-converted', 'count'), 'zh', indicatorOf)).toBe('→ 个数（个、家、项…）');
    expect(noteDetail(note('unit-converted', 'yi_yuan'), 'en', indicatorOf)).toBe('→ 100 million yuan (亿元)');
  });
  it('keeps what the user wrote, and says nothing when there is nothing more', () => {
    expect(noteDetail(note('table-unit', '亿元'), 'zh', indicatorOf)).toBe('→ 亿元');
    expect(noteDetail(note('title-skipped'), 'zh', indicatorOf)).toBe('');
  });
});
