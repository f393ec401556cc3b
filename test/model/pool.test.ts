import { describe, expect, it } from 'vitest';
import { median, poolSeries } from '../../src/model/pool.ts';
import type { SeriesInput, SeriesKind } from '../../src/model/series.ts';
import type { Observation } from '../../src/model/types.ts';

const series = (id: string, points: [number, number][], kind?: SeriesKind): SeriesInput => ({
  indicatorId: id,
  region: 'r',
  history: points.map(([year, value]): Observation => ({ year, value, quality: 'final' })),
  lowerBound: null,
  upperBound: null,
  ...(kind ? { kind } : {}),
});

/**
 * A series whose fit is known by construction: 100, 100·e^(μ+e), 100·e^(2μ) in 2017–2019. Then
 * μ̂ = 2μ/2 = μ, the residuals are ±e, σ̂² = 2e²/(3 − 2) = 2e², df = 1, and the drift's sampling
 * variance σ̂²/span = 2e²/2 = e².
 */
const zigzag = (id: string, mu: number, e: number, kind?: SeriesKind) =>
  series(id, [[2017, 100], [2018, 100 * Math.exp(mu + e)], [2019, 100 * Math.exp(2 * mu)]], kind);

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('poolSeries: pooled σ', () => {
  it('pools σ² by degrees of freedom: √((1·2d² + 2·a²/2) / 3)', () => {
    // A: 100, 130, 121 (2016–18): σ̂² = 2d², d = ln(1.3/1.1) → 2d² = 0.0558141, df 1.
    // B: 100, 120, 120, 144 (2015, 2016, 2018, 2019): σ̂² = a²/2, a = ln 1.2 → a² = 0.0332412, df 2.
    // σ = √((0.0558141 + 0.0332412)/3) = √0.0296851 = 0.1722936, on df = 3.
    // C: two points only, no σ̂: it adds nothing to σ or df.
    const pool = poolSeries(
      [
        series('a', [[2016, 100], [2017, 130], [2018, 121]]),
        series('b', [[2015, 100], [2016, 120], [2018, 120], [2019, 144]]),
        series('c', [[2016, 100], [2018, 150]]),
      ],
      null,
    );
    expect(pool.sigma).toBeCloseTo(0.1722936, 7);
    expect(pool.df).toBe(3);
  });

  it('falls back to σ = 10% with nothing to pool, and a zero drift with τ = MIN_TAU = 0.02', () => {
    const pool = poolSeries([series('a', [[2018, 100]])], null);
    expect(pool.sigma).toBe(0.1);
    expect(pool.df).toBe(0);
    expect(pool.kinds.level).toEqual({ drift: 0, tau2: 0.0004, series: 0 });
    expect(pool.kinds.share).toEqual({ drift: 0, tau2: 0.0004, series: 0 });
  });
});

