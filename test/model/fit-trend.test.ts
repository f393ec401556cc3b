import { describe, expect, it } from 'vitest';
import { fitTrend, trendPoints } from '../../src/model/fit-trend.ts';
import { chooseStart } from '../../src/model/resolve-series.ts';
import type { Observation, Quality } from '../../src/model/types.ts';

const at = (year: number, value: number, quality: Quality = 'final'): Observation => ({ year, value, quality });
const years = (points: readonly Observation[]) => points.map((o) => o.year);

describe('trendPoints: which points a trend rests on', () => {
  it('drops a lower bound when two firm points are in the window', () => {
    // Firm: 2016 = 100, 2017 = 110. The bound "2018 ≥ 150" only says "at least" and leaves.
    const history = [at(2016, 100), at(2017, 110), at(2018, 150, 'lower_bound')];
    const { points, soft } = trendPoints(history, 5);
    expect(years(points)).toEqual([2016, 2017]);
    expect(soft).toBe(false);
  });

  it('drops estimates the same way, and counts preliminary and rounded values as firm', () => {
    const history = [at(2015, 90, 'estimate'), at(2016, 100, 'preliminary'), at(2017, 110, 'estimate'), at(2018, 120, 'rounded')];
    const { points, soft } = trendPoints(history, 5);
    expect(years(points)).toEqual([2016, 2018]);
    expect(soft).toBe(false);
  });

  it('falls back to every point, flagged soft, when only one firm point is in the window', () => {
    // One firm point (2015) and two bounds: all three are all there is.
    const history = [at(2015, 100), at(2016, 120, 'lower_bound'), at(2017, 150, 'lower_bound')];
    const { points, soft } = trendPoints(history, 5);
    expect(years(points)).toEqual([2015, 2016, 2017]);
    expect(soft).toBe(true);
  });

  it('falls back when the other firm points lie before the window', () => {
    // Last firm point 2016, window 5 → from 2011; 2010 is outside, so only 2016 is firm in the window.
    // The soft window then ends at the last value (2017): 2012–2017 holds 2016 and the 2017 bound.
    const history = [at(2010, 50), at(2016, 100), at(2017, 130, 'lower_bound')];
    const { points, soft } = trendPoints(history, 5);
    expect(years(points)).toEqual([2016, 2017]);
    expect(soft).toBe(true);
  });

  it('anchors the window at the last firm point, not at a later bound', () => {
    // Window 2 from the last firm year 2014 covers 2012–2014. Anchored at the bound (2019) it would
    // cover 2017–2019, hold no firm point and fall back to the bound alone.
    const history = [at(2011, 80), at(2012, 90), at(2013, 100), at(2014, 110), at(2019, 200, 'lower_bound')];
    const { points, soft } = trendPoints(history, 2);
    expect(years(points)).toEqual([2012, 2013, 2014]);
    expect(soft).toBe(false);
  });

  it('leaves out values at or below zero', () => {
    const history = [at(2015, 0), at(2016, 100), at(2017, -5), at(2018, 121)];
    expect(years(trendPoints(history, 5).points)).toEqual([2016, 2018]);
  });

  it('returns nothing for an empty history', () => {
    expect(trendPoints([], 5)).toEqual({ points: [], soft: false });
  });
});

