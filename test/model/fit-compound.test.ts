import { describe, expect, it } from 'vitest';
import { fitCompound, sigmaFloor } from '../../src/model/fit-compound.ts';
import type { TrendFit } from '../../src/model/fit-trend.ts';
import type { Pool } from '../../src/model/pool.ts';
import { resolveSeries, type ResolvedSeries } from '../../src/model/resolve-series.ts';
import type { SeriesInput } from '../../src/model/series.ts';
import type { Observation, Quality } from '../../src/model/types.ts';

/** Pooled σ 0.1; levels: median drift m = 0.05, τ² = 0.0009 (τ = 0.03). */
const pool: Pool = {
  sigma: 0.1,
  df: 20,
  kinds: { level: { drift: 0.05, tau2: 0.0009, series: 2 }, share: { drift: 0.01, tau2: 0.0004, series: 2 } },
};
const fit = (over: Partial<TrendFit>): TrendFit => ({ drift: 0, span: 4, sigma: 0.05, df: 3, fromYear: 2014, toYear: 2018, usedSoftPoints: false, ...over });

const resolved = (r: ReturnType<typeof resolveSeries>): ResolvedSeries => {
  if ('problem' in r) throw new Error(r.problem);
  return r;
};
const at = (year: number, value: number, quality: Quality = 'final'): Observation => ({ year, value, quality });
const input = (history: Observation[]): SeriesInput => ({ indicatorId: 'gdp', region: 'r', history, lowerBound: null, upperBound: null });

// The constants the fit rests on are pinned by what they do, not restated: the prior's 2 degrees of
// freedom are the 2·σ_pool² in every σ² below, the drift instability κ = 0.01 the 0.01² in every
// driftSd, and the floor's share the halving here.
describe('the σ floor', () => {
  it('is half the pooled σ: 0.5 · 0.1 = 0.05, and 0.5 · 0.3 = 0.15', () => {
    expect(sigmaFloor(pool)).toBeCloseTo(0.05, 15);
    expect(sigmaFloor({ ...pool, sigma: 0.3 })).toBeCloseTo(0.15, 15);
  });
});

