// These tests compile formulas: mathjs's parser (loaded on demand, ~2 s in Node) must be ready first.
import '../setup/formula-parser.ts';
import { describe, expect, it } from 'vitest';
import { compileFormula, FormulaError } from '../../src/model/index.ts';

const codeOf = (text: string, symbols = ['x', 'g']) => {
  try {
    compileFormula(text, symbols);
    return 'ok';
  } catch (e) {
    return e instanceof FormulaError ? e.code : `threw ${String(e)}`;
  }
};

describe('compileFormula', () => {
  it('evaluates arithmetic over the allowed symbols', () => {
    const f = compileFormula('x * (1 + g) ^ 2 - min(x, 3)', ['x', 'g']);
    const env = new Float64Array(f.symbols.length);
    env[f.symbols.indexOf('x')] = 100;
    env[f.symbols.indexOf('g')] = 0.1;
    // 100 · 1.21 − 3 = 118.
    expect(f.evaluate(env)).toBeCloseTo(118, 12);
  });
  it.each([
    ['import({}, {})', 'formula-function'],
    ['evaluate("1+1")', 'formula-function'],
    ['createUnit("foo")', 'formula-function'],
    ['parse("x")', 'formula-function'],
    ['f(a) = a', 'formula-node'],
    ['x = 3', 'formula-node'],
    ['x.constructor', 'formula-node'],
    ['x["constructor"]', 'formula-node'],
    ['constructor(1)', 'formula-function'],
    ['__proto__(1)', 'formula-function'],
    ['"text"', 'formula-node'],
    ['[1, 2]', 'formula-node'],
    ['{a: 1}', 'formula-node'],
    ['y + 1', 'formula-symbol'],
    ['x +', 'formula-syntax'],
    ['', 'formula-empty'],
    ['x'.repeat(501), 'formula-too-long'],
    ['x == 1', 'formula-operator'],
  ])('refuses %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });
  it('says what is allowed when it refuses', () => {
    try {
      compileFormula('gdp2 / gdp', ['gdp', 'rd_expenditure']);
    } catch (e) {
      expect(e).toBeInstanceOf(FormulaError);
      expect((e as FormulaError).detail).toBe('gdp2');
      expect((e as FormulaError).allowed.symbols).toEqual(['gdp', 'rd_expenditure']);
    }
    expect.assertions(3);
  });
});
