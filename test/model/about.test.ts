import { describe, expect, it } from 'vitest';
import {
  aboutBand,
  assess,
  DEFAULT_ABOUT_TOLERANCE,
  probabilityInBandLogNormal,
  satisfies,
  scoreActual,
  walkProbability,
  type Observation,
  type SeriesInput,
} from '../../src/model/index.ts';

describe('aboutBand', () => {
  it('is v·(1−t) to v·(1+t), ±2% by default', () => {
    // 3.4 · 0.98 = 3.332 and 3.4 · 1.02 = 3.468.
    expect(DEFAULT_ABOUT_TOLERANCE).toBe(0.02);
    const b = aboutBand(3.4);
    expect(b.low).toBeCloseTo(3.332, 12);
    expect(b.high).toBeCloseTo(3.468, 12);
    // 65 ± 5%: 61.75 to 68.25.
    expect(aboutBand(65, 0.05)).toEqual({ low: 61.75, high: 68.25 });
  });
  it('is closed at both ends for satisfies', () => {
    expect(satisfies(61.75, 65, '~', 0.05)).toBe(true);
    expect(satisfies(68.25, 65, '~', 0.05)).toBe(true);
    expect(satisfies(68.26, 65, '~', 0.05)).toBe(false);
    expect(satisfies(61.74, 65, '~', 0.05)).toBe(false);
    // The other comparators are as before: 66 is ≥ 65 and not ≤ 65.
    expect(satisfies(66, 65, '>=')).toBe(true);
    expect(satisfies(66, 65, '<=')).toBe(false);
  });
});

describe('scoreActual for an "about" target', () => {
  const about = { value: 65, comparator: '~' as const, tolerance: 0.02 };
  // Band 63.7 to 66.3.
  it('scores an exact value inside or outside the band', () => {
    expect(scoreActual(about, { year: 2021, value: 64, quality: 'final' }).verdict).toBe('met');
    expect(scoreActual(about, { year: 2021, value: 67, quality: 'final' }).verdict).toBe('missed');
    expect(scoreActual(about, { year: 2021, value: 63, quality: 'final' })).toMatchObject({ verdict: 'missed', reason: 'exact' });
  });
  it('scores a rounded value by its whole rounding interval', () => {
    // 65 is rounded to 1: 64.5–65.5 lies inside 63.7–66.3, so met.
    expect(scoreActual(about, { year: 2021, value: 65, quality: 'rounded' })).toMatchObject({ verdict: 'met', reason: 'rounded-clear' });
    // 68: 67.5–68.5 lies above the band, so missed.
    expect(scoreActual(about, { year: 2021, value: 68, quality: 'rounded' })).toMatchObject({ verdict: 'missed', reason: 'rounded-clear' });
    // 66: 65.5–66.5 straddles the top 66.3, so undetermined.
    expect(scoreActual(about, { year: 2021, value: 66, quality: 'rounded' })).toMatchObject({ verdict: 'undetermined', reason: 'within-rounding' });
    // 1000 rounded to 1000 (500–1500) around a 1000 ± 2% band (980–1020): both ends fail, yet it holds the band.
    expect(scoreActual({ value: 1000, comparator: '~' }, { year: 2021, value: 1000, quality: 'rounded' })).toMatchObject({ verdict: 'undetermined', reason: 'within-rounding' });
  });
  it('misses with a lower bound above the band, and leaves a lower one open', () => {
    expect(scoreActual(about, { year: 2021, value: 67, quality: 'lower_bound' })).toMatchObject({ verdict: 'missed', reason: 'lower-bound-clear' });
    expect(scoreActual(about, { year: 2021, value: 64, quality: 'lower_bound' })).toMatchObject({ verdict: 'undetermined', reason: 'lower-bound-below-target' });
    expect(scoreActual(about, { year: 2021, value: 60, quality: 'lower_bound' }).verdict).toBe('undetermined');
  });
});

describe('probability inside the band', () => {
  it('has the log-normal closed form', () => {
    // μ = ln 3.4, σ = 0.1, t = 0.02: Φ(ln 1.02 / 0.1) − Φ(ln 0.98 / 0.1) = Φ(0.19803) − Φ(−0.20203)
    //   = 0.57849 − 0.41995 = 0.15854.
    expect(probabilityInBandLogNormal(aboutBand(3.4, 0.02), Math.log(3.4), 0.1)).toBeCloseTo(0.15854, 4);
    // σ = 0 is a point mass: inside when exp(μ) is.
    expect(probabilityInBandLogNormal(aboutBand(3.4), Math.log(3.4), 0)).toBe(1);
    expect(probabilityInBandLogNormal(aboutBand(3.4), Math.log(4), 0)).toBe(0);
  });
  it('is what the random-walk baseline gives', () => {
    // The walk's forecast of ln x in 2021 is N(ln 3.4, 0.1²) when its drift is 0 and its spread 0.1 at h = 1 (span ∞).
    const walk = { start: Math.log(3.4), startYear: 2020, drift: 0, sigma: 0.1, span: Infinity };
    expect(walkProbability(walk, 3.4, 2021, '~', 0.02)).toBeCloseTo(0.15854, 4);
  });

  // x0 = 100 in 2020, g = 5%, σ = 0.1, 4 years to 2024, the trend certain (trendSd 0): ln x_2024 ~ N(ln 121.55, 0.2²).
  const obs = (pairs: [number, number][]): Observation[] => pairs.map(([year, value]) => ({ year, value, quality: 'final' }));
  const series: SeriesInput = { indicatorId: 'x', region: 'r', history: obs([[2019, 95], [2020, 100]]), lowerBound: 0, upperBound: null };
  const run = (tolerance: number | undefined, aboutTolerance?: number) =>
    assess({
      series: [series],
      targets: [{ id: 't', planId: 'p', indicatorId: 'x', region: 'r', year: 2024, value: 100 * 1.05 ** 4, comparator: '~', ...(tolerance === undefined ? {} : { tolerance }) }],
      scenario: { asOf: null, horizon: 2024, seed: 1, paths: 100_000, assumptions: { x: { growth: 0.05, volatility: 0.1, trendSd: 0 } }, ...(aboutTolerance === undefined ? {} : { aboutTolerance }) },
    }).targets[0];

  it('simulates the share of paths inside the band, converging to the closed form', () => {
    // Band ±5% around the median: Φ(ln 1.05 / 0.2) − Φ(ln 0.95 / 0.2) = Φ(0.24395) − Φ(−0.25647) = 0.19757.
    // SE of a proportion: √(0.198·0.802/100000) = 0.0013; allow 4 SE.
    const t = run(0.05);
    expect(Math.abs((t?.probability ?? 0) - 0.19757)).toBeLessThan(0.005);
    expect(t?.tolerance).toBe(0.05);
    // Growth needed puts the median at the band's centre: 5% a year.
    expect(t?.required_growth).toBeCloseTo(0.05, 12);
    // The chance rises and falls with growth: no one growth flips the word.
    expect(t?.flip_up_growth).toBeNull();
  });
  it('takes the scenario default when the target has none, and its own over the default', () => {
    // Default ±2%: Φ(ln 1.02 / 0.2) − Φ(ln 0.98 / 0.2) = Φ(0.09901) − Φ(−0.10101) = 0.07967.
    expect(Math.abs((run(undefined)?.probability ?? 0) - 0.07967)).toBeLessThan(0.004);
    expect(run(undefined)?.tolerance).toBe(0.02);
    expect(run(undefined, 0.05)?.probability).toBe(run(0.05)?.probability);
    expect(run(0.02, 0.05)?.probability).toBe(run(undefined)?.probability);
  });
});
