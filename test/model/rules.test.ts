// These tests compile formulas: mathjs's parser (loaded on demand, ~2 s in Node) must be ready first.
import '../setup/formula-parser.ts';
import { describe, expect, it } from 'vitest';
import { compoundRule } from '../../src/model/rules/growth-compound.ts';
import { expressionRule } from '../../src/model/rules/growth-expression.ts';
import { linearRule } from '../../src/model/rules/growth-linear.ts';
import { logisticRateFor, logisticRule } from '../../src/model/rules/growth-logistic.ts';
import type { GrowthRule } from '../../src/model/rules/growth-rule.ts';
import { FormulaError } from '../../src/model/formula.ts';

/** The level-space step of a rule; fails the test if the rule is a log-space drift. */
function stepOf(rule: GrowthRule): (x: number, year: number) => number {
  expect(rule.space).toBe('level');
  if (rule.space !== 'level') throw new Error('not a level rule');
  return rule.next;
}

/** Apply a level rule n times from x, for the years from `year` on. */
function run(rule: GrowthRule, x: number, year: number, n: number): number[] {
  const next = stepOf(rule);
  const path = [x];
  for (let i = 0; i < n; i++) path.push(next(path[i] as number, year + i));
  return path;
}

/** The code of the FormulaError that `f` throws, or what else happened. */
function formulaCode(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    return e instanceof FormulaError ? e.code : `threw ${String(e)}`;
  }
}

describe('linearRule', () => {
  it('adds the increment each year: 10 → 12.5 → 15 → 17.5 with b = 2.5', () => {
    // 10 + 2.5 = 12.5; 12.5 + 2.5 = 15; 15 + 2.5 = 17.5 (all exact in binary).
    expect(run(linearRule(2.5), 10, 2025, 3)).toEqual([10, 12.5, 15, 17.5]);
  });
  it('takes a negative increment and ignores the year', () => {
    const next = stepOf(linearRule(-3));
    // 10 − 3 = 7, whatever the year.
    expect(next(10, 2025)).toBe(7);
    expect(next(10, 1990)).toBe(7);
  });
  it('with b = 0 keeps the value', () => {
    expect(run(linearRule(0), 42, 2025, 2)).toEqual([42, 42, 42]);
  });
});

describe('logisticRule', () => {
  it('steps x + r·x·(1 − x/C): with r = 0.5, C = 100, 20 → 28 → 38.08', () => {
    const path = run(logisticRule(0.5, 100), 20, 2025, 2);
    // 20 + 0.5·20·(1 − 20/100) = 20 + 10·0.8 = 28.
    expect(path[1]).toBeCloseTo(28, 12);
    // 28 + 0.5·28·(1 − 28/100) = 28 + 14·0.72 = 28 + 10.08 = 38.08.
    expect(path[2]).toBeCloseTo(38.08, 12);
  });
  it('stops at the ceiling and pulls a value above it back down', () => {
    const next = stepOf(logisticRule(0.5, 100));
    // At C: 100 + 0.5·100·(1 − 1) = 100, a fixed point.
    expect(next(100, 2025)).toBe(100);
    // Above C: 120 + 0.5·120·(1 − 1.2) = 120 − 60·0.2 = 108.
    expect(next(120, 2025)).toBeCloseTo(108, 12);
    // Zero stays zero: 0 + 0.5·0·1 = 0.
    expect(next(0, 2025)).toBe(0);
  });
  it('far below the ceiling grows at nearly r', () => {
    // 1 + 0.1·1·(1 − 1/10000) = 1 + 0.1·0.9999 = 1.09999.
    expect(stepOf(logisticRule(0.1, 10000))(1, 2025)).toBeCloseTo(1.09999, 12);
  });
  it.each([0, -5, Number.NaN])('refuses the ceiling %s', (ceiling) => {
    expect(() => logisticRule(0.5, ceiling)).toThrow(RangeError);
  });
});

