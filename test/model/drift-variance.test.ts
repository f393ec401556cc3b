import { describe, expect, it } from 'vitest';
import { assess } from '../../src/model/assess.ts';
import type { Assumption } from '../../src/model/assumptions.ts';
import { fitRandomWalk, walkForecast } from '../../src/model/baseline-random-walk.ts';
import { forecastSd, sumSd } from '../../src/model/goal-seek.ts';
import { resolveSeries, type ResolvedSeries } from '../../src/model/resolve-series.ts';
import type { SeriesInput } from '../../src/model/series.ts';
import { startPaths } from '../../src/model/simulate.ts';
import type { Observation, Quality } from '../../src/model/types.ts';

const at = (year: number, value: number, quality: Quality = 'final'): Observation => ({ year, value, quality });
const input = (history: Observation[]): SeriesInput => ({ indicatorId: 'gdp', region: 'r', history, lowerBound: null, upperBound: null });
// 2014–2018, the last value 100: the paths start at ln 100 in 2018; the fit spans 4 years.
const series = input([at(2014, 80), at(2015, 85), at(2016, 90), at(2017, 96), at(2018, 100)]);

const resolved = (assumption: Assumption): ResolvedSeries => {
  const r = resolveSeries(series, assumption, null);
  if ('problem' in r) throw new Error(r.problem);
  return r;
};

/** Sample mean and variance (n − 1) of ln x after `years` advances. */
function simulate(assumption: Assumption, paths: number, years: number, seed = 20240601): { mean: number; variance: number } {
  const state = startPaths(resolved(assumption), paths, seed);
  for (let i = 0; i < years; i++) state.advance();
  let sum = 0;
  for (const v of state.current) sum += v;
  const mean = sum / paths;
  let squares = 0;
  for (const v of state.current) squares += (v - mean) * (v - mean);
  return { mean, variance: squares / (paths - 1) };
}

/** The SE of a sample variance of N normal draws: √(2/(N − 1))·σ². */
const varianceSe = (variance: number, paths: number) => Math.sqrt(2 / (paths - 1)) * variance;

describe('the drift-uncertainty variance of ln x', () => {
  const N = 20_000;
  const h = 5;

  it('is σ²h + h²s² with the drift drawn once per path: σ = 0.05, s = 0.02, h = 5 gives 0.0225', () => {
    // σ²h = 0.0025·5 = 0.0125; h²s² = 25·0.0004 = 0.01; total 0.0225 (SD 0.15).
    // SE of the sample variance = √(2/19 999)·0.0225 = 0.000225; 4 SE = 0.0009. A drift drawn afresh each
    // year would give σ²h + h·s² = 0.0145; no drift uncertainty 0.0125: both far outside.
    const expected = 0.0025 * 5 + 25 * 0.0004;
    const { mean, variance } = simulate({ growth: 0.05, volatility: 0.05, trendSd: 0.02 }, N, h);
    expect(Math.abs(variance - expected)).toBeLessThan(4 * varianceSe(expected, N));
    // The mean: ln 100 + 5·ln 1.05 = 4.6051702 + 0.2439508 = 4.8491210, SE √(0.0225/20 000) = 0.00106.
    expect(Math.abs(mean - 4.849121)).toBeLessThan(4 * Math.sqrt(expected / N));
  });

  it('is σ²(h + h²/span) when s² = σ²/span: σ = 0.05, span 4 gives 0.028125, the random walk’s own', () => {
    // s = σ/√span = 0.05/2 = 0.025; σ²(h + h²/span) = 0.0025·(5 + 25/4) = 0.0025·11.25 = 0.028125.
    // 4 SE = 4·√(2/19 999)·0.028125 = 0.001125.
    const span = resolved({}).basis.fitYears as number;
    expect(span).toBe(4);
    const expected = 0.0025 * (5 + 25 / 4);
    const { variance } = simulate({ growth: 0.05, volatility: 0.05, trendSd: 0.05 / Math.sqrt(span) }, N, h);
    expect(Math.abs(variance - expected)).toBeLessThan(4 * varianceSe(expected, N));
    // The baseline random walk says the same in closed form: σ√(h(1 + h/span)) with σ = 0.05.
    const walk = { ...(fitRandomWalk(series.history) as NonNullable<ReturnType<typeof fitRandomWalk>>), sigma: 0.05 };
    expect(walkForecast(walk, 2018 + h).sd ** 2).toBeCloseTo(expected, 12);
  });

  it('carries persistence through sumSd: ρ = 0.5, h = 5 gives σ²·11.125 + h²s²', () => {
    // sd_5² = 5 + 2·(4·0.5 + 3·0.25 + 2·0.125 + 1·0.0625) = 5 + 2·3.0625 = 11.125.
    // σ²·11.125 + 25·0.0004 = 0.0278125 + 0.01 = 0.0378125; 4 SE = 0.0015125.
    expect(sumSd(5, 0.5) ** 2).toBeCloseTo(11.125, 12);
    const expected = 0.0025 * 11.125 + 25 * 0.0004;
    const { variance } = simulate({ growth: 0.05, volatility: 0.05, trendSd: 0.02, persistence: 0.5 }, N, h);
    expect(Math.abs(variance - expected)).toBeLessThan(4 * varianceSe(expected, N));
  });
});

