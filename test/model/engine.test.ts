// These tests compile formulas: mathjs's parser (loaded on demand, ~2 s in Node) must be ready first.
import '../setup/formula-parser.ts';
import { describe, expect, it } from 'vitest';
import {
  assess,
  createRandom,
  likelihood,
  normalCdf,
  observedGrowth,
  olsIncrement,
  pow,
  quantiles,
  ratePace,
  requiredGrowth,
  volatility,
  type Observation,
  type SeriesInput,
} from '../../src/model/index.ts';

const obs = (pairs: [number, number][]): Observation[] => pairs.map(([year, value]) => ({ year, value, quality: 'final' }));

describe('growth from history', () => {
  it('measures a CAGR from two points: 100 → 121 over 2 years is 10%', () => {
    const g = observedGrowth(obs([[2016, 100], [2018, 121]]), 2);
    expect(g?.growth).toBeCloseTo(0.1, 12);
    expect(g?.substituted).toBe(false);
  });
  it('uses the nearest later endpoint when the window start is missing, and says so', () => {
    // Window 5 from 2020 wants 2015; the first value inside is 2017: (160/100)^(1/3) − 1.
    const g = observedGrowth(obs([[2017, 100], [2020, 160]]), 5);
    expect(g?.fromYear).toBe(2017);
    expect(g?.substituted).toBe(true);
    expect(g?.growth).toBeCloseTo(1.6 ** (1 / 3) - 1, 12);
  });
  it('computes the growth a target needs: 100 → 121 in 2 years needs 10% a year', () => {
    expect(requiredGrowth(100, 2018, 121, 2020)).toBeCloseTo(0.1, 12);
    expect(requiredGrowth(100, 2020, 121, 2020)).toBeNull();
  });
  it('measures volatility as the sample SD of consecutive log growth, skipping gaps', () => {
    // ln(110/100) and ln(121/110) are both ln 1.1: SD 0. Adding 2019 → 2021 across a gap changes nothing.
    expect(volatility(obs([[2016, 100], [2017, 110], [2018, 121]]), 5)?.sigma).toBeCloseTo(0, 12);
    const v = volatility(obs([[2015, 100], [2016, 110], [2017, 99], [2019, 500]]), 5);
    // Logs: ln 1.1 = 0.09531, ln 0.9 = −0.10536; mean −0.005025; SD = |0.09531 + 0.10536| / √2 = 0.14190.
    expect(v?.pairs).toBe(2);
    expect(v?.sigma).toBeCloseTo((Math.log(1.1) - Math.log(0.9)) / Math.SQRT2, 10);
  });
  it('fits a linear increment by least squares: 1, 3, 5 rises by 2 a year', () => {
    expect(olsIncrement(obs([[1, 1], [2, 3], [3, 5]]), 5)).toBeCloseTo(2, 12);
  });
});

describe('pace and likelihood words', () => {
  it('rates pace by observed / required growth (Open SDG thresholds)', () => {
    expect(ratePace(0.1, 0.1, false).pace).toBe('on-track');
    expect(ratePace(0.07, 0.1, false).pace).toBe('needs-acceleration');
    expect(ratePace(0.03, 0.1, false).pace).toBe('limited-progress');
    expect(ratePace(-0.01, 0.1, false).pace).toBe('moving-away');
    expect(ratePace(0.01, 0.1, true).pace).toBe('achieved');
  });
  it('uses the IPCC calibrated scale', () => {
    expect([0.995, 0.95, 0.7, 0.5, 0.2, 0.05].map(likelihood)).toEqual([
      'virtually-certain',
      'very-likely',
      'likely',
      'about-as-likely-as-not',
      'unlikely',
      'very-unlikely',
    ]);
  });
});

describe('quantiles without sorting', () => {
  it('matches type-7 interpolation worked by hand', () => {
    // Sorted 1..5: h = 4p. p=0.25 → 2; p=0.5 → 3; p=0.05 → 1 + 0.2·1 = 1.2; p=0.95 → 4 + 0.8 = 4.8.
    expect(quantiles(Float64Array.of(4, 1, 3, 2, 5), [0.05, 0.25, 0.5, 0.95])).toEqual([1.2, 2, 3, 4.8]);
  });
  it('agrees with a full sort on random data', () => {
    const r = createRandom(3);
    const xs = new Float64Array(1001).map(() => r.normal());
    const sorted = [...xs].sort((a, b) => a - b);
    expect(quantiles(xs, [0.05, 0.5, 0.95])).toEqual([sorted[50], sorted[500], sorted[950]]);
  });
});

