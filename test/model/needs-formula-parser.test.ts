import { describe, expect, it } from 'vitest';
import { needsFormulaParser } from '../../src/model/index.ts';

describe('needsFormulaParser', () => {
  it('is true only when an assumption is a custom rule or a formula indicator', () => {
    expect(needsFormulaParser({})).toBe(false);
    expect(needsFormulaParser({ gdp: { rule: 'compound' }, rd: { rule: 'linear' } })).toBe(false);
    expect(needsFormulaParser({ gdp: { rule: 'expression' } })).toBe(true);
    expect(needsFormulaParser({ gdp: { expression: 'x * 1.05' } })).toBe(true);
    expect(needsFormulaParser({ gdp: {}, u_ratio: { derive: 'rd_expenditure / gdp' } })).toBe(true);
  });
});