describe('fitCompound: the pooling weight on two series', () => {
  it('shrinks a short, fast series a long way toward its kind', () => {
    // A: μ̂ = 0.10 over span 4, σ̂ = 0.08 on df 3; the kind's m = 0.05, τ² = 0.0009.
    // Distance: (μ̂ − m)² = 0.0025, less τ², times span: (0.0025 − 0.0009)·4 = 0.0064.
    // σ² = (3·0.0064 + 2·0.1² + 0.0064) / (3 + 2 + 1) = (0.0192 + 0.02 + 0.0064)/6 = 0.0456/6 = 0.0076; σ = 0.0871780.
    // Sampling variance σ²/span = 0.0019; w = 0.0009/(0.0009 + 0.0019) = 9/28 = 0.3214286.
    // Drift = 9/28·0.10 + 19/28·0.05 = 1.85/28 = 0.0660714.
    // driftSd = √(9/28·0.0019 + 0.01²) = √(0.000610714 + 0.0001) = √0.000710714 = 0.0266592.
    const c = fitCompound(fit({ drift: 0.1, span: 4, sigma: 0.08, df: 3 }), pool, pool.kinds.level);
    expect(c.sigma).toBeCloseTo(0.087178, 6);
    expect(c.sigmaSource).toBe('own');
    expect(c.evidenceWeight).toBeCloseTo(9 / 28, 12);
    expect(c.drift).toBeCloseTo(0.0660714, 7);
    expect(c.driftSd).toBeCloseTo(0.0266592, 7);
  });

  it('lets a long series close to its kind mostly speak for itself', () => {
    // B: μ̂ = 0.04 over span 8, σ̂ = 0.06 on df 7. (μ̂ − m)² = 0.0001 < τ², so the distance term is 0.
    // σ² = (7·0.0036 + 0.02 + 0)/(7 + 2 + 1) = 0.0452/10 = 0.00452; σ = 0.06723095.
    // σ²/span = 0.000565; w = 0.0009/0.001465 = 0.6143345; drift = 0.05 − 0.01·w = 0.04385666.
    // driftSd = √(w·0.000565 + 0.0001) = √(0.000347099 + 0.0001) = 0.0211447.
    const c = fitCompound(fit({ drift: 0.04, span: 8, sigma: 0.06, df: 7 }), pool, pool.kinds.level);
    expect(c.sigma).toBeCloseTo(0.06723095, 8);
    expect(c.evidenceWeight).toBeCloseTo(0.6143345, 7);
    expect(c.drift).toBeCloseTo(0.04385666, 8);
    expect(c.driftSd).toBeCloseTo(0.0211447, 7);
  });

  it('uses the pool of the kind it is given', () => {
    // Same B against the shares (m = 0.01, τ² = 0.0004): (0.04 − 0.01)² = 0.0009, distance (0.0009 − 0.0004)·8 = 0.004.
    // σ² = (0.0252 + 0.02 + 0.004)/10 = 0.00492; σ²/8 = 0.000615; w = 0.0004/0.001015 = 0.3940887.
    // Drift = 0.01 + w·0.03 = 0.0218227.
    const c = fitCompound(fit({ drift: 0.04, span: 8, sigma: 0.06, df: 7 }), pool, pool.kinds.share);
    expect(c.evidenceWeight).toBeCloseTo(0.3940887, 7);
    expect(c.drift).toBeCloseTo(0.0218227, 7);
  });

  it('borrows σ from the pool when the series has none of its own (two points)', () => {
    // μ̂ = m, span 2, σ̂ null, df 0: σ² = (0 + 2·0.01 + 0)/(0 + 2 + 1) = 0.0066667; σ = 0.0816497, pooled.
    const c = fitCompound(fit({ drift: 0.05, span: 2, sigma: null, df: 0 }), pool, pool.kinds.level);
    expect(c.sigma).toBeCloseTo(0.0816497, 7);
    expect(c.sigmaSource).toBe('pooled');
  });

  it('widens σ by the distance from the kind when the series has no σ̂ and a trend far from it', () => {
    // μ̂ = 0.30 over span 2, σ̂ null: distance ((0.30 − 0.05)² − 0.0009)·2 = (0.0625 − 0.0009)·2 = 0.1232,
    // more than the prior's 2·0.01 = 0.02. σ² = (0 + 0.02 + 0.1232)/3 = 0.0477333; σ = 0.2184796.
    const c = fitCompound(fit({ drift: 0.3, span: 2, sigma: null, df: 0 }), pool, pool.kinds.level);
    expect(c.sigma).toBeCloseTo(0.2184796, 7);
    expect(c.sigmaSource).toBe('distance');
  });
});

describe('fitCompound: the σ floor', () => {
  it('holds a near-steady series at the floor, half of σ_pool', () => {
    // σ̂ = 0.00003 on df 10, μ̂ = m: σ² = (10·9e-10 + 0.02)/13 = 0.00153847, σ = 0.0392233 < 0.05 → 0.05.
    // The weight then uses the floored σ: σ²/span = 0.0025/4 = 0.000625; w = 0.0009/0.001525 = 0.5901639.
    // driftSd = √(w·0.000625 + 0.0001) = √(0.000368852 + 0.0001) = 0.0216530.
    const c = fitCompound(fit({ drift: 0.05, span: 4, sigma: 0.00003, df: 10 }), pool, pool.kinds.level);
    expect(c.sigma).toBe(sigmaFloor(pool));
    expect(c.sigma).toBeCloseTo(0.05, 15);
    expect(c.sigmaSource).toBe('floor');
    expect(c.evidenceWeight).toBeCloseTo(0.5901639, 7);
    expect(c.driftSd).toBeCloseTo(0.021653, 7);
  });

  it('is not reached while the pooled prior holds σ up (few degrees of freedom)', () => {
    // σ̂ ≈ 0 on df 3: σ² = 0.02/6 = 0.0033333, σ = 0.0577350 > 0.05.
    const c = fitCompound(fit({ drift: 0.05, span: 4, sigma: 0, df: 3 }), pool, pool.kinds.level);
    expect(c.sigma).toBeCloseTo(0.057735, 6);
    expect(c.sigmaSource).toBe('own');
  });
});

describe('fitCompound: a fit on bounds or estimates', () => {
  it('drops the trend: the kind’s drift with SD √(τ² + κ²), the pooled σ, weight 0', () => {
    // driftSd = √(0.0009 + 0.0001) = √0.001 = 0.0316228; σ = max(0.05, 0.1) = 0.1.
    const c = fitCompound(fit({ drift: 0.3, span: 2, sigma: 0.01, df: 1, usedSoftPoints: true }), pool, pool.kinds.level);
    expect(c.drift).toBe(0.05);
    expect(c.driftSd).toBeCloseTo(0.0316228, 7);
    expect(c.sigma).toBe(0.1);
    expect(c.evidenceWeight).toBe(0);
    expect(c.sigmaSource).toBe('pooled');
  });
});