describe('poolSeries: drift by kind (median and MAD)', () => {
  // Drifts 0.02, 0.05, 0.06, 0.08, 0.20, each with e = 0.01, given out of order.
  const drifts = [0.08, 0.02, 0.2, 0.06, 0.05];
  const five = drifts.map((mu, i) => zigzag(`s${i}`, mu, 0.01));

  it('takes the median drift and τ² = (1.4826·MAD)² − median σ²/span', () => {
    // Median of 0.02, 0.05, 0.06, 0.08, 0.20 is 0.06. |μ − 0.06|: 0.04, 0.01, 0, 0.02, 0.14 → median 0.02.
    // (1.4826·0.02)² = 0.029652² = 0.000879241; sampling variance e² = 0.0001 for each.
    // τ² = 0.000879241 − 0.0001 = 0.000779241.
    const pool = poolSeries(five, null);
    expect(pool.kinds.level.drift).toBeCloseTo(0.06, 12);
    expect(pool.kinds.level.tau2).toBeCloseTo(0.000779241, 9);
    expect(pool.kinds.level.series).toBe(5);
    // Every σ̂² is 2e² = 0.0002 on one df: σ = √0.0002 = 0.0141421.
    expect(pool.sigma).toBeCloseTo(0.0141421, 7);
    expect(pool.df).toBe(5);
  });

  it('holds τ² at MIN_TAU² = 0.02² = 0.0004 when sampling noise explains the spread', () => {
    // Same drifts with e = 0.05: sampling e² = 0.0025 > 0.000879241, so (1.4826·MAD)² − e² < 0.
    const noisy = drifts.map((mu, i) => zigzag(`s${i}`, mu, 0.05));
    expect(poolSeries(noisy, null).kinds.level.tau2).toBeCloseTo(0.0004, 15);
  });

  it('holds τ² at the floor when every series has the same drift (MAD 0)', () => {
    const same = [0, 1, 2].map((i) => zigzag(`s${i}`, 0.07, 0.001));
    const level = poolSeries(same, null).kinds.level;
    expect(level.drift).toBeCloseTo(0.07, 12);
    expect(level.tau2).toBeCloseTo(0.0004, 15);
  });

  it('lets a kind with one series borrow the figures of all series', () => {
    // A share with drift 0.5 joins the five levels. Levels keep their own: median 0.06, τ² 0.000779241.
    // The share borrows all six: median (0.06 + 0.08)/2 = 0.07; |μ − 0.07|: 0.05, 0.02, 0.01, 0.01, 0.13,
    // 0.43 → median (0.02 + 0.05)/2 = 0.035; τ² = (1.4826·0.035)² − 0.0001 = 0.002692676 − 0.0001 = 0.002592676.
    const pool = poolSeries([...five, zigzag('share', 0.5, 0.01, 'share')], null);
    expect(pool.kinds.level.drift).toBeCloseTo(0.06, 12);
    expect(pool.kinds.level.tau2).toBeCloseTo(0.000779241, 9);
    expect(pool.kinds.level.series).toBe(5);
    expect(pool.kinds.share.drift).toBeCloseTo(0.07, 12);
    expect(pool.kinds.share.tau2).toBeCloseTo(0.002592676, 9);
    expect(pool.kinds.share.series).toBe(6);
  });

  it('pools two shares apart from the levels once there are two', () => {
    // Shares 0.5 and 0.3: median 0.4, |μ − 0.4| = 0.1 and 0.1 → MAD 0.1; τ² = 0.14826² − 0.0001 = 0.02198103 − 0.0001 = 0.02188103.
    const pool = poolSeries([...five, zigzag('s1', 0.5, 0.01, 'share'), zigzag('s2', 0.3, 0.01, 'share')], null);
    expect(pool.kinds.share.drift).toBeCloseTo(0.4, 12);
    expect(pool.kinds.share.tau2).toBeCloseTo(0.02188103, 8);
    expect(pool.kinds.share.series).toBe(2);
    expect(pool.kinds.level.series).toBe(5);
  });
});

describe('poolSeries: only data up to the as-of year', () => {
  // P: 100, 110, 121 to 2018 (drift ln 1.1, σ̂ 0), then a jump to 500 and 1000.
  // Q: 100, 105, 110.25 to 2018 (drift ln 1.05, σ̂ 0), then a fall to 20.
  // R: published only from 2019 on.
  const input = [
    series('p', [[2016, 100], [2017, 110], [2018, 121], [2019, 500], [2020, 1000]]),
    series('q', [[2016, 100], [2017, 105], [2018, 110.25], [2019, 20]]),
    series('r', [[2019, 100], [2020, 120], [2021, 130]]),
  ];

  it('does not peek past the as-of year', () => {
    // Median drift (ln 1.1 + ln 1.05)/2 = (0.0953102 + 0.0487902)/2 = 0.0720502; both deviations are
    // (ln 1.1 − ln 1.05)/2 = 0.0232600; τ² = (1.4826·0.0232600)² − 0 = 0.001189235. σ̂ = 0 for both.
    const pool = poolSeries(input, 2018);
    expect(pool.kinds.level.series).toBe(2);
    expect(pool.kinds.level.drift).toBeCloseTo(0.0720502, 7);
    expect(pool.kinds.level.tau2).toBeCloseTo(0.001189235, 9);
    expect(pool.sigma).toBeCloseTo(0, 7);
    expect(pool.df).toBe(2);
  });

  it('gives the same pool as the histories cut at the as-of year by hand', () => {
    const cut = input.map((s) => ({ ...s, history: s.history.filter((o) => o.year <= 2018) }));
    expect(poolSeries(input, 2018)).toEqual(poolSeries(cut, null));
  });

  it('does use the later data when there is no as-of year', () => {
    const pool = poolSeries(input, null);
    expect(pool.kinds.level.series).toBe(3);
    expect(pool.sigma).toBeGreaterThan(0.1);
  });
});