describe('forecastSd, the closed form the goal-seek uses', () => {
  const base = { start: 100, target: 150, comparator: '>=' as const, shockLog: 0 };
  it('is √(σ²h + h²s²): σ = 0.05, s = 0.02, h = 5 gives √0.0225 = 0.15', () => {
    expect(forecastSd({ ...base, years: 5, sigma: 0.05, persistence: 0, driftSd: 0.02 })).toBeCloseTo(0.15, 14);
  });
  it('adds a rounded start’s spread²/3: √(0.0225 + 0.03²/3) = √0.0228 = 0.1509967', () => {
    expect(forecastSd({ ...base, years: 5, sigma: 0.05, persistence: 0, driftSd: 0.02, startSpread: 0.03 })).toBeCloseTo(0.1509967, 7);
  });
  it('uses sumSd for persistence: ρ = 0.5, h = 2: √(0.1²·3 + 4·0.02²) = √0.0316 = 0.1777639', () => {
    // sd_2² = 2 + 2·1·0.5 = 3.
    expect(forecastSd({ ...base, years: 2, sigma: 0.1, persistence: 0.5, driftSd: 0.02 })).toBeCloseTo(0.1777639, 7);
  });
  it('is σ√h without drift uncertainty (driftSd defaults to 0): 0.1·√4 = 0.2', () => {
    expect(forecastSd({ ...base, years: 4, sigma: 0.1, persistence: 0 })).toBeCloseTo(0.2, 14);
  });
});

describe('a lower bound after the last firm value', () => {
  // Firm 2015 = 100, 2016 = 120; a bound 2018 ≥ 200.
  const boundSeries = input([at(2015, 100), at(2016, 120), at(2018, 200, 'lower_bound')]);
  const result = assess({
    series: [boundSeries],
    targets: [{ id: 't', planId: 'p', indicatorId: 'gdp', region: 'r', year: 2018, value: 200, comparator: '>=' }],
    scenario: { asOf: null, horizon: 2019, seed: 7, paths: 4000, assumptions: {} },
  });
  const projection = result.series[0];
  if (!projection) throw new Error('no projection');
  const row = (year: number) => {
    const i = projection.years.indexOf(year);
    return Array.from(projection.quantiles.subarray(i * 5, i * 5 + 5));
  };

  it('starts the paths at the last firm value, 2016, and flags the bound as the latest value', () => {
    expect(projection.startYear).toBe(2016);
    expect(projection.startValue).toBe(120);
    expect(projection.lastActualYear).toBe(2018);
    expect(projection.years).toEqual([2017, 2018, 2019]);
    expect(projection.flags).toContain('start-lower-bound');
  });

  it('never fits growth on the bound: growth seen is 120/100 − 1 = 20%, from two points', () => {
    // With the bound in the fit it would be (200/100)^(1/3) − 1 = 26%.
    expect(projection.basis?.growthSeen).toBeCloseTo(0.2, 12);
    expect(projection.basis?.fitPoints).toBe(2);
    expect(projection.basis?.fitYears).toBe(1);
  });

  it('holds the 2018 paths at the floor: the lower quantiles sit at 200', () => {
    // Pooled on itself: σ_pool = 0.1 (no σ̂ anywhere), m = ln 1.2, τ² = 0.0004. σ² = 2·0.01/3 = 0.0066667;
    // w = 0.0004/0.0070667 = 0.0566; driftSd² = 0.0566·0.0066667 + 0.0001 = 0.0004774.
    // ln x₂₀₁₈ ~ N(ln(120·1.2²) = ln 172.8, 2·0.0066667 + 4·0.0004774 = 0.0152428), SD 0.1234616.
    // P(x < 200) = Φ(ln(200/172.8)/0.1234616) = Φ(1.1840) = 0.88 > 0.75: p05…p75 are all at the floor;
    // p95 = 172.8·e^(1.6449·0.1234616) = 211.7.
    const [p05, p25, p50, p75, p95] = row(2018);
    for (const q of [p05, p25, p50, p75]) expect(q).toBeCloseTo(200, 9);
    expect(p95).toBeGreaterThan(205);
    expect(p95).toBeLessThan(220);
    // The year before has no floor: its p05 is far below 200 (median ≈ 144).
    expect(row(2017)[0]).toBeLessThan(150);
  });

  it('decides "≥ 200 in 2018" by the bound itself, not by the paths', () => {
    // 2018 is the latest published year: the bound 200 clears a target of 200, so it is met, unprojected.
    expect(result.targets[0]?.verdict).toBe('met');
    expect(result.targets[0]?.status).toBe('met');
    expect(result.targets[0]?.probability).toBeNull();
  });
});