describe('logisticRateFor', () => {
  it('inverts g = r(1 − x_L/C): g = 8% from 20 toward 100 needs r = 0.08 / 0.8 = 0.1', () => {
    expect(logisticRateFor(0.08, 20, 100)).toBeCloseTo(0.1, 12);
  });
  it('gives a rule whose first year grows by exactly g', () => {
    const r = logisticRateFor(0.08, 20, 100);
    // 20 + 0.1·20·0.8 = 20 + 1.6 = 21.6 = 20·1.08.
    expect(stepOf(logisticRule(r, 100))(20, 2025)).toBeCloseTo(21.6, 12);
  });
  it('from zero the rate is g itself: 0.05 / (1 − 0/50) = 0.05', () => {
    expect(logisticRateFor(0.05, 0, 50)).toBe(0.05);
  });
  it('at or above the ceiling there is no room, so the rate is 0', () => {
    // 1 − 100/100 = 0 and 1 − 150/100 = −0.5: no rate reproduces g, so 0.
    expect(logisticRateFor(0.08, 100, 100)).toBe(0);
    expect(logisticRateFor(0.08, 150, 100)).toBe(0);
  });
});

describe('expressionRule', () => {
  it('evaluates x * (1 + g) + 50 with g = 0.1: 100 → 160 → 226', () => {
    // 100·1.1 + 50 = 160; 160·1.1 + 50 = 176 + 50 = 226.
    const path = run(expressionRule('x * (1 + g) + 50', { g: 0.1 }), 100, 2025, 2);
    expect(path[1]).toBeCloseTo(160, 12);
    expect(path[2]).toBeCloseTo(226, 12);
  });
  it('passes the year being projected as t', () => {
    const next = stepOf(expressionRule('x + t - 2020'));
    // 10 + 2025 − 2020 = 15; 10 + 2030 − 2020 = 20.
    expect(next(10, 2025)).toBe(15);
    expect(next(10, 2030)).toBe(20);
  });
  it('uses the allowlisted functions and several parameters', () => {
    // sqrt(16)·3 + 10^2/50 = 4·3 + 100/50 = 12 + 2 = 14.
    expect(stepOf(expressionRule('sqrt(x) * k + x0 ^ 2 / C', { k: 3, x0: 10, C: 50 }))(16, 2025)).toBeCloseTo(14, 12);
  });
  it('does not let a parameter named x or t shadow the value or the year', () => {
    const next = stepOf(expressionRule('x + t', { x: 99, t: 1000 }));
    // 5 + 2025 = 2030, not 99 + 1000.
    expect(next(5, 2025)).toBe(2030);
  });
  it('needs neither x nor t: a constant formula gives the constant', () => {
    expect(stepOf(expressionRule('g * 2', { g: 21 }))(5, 2025)).toBe(42);
  });
  it.each([
    ['y + 1', {}, 'formula-symbol'],
    ['x * (1 + g)', {}, 'formula-symbol'],
    ['evaluate("1 + 1")', {}, 'formula-function'],
    ['import({}, {})', {}, 'formula-function'],
    ['x = 3', {}, 'formula-node'],
    ['x.constructor', {}, 'formula-node'],
    ['x == 1', {}, 'formula-operator'],
    ['x +', {}, 'formula-syntax'],
    ['', {}, 'formula-empty'],
  ])('refuses %s with %o as %s', (expression, params: Record<string, number>, code) => {
    expect(formulaCode(() => expressionRule(expression, params))).toBe(code);
  });
});

describe('compoundRule', () => {
  it('is a log-space drift of ln(1 + g): ln 1.1 = 0.0953101798…', () => {
    const rule = compoundRule(0.1);
    expect(rule.space).toBe('log');
    if (rule.space !== 'log') return;
    expect(rule.drift).toBeCloseTo(0.0953101798043, 12);
    // Two years of drift give the median 100·e^(2·ln 1.1) = 100·1.21 = 121.
    expect(100 * Math.exp(2 * rule.drift)).toBeCloseTo(121, 10);
  });
  it.each([
    // ln 1 = 0 exactly; ln 2 = 0.693147180559945…; ln 0.5 = −ln 2.
    [0, 0],
    [1, Math.LN2],
    [-0.5, -Math.LN2],
  ])('g = %s gives drift %s', (growth, drift) => {
    expect(compoundRule(growth)).toEqual({ space: 'log', drift: expect.closeTo(drift, 15) as number });
  });
  it.each([-1, -1.5, Number.NaN])('refuses g = %s (at or below −100%%)', (growth) => {
    expect(() => compoundRule(growth)).toThrow(RangeError);
  });
});
