import { describe, expect, it } from 'vitest';
import { keepIfSame } from '../../src/charts/keep-if-same.ts';

describe('keepIfSame', () => {
  const fan = { years: [2021] };
  it('gives back the previous object when every field is the same value', () => {
    const previous = { fan, width: 640, locale: 'zh' };
    expect(keepIfSame(previous, { fan, width: 640, locale: 'zh' })).toBe(previous);
  });
  it('gives the new object when a field differs, even one that is equal in content only', () => {
    const previous = { fan, width: 640 };
    const moved = { fan: { years: [2021] }, width: 640 };
    expect(keepIfSame(previous, moved)).toBe(moved);
    const wider = { fan, width: 641 };
    expect(keepIfSame(previous, wider)).toBe(wider);
  });
  it('gives the new object when a field is added or there was none before', () => {
    // An optional field (the chart's as-of year) appears.
    const before: { fan: typeof fan; width: number; asOf?: number } = { fan, width: 640 };
    const added = { fan, width: 640, asOf: 2018 };
    expect(keepIfSame(before, added)).toBe(added);
    expect(keepIfSame(null, added)).toBe(added);
  });
});