describe('bucketed quantiles on large samples', () => {
  const typeSeven = (sorted: number[], p: number) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    return (sorted[lo] as number) + (h - lo) * ((sorted[lo + 1] ?? sorted[lo]) as number - (sorted[lo] as number));
  };
  it.each([
    ['normal draws', (r: ReturnType<typeof createRandom>) => r.normal()],
    ['heavy ties', (r: ReturnType<typeof createRandom>) => Math.floor(r.uniform() * 7)],
    ['one outlier', (r: ReturnType<typeof createRandom>, i: number) => (i === 0 ? 1e12 : r.uniform())],
  ])('match a full sort for %s', (_name, draw) => {
    const r = createRandom(9);
    const xs = Float64Array.from({ length: 10_000 }, (_, i) => draw(r, i));
    const sorted = [...xs].sort((a, b) => a - b);
    const probs = [0.05, 0.25, 0.5, 0.75, 0.95];
    expect(quantiles(xs, probs)).toEqual(probs.map((p) => typeSeven(sorted, p)));
  });
});

describe('seeded random numbers', () => {
  it('gives the same digits for the same seed and different ones for another', () => {
    const a = createRandom(7).fillNormal(new Float64Array(5));
    const b = createRandom(7).fillNormal(new Float64Array(5));
    const c = createRandom(8).fillNormal(new Float64Array(5));
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
  });
  it('draws standard normals: mean 0 and SD 1 within sampling error', () => {
    const xs = createRandom(11).fillNormal(new Float64Array(200_000));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    // Standard errors: 1/√n = 0.0022 for the mean, 1/√(2n) = 0.0016 for the SD; allow 4 of them.
    expect(Math.abs(mean)).toBeLessThan(0.009);
    expect(Math.abs(sd - 1)).toBeLessThan(0.007);
  });
  it('refuses a seed that is not a safe integer instead of falling back to Math.random', () => {
    expect(() => createRandom(1.5)).toThrow(RangeError);
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
  });
});

describe('Monte Carlo attainment against the closed form', () => {
  // x0 = 100 in 2020, g = 5%, σ = 0.1, n = 4 years to 2024, K = 115; the trend itself certain (trendSd 0).
  // Median = 100·1.05^4 = 121.55; P(x ≥ 115) = Φ((ln 100 + 4 ln 1.05 − ln 115)/(0.1·√4))
  //        = Φ((4.60517 + 0.19516 − 4.74493)/0.2) = Φ(0.27700) = 0.6091.
  const series: SeriesInput = { indicatorId: 'x', region: 'r', history: obs([[2019, 95], [2020, 100]]), lowerBound: 0, upperBound: null };
  const run = (seed: number, extra = {}) =>
    assess({
      series: [series],
      targets: [{ id: 't', planId: 'p', indicatorId: 'x', region: 'r', year: 2024, value: 115, comparator: '>=' }],
      scenario: { asOf: null, horizon: 2024, seed, paths: 100_000, assumptions: { x: { growth: 0.05, volatility: 0.1, trendSd: 0, ...extra } } },
    });
  const closed = normalCdf((Math.log(100) + 4 * Math.log(1.05) - Math.log(115)) / (0.1 * 2));

  it('has the log-normal median x0(1+g)^n', () => {
    const t = run(1).targets[0];
    // Median of ln x has SE ≈ 1.2533·σ√n/√N = 1.2533·0.2/316 = 0.0008 in logs: about 0.1 in level.
    expect(t?.p50).toBeCloseTo(100 * 1.05 ** 4, 0);
  });
  it('meets the closed-form probability within Monte Carlo error', () => {
    const t = run(1).targets[0];
    expect(closed).toBeCloseTo(0.6091, 3);
    // SE of a proportion: √(p(1−p)/N) = √(0.609·0.391/100000) = 0.0015; allow 4 SE.
    expect(Math.abs((t?.probability ?? 0) - closed)).toBeLessThan(0.006);
    expect(t?.status).toBe('about-as-likely-as-not');
    expect(t?.required_growth).toBeCloseTo(1.15 ** (1 / 4) - 1, 12);
  });
  it('goal-seeks the growth that flips the likelihood word, and the simulation agrees', () => {
    const t = run(1).targets[0];
    // p ≈ 0.61 is "about as likely as not": up is "likely" (66%), down "unlikely" (below 33%).
    expect(t?.flip_up_status).toBe('likely');
    expect(t?.flip_down_status).toBe('unlikely');
    // Half a point past each boundary, the simulated word must follow.
    expect(run(1, { growth: (t?.flip_up_growth ?? 0) + 0.005 }).targets[0]?.status).toBe('likely');
    expect(run(1, { growth: (t?.flip_down_growth ?? 0) - 0.005 }).targets[0]?.status).toBe('unlikely');
  });
  it('reports the first year the median crosses the target', () => {
    // Medians 105, 110.25, 115.76: the first ≥ 115 is 2023.
    expect(run(1).targets[0]?.first_crossing_year).toBe(2023);
  });
  it('is deterministic for a seed and moves with another seed', () => {
    expect(run(5).targets).toEqual(run(5).targets);
    expect(run(5).targets[0]?.probability).not.toBe(run(6).targets[0]?.probability);
  });
  it('keeps the marginal spread under AR(1) persistence but widens the n-year spread', () => {
    // With ρ the n-year sum of unit-variance AR(1) shocks has variance n + 2Σ_{k<n}(n−k)ρ^k > n,
    // so the 5–95% band is wider than without persistence.
    const width = (r: ReturnType<typeof run>) => (r.targets[0]?.p95 ?? 0) - (r.targets[0]?.p05 ?? 0);
    expect(width(run(2, { persistence: 0.6 }))).toBeGreaterThan(width(run(2)) * 1.3);
  });
  it('applies a one-off shock to the level from its year on', () => {
    // A −20% shock in 2022 moves the 2024 median to 121.55 × 0.8 = 97.24.
    expect(run(1, { shocks: [{ year: 2022, size: -0.2 }] }).targets[0]?.p50).toBeCloseTo(121.55 * 0.8, 0);
  });
});

