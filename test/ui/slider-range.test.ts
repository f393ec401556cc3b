import { describe, expect, it } from 'vitest';
import { historySpread, keepWidth, pageMove, sliderRange, windowRange } from '../../src/ui/components/slider-range.ts';

const point = (year: number, value: number, quality = 'final') => ({ year, value, quality });

describe('what a history says about growth', () => {
  it('reads year-on-year growth of the firm values, a gap as compound years', () => {
    // 100 → 110 (+10%), 110 → 121 over two years: (121/110)^(1/2) − 1 = 4.88%;
    // mean (10 + 4.881)/2 = 7.440; sample SD |10 − 4.881|/√2 = 3.620. Span 2010–2013 = 3 years.
    const s = historySpread([point(2010, 100), point(2011, 110), point(2013, 121)], null);
    expect(s?.meanPct).toBeCloseTo(7.4404, 3);
    expect(s?.sdPct).toBeCloseTo(3.6198, 3);
    expect(s?.span).toBe(3);
  });
  it('leaves out lower bounds, estimates and years after the as-of year', () => {
    // Only 2010 and 2011 count: one rate of +10%, no SD from one rate.
    const s = historySpread([point(2010, 100), point(2011, 110), point(2012, 500, 'lower_bound'), point(2013, 1, 'estimate'), point(2014, 200)], 2013);
    expect(s?.meanPct).toBeCloseTo(10, 9);
    expect(s?.sdPct).toBeNull();
    expect(s?.span).toBe(1);
    expect(historySpread([point(2010, 100)], null)).toBeNull();
  });
});

describe('a slider range from the history', () => {
  it('spans three spreads each way on a PageUp grid of a tenth of that', () => {
    // half = 3 × 4 = 12; page = 12/10 = 1.2 taken down to 1; step 0.1; −7 … 17.
    expect(sliderRange({ center: 5, spread: 4, minHalf: 5, limits: [-99, 1000] })).toEqual({ min: -7, max: 17, step: 0.1, page: 1 });
    // half = 3 × 20 = 60; page 6 → 5; 12 − 60 = −48 → −50 on the grid, 72 → 75.
    expect(sliderRange({ center: 12, spread: 20, minHalf: 5, limits: [-99, 1000] })).toEqual({ min: -50, max: 75, step: 0.5, page: 5 });
  });
  it('keeps a least half-width for a quiet history, and clips to the schema', () => {
    // spread 0.5 → 1.5 < 5: half 5, page 0.5; step 0.05 is finer than the controls show, so 0.1.
    expect(sliderRange({ center: 1, spread: 0.5, minHalf: 5, limits: [0, 500] })).toEqual({ min: 0, max: 6, step: 0.1, page: 0.5 });
  });
  it('widens to take in a typed value, the fit and the growth targets need', () => {
    // −7 … 17 as above, then 42.3 → 43 and −11.5 → −12 on the 1-point grid; NaN is ignored.
    expect(sliderRange({ center: 5, spread: 4, minHalf: 5, limits: [-99, 1000], include: [42.3, -11.5, Number.NaN] })).toEqual({ min: -12, max: 43, step: 0.1, page: 1 });
  });
});

describe('the history window and PageUp', () => {
  it('runs from 2 years to the years of history, widened to the window shown', () => {
    // 8 years of history: 2 … 8, PageUp 8/5 → 1 year; a window of 12 typed widens it to 12; 1 to 1.
    expect(windowRange(8, [1, 50], [5])).toEqual({ min: 2, max: 8, step: 1, page: 1 });
    expect(windowRange(8, [1, 50], [12]).max).toBe(12);
    expect(windowRange(8, [1, 50], [1]).min).toBe(1);
    // 13 years: PageUp 2.6 → 2 years.
    expect(windowRange(13, [1, 50]).page).toBe(2);
  });
  it('moves by the page step, within the range', () => {
    const range = { min: -7, max: 17, step: 0.1, page: 1 };
    // 5.6 + 1 = 6.6 (not 6.6000000000000005); 16.5 + 1 stops at 17; −6.5 − 1 at −7.
    expect(pageMove(5.6, range, 1)).toBe(6.6);
    expect(pageMove(16.5, range, 1)).toBe(17);
    expect(pageMove(-6.5, range, -1)).toBe(-7);
  });
});

describe('a widened slider', () => {
  it('stays as wide as it has been while its page step is the same', () => {
    const now = { min: -7, max: 17, step: 0.1, page: 1 };
    // Widened to 40 by a typed value, then dragged back to 20: still −7 … 40.
    expect(keepWidth(now, { ...now, max: 40 })).toEqual({ ...now, max: 40 });
    expect(keepWidth(now, undefined)).toBe(now);
    // Another series' history (another page step) starts afresh.
    expect(keepWidth(now, { min: -50, max: 75, step: 0.5, page: 5 })).toBe(now);
  });
});
