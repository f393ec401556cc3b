import { describe, expect, it } from 'vitest';
// The reference is quickselect, an algorithm independent of the histogram (`quantiles` itself uses it).
import { selectQuantiles as quantiles, shareMeeting } from '../../src/model/order-statistics.ts';
import { createRandom } from '../../src/model/random.ts';
import { summariseYear, type Threshold } from '../../src/model/year-summary.ts';

const PROBS = [0, 0.001, 0.05, 0.123, 0.25, 0.5, 0.75, 0.95, 0.999, 1];

/** What summariseYear must reproduce exactly: the plain functions. */
function plain(values: Float64Array, probs: readonly number[], thresholds: readonly Threshold[]) {
  return { quantiles: quantiles(values, probs), shares: thresholds.map((t) => shareMeeting(values, t.value, t.atLeast)) };
}

/** Both comparators at every value, plus the extremes: thresholds on sample values count (≥ and ≤ include them). */
function thresholdsAt(values: readonly number[]): Threshold[] {
  return [...values, Infinity, -Infinity].flatMap((value) => [
    { value, atLeast: true },
    { value, atLeast: false },
  ]);
}

/** The smallest and largest of every 64th value: where the histogram's range is set. */
function strideRange(values: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i += 64) {
    lo = Math.min(lo, values[i] as number);
    hi = Math.max(hi, values[i] as number);
  }
  return [lo, hi];
}

function normals(n: number, seed: number): Float64Array {
  return createRandom(seed).fillNormal(new Float64Array(n));
}

/** 0, 1, …, n − 1 in a seeded random order (Fisher–Yates). */
function shuffledRange(n: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const values = Float64Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random.uniform() * (i + 1));
    const t = values[i] as number;
    values[i] = values[j] as number;
    values[j] = t;
  }
  return values;
}

describe('summariseYear: known answers', () => {
  it('gives the type-7 quantiles of 0…9 999 as 9 999·p, and counts a threshold equal to a value', () => {
    // h = (n − 1)p = 9 999p and x₍k₎ = k, so Q(p) = ⌊h⌋ + (h − ⌊h⌋)·1 = 9 999p:
    // 499.95, 2 499.75, 4 999.5, 7 499.25, 9 499.05.
    // ≥ 2 500 holds 2 500…9 999: 7 500 of 10 000 = 0.75; ≤ 2 500 holds 0…2 500: 2 501 → 0.2501.
    // ≥ 9 999.5: none; ≤ −0.5: none; ≥ −∞: all; ≥ +∞: none.
    const values = shuffledRange(10_000, 3);
    const thresholds: Threshold[] = [
      { value: 2500, atLeast: true },
      { value: 2500, atLeast: false },
      { value: 9999.5, atLeast: true },
      { value: -0.5, atLeast: false },
      { value: -Infinity, atLeast: true },
      { value: Infinity, atLeast: true },
    ];
    const s = summariseYear(values, [0.05, 0.25, 0.5, 0.75, 0.95], thresholds, new Float64Array(values.length));
    [499.95, 2499.75, 4999.5, 7499.25, 9499.05].forEach((q, k) => expect(s.quantiles[k]).toBeCloseTo(q, 9));
    expect(s.shares).toEqual([0.75, 0.2501, 0, 0, 1, 0]);
  });

  it('leaves the sample as it was', () => {
    const values = normals(8192, 5);
    const copy = values.slice();
    summariseYear(values, PROBS, [{ value: 0, atLeast: true }], new Float64Array(values.length));
    expect(values).toEqual(copy);
  });
});