describe('derived indicators simulated from their parts', () => {
  it('gives the ratio of medians for noiseless parts and spreads when the parts are uncertain', () => {
    const spend: SeriesInput = { indicatorId: 'rd', region: 'r', history: obs([[2019, 90], [2020, 100]]), lowerBound: 0, upperBound: null };
    const gdp: SeriesInput = { indicatorId: 'gdp', region: 'r', history: obs([[2019, 4800], [2020, 5000]]), lowerBound: 0, upperBound: null };
    const ratio: SeriesInput = { indicatorId: 'ratio', region: 'r', history: obs([[2020, 2]]), lowerBound: 0, upperBound: 100 };
    const target = { id: 't', planId: 'p', indicatorId: 'ratio', region: 'r', year: 2022, value: 2.1, comparator: '>=' as const };
    const run = (sigma: number) =>
      assess({
        series: [spend, gdp, ratio],
        targets: [target],
        scenario: {
          asOf: null,
          horizon: 2022,
          seed: 4,
          paths: 20_000,
          assumptions: {
            rd: { growth: 0.1, volatility: sigma, trendSd: 0 },
            gdp: { growth: 0.05, volatility: sigma, trendSd: 0 },
            ratio: { derive: 'rd / gdp * 100' },
          },
        },
      });
    // Noiseless: 100·1.1² / (5000·1.05²) × 100 = 121 / 5512.5 × 100 = 2.19501.
    const exact = run(0).targets[0];
    expect(exact?.p50).toBeCloseTo(2.19501, 4);
    expect(exact?.probability).toBe(1);
    const noisy = run(0.05).targets[0];
    expect((noisy?.p95 ?? 0) - (noisy?.p05 ?? 0)).toBeGreaterThan(0.1);
    expect(noisy?.probability).toBeLessThan(1);
  });
  it('refuses a derive formula that names anything but indicators', () => {
    const a: SeriesInput = { indicatorId: 'a', region: 'r', history: obs([[2019, 1], [2020, 2]]), lowerBound: 0, upperBound: null };
    const r = assess({
      series: [a],
      targets: [],
      scenario: { asOf: null, horizon: 2021, seed: 1, paths: 10, assumptions: { a: { derive: 'constructor.constructor("x")()' } } },
    });
    expect(r.series[0]?.problem).toMatch(/^formula-/);
  });
});

describe('pow, the same bits in every engine', () => {
  it('gives exact integer powers and agrees with ** to rounding elsewhere', () => {
    expect(pow(10, -2)).toBe(0.01);
    expect(pow(1.1, 2)).toBe(1.1 * 1.1);
    expect(pow(2, 10)).toBe(1024);
    expect(pow(1.21, 0.5)).toBeCloseTo(1.1, 15);
    expect(pow(0, 2)).toBe(0);
    expect(pow(-8, 1 / 3)).toBeNaN();
  });
});
