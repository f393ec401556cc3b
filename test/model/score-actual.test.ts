import { describe, expect, it } from 'vitest';
import { pickActual, roundingStep, scoreActual } from '../../src/model/index.ts';

describe('roundingStep', () => {
  it('is the place value of the last significant digit', () => {
    // 1.2万 = 12000: the 2 sits in the thousands, so the figure was rounded to 1000.
    expect(roundingStep(12000)).toBe(1000);
    expect(roundingStep(12300)).toBe(100);
    expect(roundingStep(3.1)).toBe(0.1);
    expect(roundingStep(2.87)).toBeCloseTo(0.01, 12);
    expect(roundingStep(7)).toBe(1);
    expect(roundingStep(0)).toBe(1);
  });
  it('refuses a non-finite value', () => {
    expect(() => roundingStep(Number.NaN)).toThrow(RangeError);
  });
});

describe('scoreActual', () => {
  const atLeast = (value: number) => ({ value, comparator: '>=' as const });
  it('compares a final value exactly and reports the margin', () => {
    // 2.87 against a 2019 target of 2.8: 0.07 above, 0.07 / 2.8 = 2.5%.
    const s = scoreActual(atLeast(2.8), { year: 2019, value: 2.87, quality: 'final' });
    expect(s.verdict).toBe('met');
    expect(s.reason).toBe('exact');
    expect(s.margin).toBeCloseTo(0.07, 12);
    expect(s.relativeMargin).toBeCloseTo(0.025, 12);
    const miss = scoreActual(atLeast(3.2), { year: 2021, value: 3.12, quality: 'final' });
    expect(miss.verdict).toBe('missed');
    expect(miss.margin).toBeCloseTo(-0.08, 12);
  });
  it('reads a lower bound as "at least"', () => {
    // 超过8700 meets a target of 8000 whatever the true count is…
    expect(scoreActual(atLeast(8000), { year: 2017, value: 8700, quality: 'lower_bound' }).verdict).toBe('met');
    // …but says nothing about a target of 9000: the count may be 8701 or 9500.
    const open = scoreActual(atLeast(9000), { year: 2017, value: 8700, quality: 'lower_bound' });
    expect(open.verdict).toBe('undetermined');
    expect(open.reason).toBe('lower-bound-below-target');
    // For a cap, a lower bound above the cap is a clear miss.
    expect(scoreActual({ value: 100, comparator: '<=' }, { year: 2020, value: 120, quality: 'lower_bound' }).verdict).toBe(
      'missed',
    );
  });
  it('reads a rounded value as the interval it was rounded from', () => {
    // 1.2万 means 11500–12500: against 12000 that is undecidable, against 11400 a clear pass,
    // against 12600 a clear miss.
    expect(scoreActual(atLeast(12000), { year: 2020, value: 12000, quality: 'rounded' }).verdict).toBe('undetermined');
    expect(scoreActual(atLeast(11400), { year: 2020, value: 12000, quality: 'rounded' }).verdict).toBe('met');
    expect(scoreActual(atLeast(12600), { year: 2020, value: 12000, quality: 'rounded' }).verdict).toBe('missed');
  });
  it('has no relative margin for a zero target', () => {
    expect(scoreActual(atLeast(0), { year: 2020, value: 1, quality: 'final' }).relativeMargin).toBeNaN();
  });
});

describe('pickActual', () => {
  it('prefers the firmest quality, then the tightest lower bound, then file order', () => {
    const a = { year: 2017, value: 8600, quality: 'lower_bound' as const };
    const b = { year: 2017, value: 8700, quality: 'lower_bound' as const };
    expect(pickActual([a, b])).toBe(b);
    const prelim = { year: 2019, value: 2800, quality: 'preliminary' as const };
    const final = { year: 2019, value: 3098.49, quality: 'final' as const };
    expect(pickActual([prelim, final])).toBe(final);
    const first = { year: 2020, value: 1, quality: 'final' as const };
    const second = { year: 2020, value: 2, quality: 'final' as const };
    expect(pickActual([first, second])).toBe(first);
  });
  it('leaves a gap a gap', () => {
    expect(pickActual([])).toBeUndefined();
  });
});