describe('summariseYear equals quantiles and shareMeeting exactly', () => {
  it.each([1024, 4095, 4096, 10_000, 100_000])('on %i seeded normals', (n) => {
    const values = normals(n, 1000 + n);
    const [lo, hi] = strideRange(values);
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    // Sample values (one on the stride, one off it), the stride range's ends, the extremes, values
    // between and beyond them.
    const thresholds = thresholdsAt([values[17] as number, values[64] as number, lo, hi, min, max, -1.5, 0, 0.3, 2.2, lo - 1, hi + 1, -10, 10]);
    expect(summariseYear(values, PROBS, thresholds, new Float64Array(n))).toEqual(plain(values, PROBS, thresholds));
  });

  it('with ties: values rounded to 0.1', () => {
    // About 60 distinct values for 20 000 paths, and every threshold sits on one of them.
    const values = normals(20_000, 11).map((v) => Math.round(v * 10) / 10);
    const thresholds = thresholdsAt([-2, -0.5, -0.1, 0, 0.1, 0.7, 1.3, 3]);
    expect(summariseYear(values, PROBS, thresholds, new Float64Array(values.length))).toEqual(plain(values, PROBS, thresholds));
  });

  it('with a mass point: paths held at a floor', () => {
    // Held at 0.25 from below: Φ(0.25) ≈ 60% of the paths sit exactly at the floor, so p05…p50 are 0.25
    // and "≥ 0.25" holds every path.
    const floor = 0.25;
    const values = normals(50_000, 12).map((v) => Math.max(v, floor));
    const thresholds = thresholdsAt([floor, floor + 1e-12, 1]);
    const s = summariseYear(values, PROBS, thresholds, new Float64Array(values.length));
    expect(s).toEqual(plain(values, PROBS, thresholds));
    expect(s.quantiles.slice(0, 6)).toEqual([floor, floor, floor, floor, floor, floor]);
    expect(s.shares[0]).toBe(1);
    // "≤ floor" counts the paths at the floor: Φ(0.25) = 0.5987, give or take 4·√(0.24/50 000) = 0.0088.
    expect(Math.abs((s.shares[1] as number) - 0.5987)).toBeLessThan(0.0088);
  });

  it('with a mass point that holds every 64th value (the histogram range is one point)', () => {
    const values = normals(8192, 13).map((v, i) => (i % 64 === 0 ? 1 : v));
    const thresholds = thresholdsAt([1, 0]);
    expect(summariseYear(values, PROBS, thresholds, new Float64Array(values.length))).toEqual(plain(values, PROBS, thresholds));
  });

  it('with every value the same', () => {
    const values = new Float64Array(8192).fill(Math.log(200));
    const thresholds = thresholdsAt([Math.log(200)]);
    const s = summariseYear(values, PROBS, thresholds, new Float64Array(values.length));
    expect(s).toEqual(plain(values, PROBS, thresholds));
    expect(s.quantiles).toEqual(PROBS.map(() => Math.log(200)));
    // ≥ and ≤ both count the value itself; ±∞: ≥ +∞ none, ≤ +∞ all, ≥ −∞ all, ≤ −∞ none.
    expect(s.shares).toEqual([1, 1, 0, 1, 1, 0]);
  });

  it.each([
    ['a NaN off the stride', 5, Number.NaN],
    ['a NaN on the stride', 0, Number.NaN],
    ['+Infinity off the stride', 3, Infinity],
    ['−Infinity on the stride', 128, -Infinity],
  ])('falls back with %s', (_, index, bad) => {
    const values = normals(8192, 14);
    values[index] = bad;
    const thresholds = thresholdsAt([0, 1]);
    expect(summariseYear(values, PROBS, thresholds, new Float64Array(values.length))).toEqual(plain(values, PROBS, thresholds));
  });

  it('falls back with both infinities (their sum is NaN)', () => {
    const values = normals(8192, 15);
    values[1] = Infinity;
    values[2] = -Infinity;
    const thresholds = thresholdsAt([0]);
    expect(summariseYear(values, PROBS, thresholds, new Float64Array(values.length))).toEqual(plain(values, PROBS, thresholds));
  });

  it.each([1, 5, 100, 1023])('on a small sample of %i', (n) => {
    const values = normals(n, 16);
    const thresholds = thresholdsAt([values[0] as number, 0]);
    expect(summariseYear(values, PROBS, thresholds, new Float64Array(n))).toEqual(plain(values, PROBS, thresholds));
  });

  it('on the documented small example: 4, 1, 3, 2, 5 has Q(0.25) = 2, Q(0.5) = 3', () => {
    const s = summariseYear(Float64Array.of(4, 1, 3, 2, 5), [0.25, 0.5], [{ value: 3, atLeast: true }], new Float64Array(5));
    // ≥ 3 holds 3, 4, 5: 3/5.
    expect(s).toEqual({ quantiles: [2, 3], shares: [0.6] });
  });

  it('on one sample after another (its buffers are shared between calls)', () => {
    const big = normals(100_000, 17);
    const small = normals(5000, 18).map((v) => v * 1000 + 50);
    const thresholds = thresholdsAt([0, 50, 1000]);
    for (const values of [big, small, big, small]) {
      expect(summariseYear(values, PROBS, thresholds, new Float64Array(big.length))).toEqual(plain(values, PROBS, thresholds));
    }
  });

  it('keeps a huge but finite value in the top bucket (a bucket index past 2³¹ must not wrap)', () => {
    // 0…8191 / 8192 with one path at 5e9: the maximum is 5e9 and exactly 1 of 8,192 paths is ≥ 2.
    const values = Float64Array.from({ length: 8192 }, (_, i) => i / 8192);
    values[1] = 5e9;
    const s = summariseYear(values, [1], [{ value: 2, atLeast: true }], new Float64Array(8192));
    expect(s).toEqual({ quantiles: [5e9], shares: [1 / 8192] });
  });
});