describe('fitTrend: a random walk with drift through the firm points, gaps allowed', () => {
  it('fits 100 (2015), 110 (2016), 133.1 (2018) exactly: μ̂ = ln 1.1, σ̂ = 0', () => {
    // μ̂ = (ln 133.1 − ln 100) / 3 = ln(1.331)/3 = ln 1.1 = 0.0953102.
    // Residuals: 2015→16: ln 1.1 − 1·ln 1.1 = 0; 2016→18 (k = 2): ln 1.21 − 2·ln 1.1 = 0. σ̂ = 0, df = 3 − 2 = 1.
    const fit = fitTrend([at(2015, 100), at(2016, 110), at(2018, 133.1)], 5);
    expect(fit?.drift).toBeCloseTo(Math.log(1.1), 12);
    expect(fit?.span).toBe(3);
    expect(fit?.df).toBe(1);
    expect(fit?.sigma).toBeCloseTo(0, 7);
    expect(fit?.fromYear).toBe(2015);
    expect(fit?.toYear).toBe(2018);
    expect(fit?.usedSoftPoints).toBe(false);
  });

  it('weights a gap by its length: 100, 120, 120 (gap), 144 gives σ̂ = ln 1.2 / √2', () => {
    // Years 2015, 2016, 2018, 2019; logs 0, a, a, 2a (+ ln 100) with a = ln 1.2 = 0.1823216.
    // μ̂ = 2a / 4 = a/2. Residuals (Δ − kμ̂)²/k: (a − a/2)²/1 = a²/4; (0 − 2·a/2)²/2 = a²/2; (a − a/2)²/1 = a²/4.
    // Σ = a², m − 2 = 2, σ̂² = a²/2, σ̂ = a/√2 = 0.1289208.
    const fit = fitTrend([at(2015, 100), at(2016, 120), at(2018, 120), at(2019, 144)], 5);
    expect(fit?.drift).toBeCloseTo(0.1823216 / 2, 7);
    expect(fit?.span).toBe(4);
    expect(fit?.df).toBe(2);
    expect(fit?.sigma).toBeCloseTo(0.1289208, 7);
  });

  it('uses the end points for μ̂, and with consecutive years σ̂ is the SD of the yearly log growth', () => {
    // 100, 130, 121: μ̂ = ln 1.21 / 2 = ln 1.1. Yearly growth ln 1.3 and ln(121/130) = ln 1.1 − ln(1.3/1.1),
    // so both residuals are ±d with d = ln(1.3/1.1) = 0.1670541; σ̂² = 2d²/1, σ̂ = d√2 = 0.2362502
    // (the sample SD of {ln 1.3, ln 0.930769}: mean ln 1.1, deviations ±d, n − 1 = 1).
    const fit = fitTrend([at(2016, 100), at(2017, 130), at(2018, 121)], 5);
    expect(fit?.drift).toBeCloseTo(Math.log(1.1), 12);
    expect(fit?.sigma).toBeCloseTo(0.2362502, 7);
    expect(fit?.df).toBe(1);
  });

  it('has no σ from two points: 100 (2016) → 121 (2018) is drift ln 1.1 over span 2, df 0', () => {
    const fit = fitTrend([at(2016, 100), at(2018, 121)], 5);
    expect(fit?.drift).toBeCloseTo(Math.log(1.1), 12);
    expect(fit?.span).toBe(2);
    expect(fit?.sigma).toBeNull();
    expect(fit?.df).toBe(0);
  });

  it('leaves a later lower bound out of the fit', () => {
    // With the bound 2018 ≥ 200 the drift would be ln 2 / 3; without it, ln 1.2 over 2015–16.
    const fit = fitTrend([at(2015, 100), at(2016, 120), at(2018, 200, 'lower_bound')], 5);
    expect(fit?.drift).toBeCloseTo(Math.log(1.2), 12);
    expect(fit?.toYear).toBe(2016);
    expect(fit?.usedSoftPoints).toBe(false);
  });

  it('fits on bounds when one firm point is all there is, and says so', () => {
    // 100 (2015 final) → 150 (2017 bound): μ̂ = ln 1.5 / 2 = 0.2027326. Through 120 (2016 bound):
    // residuals ln 1.2 − μ̂ = −0.0204110 and ln 1.25 − μ̂ = 0.0204110; σ̂² = 2·0.0204110² / 1, σ̂ = 0.0204110·√2 = 0.0288655.
    const fit = fitTrend([at(2015, 100), at(2016, 120, 'lower_bound'), at(2017, 150, 'lower_bound')], 5);
    expect(fit?.usedSoftPoints).toBe(true);
    expect(fit?.drift).toBeCloseTo(0.2027326, 7);
    expect(fit?.sigma).toBeCloseTo(0.0288655, 7);
  });

  it('cuts points before the window, which ends at the last firm year', () => {
    // Window 5 from 2017 starts at 2012: 2010 = 50 leaves, so μ̂ = ln(121/100)/2 = ln 1.1, not ln(121/50)/7.
    const fit = fitTrend([at(2010, 50), at(2015, 100), at(2016, 110), at(2017, 121)], 5);
    expect(fit?.fromYear).toBe(2015);
    expect(fit?.drift).toBeCloseTo(Math.log(1.1), 12);
  });

  it('returns null with fewer than two usable points', () => {
    expect(fitTrend([at(2018, 100)], 5)).toBeNull();
    expect(fitTrend([], 5)).toBeNull();
  });
});

describe('chooseStart: where the paths start', () => {
  it('takes the last firm value, passing over a later bound', () => {
    expect(chooseStart([at(2015, 100), at(2016, 110, 'rounded'), at(2017, 150, 'lower_bound')])).toEqual(at(2016, 110, 'rounded'));
    expect(chooseStart([at(2015, 100), at(2016, 110, 'preliminary'), at(2017, 130, 'estimate')])).toEqual(at(2016, 110, 'preliminary'));
  });
  it('takes the last estimate when nothing is firm', () => {
    expect(chooseStart([at(2014, 90, 'estimate'), at(2015, 100, 'estimate'), at(2016, 150, 'lower_bound')])).toEqual(at(2015, 100, 'estimate'));
  });
  it('takes the last value, a bound, when there is nothing else', () => {
    expect(chooseStart([at(2015, 100, 'lower_bound'), at(2016, 150, 'lower_bound')])).toEqual(at(2016, 150, 'lower_bound'));
  });
  it('has no start without history', () => {
    expect(chooseStart([])).toBeUndefined();
  });
});