describe('resolveSeries: fitted defaults against what the user sets', () => {
  // 100, 130, 121 (2016–18): μ̂ = ln 1.1 = 0.0953102 over span 2, σ̂² = 2d² = 0.0558141 on df 1 (d = ln(1.3/1.1)).
  const s = input([at(2016, 100), at(2017, 130), at(2018, 121)]);

  it('fits the default by pooling', () => {
    // Gap μ̂ − m = 0.0453102, squared 0.0020530; distance (0.0020530 − 0.0009)·2 = 0.0023060.
    // σ² = (0.0558141 + 0.02 + 0.0023060)/(1 + 2 + 1) = 0.0781201/4 = 0.0195300; σ = 0.1397499.
    // σ²/span = 0.0097650; w = 0.0009/0.0106650 = 0.0843880; drift = 0.05 + w·0.0453102 = 0.0538236;
    // growth = e^0.0538236 − 1 = 0.0552985; driftSd = √(w·0.009765 + 0.0001) = √0.000924051 = 0.0303982.
    const r = resolved(resolveSeries(s, {}, null, pool));
    expect(r.sigma).toBeCloseTo(0.1397499, 7);
    expect(r.basis.evidenceWeight).toBeCloseTo(0.084388, 6);
    expect(r.parameters.growth).toBeCloseTo(0.0552985, 6);
    expect(r.driftSd).toBeCloseTo(0.0303982, 7);
    expect(r.basis.growthSeen).toBeCloseTo(0.1, 12);
    expect(r.basis.sigmaSource).toBe('own');
    // w < 0.8: the growth is mostly the kind's, and the reader is told.
    expect(r.flags).toContain('growth-pooled');
  });

  it('uses a growth and σ the user set as given, with no pooling on top', () => {
    const r = resolved(resolveSeries(s, { growth: 0.07, volatility: 0.03 }, null, pool));
    expect(r.parameters.growth).toBe(0.07);
    expect(r.basis.growthUsed).toBe(0.07);
    expect(r.rule.space === 'log' && r.rule.drift).toBeCloseTo(Math.log(1.07), 12);
    expect(r.sigma).toBe(0.03);
    expect(r.basis.sigmaSource).toBe('user');
    expect(r.basis.evidenceWeight).toBeNull();
    expect(r.flags).not.toContain('growth-pooled');
    expect(r.flags).not.toContain('volatility-assumed');
    // The growth seen is still the series' own, and the trend's uncertainty stays the fitted one.
    expect(r.basis.growthSeen).toBeCloseTo(0.1, 12);
    expect(r.driftSd).toBeCloseTo(0.0303982, 7);
  });

  it('lets trendSd override the fitted drift SD, down to 0', () => {
    expect(resolved(resolveSeries(s, { trendSd: 0.02 }, null, pool)).driftSd).toBe(0.02);
    expect(resolved(resolveSeries(s, { trendSd: 0.02 }, null, pool)).basis.driftSd).toBe(0.02);
    expect(resolved(resolveSeries(s, { growth: 0.07, volatility: 0.03, trendSd: 0 }, null, pool)).driftSd).toBe(0);
  });

  it('draws no drift for a rule other than compound', () => {
    expect(resolved(resolveSeries(s, { rule: 'linear', trendSd: 0.02 }, null, pool)).driftSd).toBe(0);
  });

  it('flags a σ borrowed from the pool, and a trend fitted on bounds', () => {
    // Two firm points: no σ̂ of its own.
    const two = resolved(resolveSeries(input([at(2016, 100), at(2018, 121)]), {}, null, pool));
    expect(two.basis.sigmaSource).toBe('pooled');
    expect(two.flags).toContain('volatility-assumed');
    // One firm point and a bound: the fit is soft; growth is the kind's 5% drift, e^0.05 − 1 = 0.0512711.
    const soft = resolved(resolveSeries(input([at(2016, 100), at(2018, 150, 'lower_bound')]), {}, null, pool));
    expect(soft.flags).toContain('fit-on-bounds');
    expect(soft.parameters.growth).toBeCloseTo(0.0512711, 7);
    expect(soft.basis.evidenceWeight).toBe(0);
  });
});
