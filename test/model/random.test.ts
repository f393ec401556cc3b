import { describe, expect, it } from 'vitest';
import { createRandom, streamSeed, xoshiro128StarStar } from '../../src/model/random.ts';

const draw = (next: () => number, n: number): number[] => Array.from({ length: n }, next);

describe('xoshiro128StarStar', () => {
  it('matches the reference outputs from the state (1, 2, 3, 4)', () => {
    // Published in the Rust crate rand_xoshiro (github.com/rust-random/rngs,
    // rand_xoshiro/src/xoshiro128starstar.rs, test `reference`: "produced with the reference
    // implementation (v1.1)", Blackman & Vigna's xoshiro128starstar.c), and reproduced by a
    // throw-away C program written from the algorithm's description. The first three by hand
    // (output = rotl(s1·5, 7)·9, then t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t;
    // s3 = rotl(s3, 11)):
    //   (1, 2, 3, 4): 2·5 = 10, rotl 7 → 10·128 = 1280, ·9 = 11520.
    //     t = 1024; s2 = 3^1 = 2; s3 = 4^2 = 6; s1 = 2^2 = 0; s0 = 1^6 = 7; s2 = 2^1024 = 1026;
    //     s3 = 6·2^11 = 12288 → (7, 0, 1026, 12288).
    //   s1 = 0 → output 0. t = 0; s2 = 1026^7 = 1029; s3 = 12288^0 = 12288; s1 = 0^1029 = 1029;
    //     s0 = 7^12288 = 12295; s3 = 12288·2^11 = 25165824 → (12295, 1029, 1029, 25165824).
    //   1029·5 = 5145, rotl 7 → 5145·128 = 658560, ·9 = 5927040.
    const next = xoshiro128StarStar(1, 2, 3, 4);
    expect(draw(next, 10)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
  });
  it('returns unsigned 32-bit integers', () => {
    for (const x of draw(xoshiro128StarStar(1, 2, 3, 4), 1000)) {
      expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
    }
  });
  it('takes each state word modulo 2^32', () => {
    // 1 − 2^32 ≡ 1, 2 + 2^32 ≡ 2, 3 + 2^33 ≡ 3 and 4 − 2^33 ≡ 4 (mod 2^32).
    expect(draw(xoshiro128StarStar(1 - 2 ** 32, 2 + 2 ** 32, 3 + 2 ** 33, 4 - 2 ** 33), 10)).toEqual(
      draw(xoshiro128StarStar(1, 2, 3, 4), 10),
    );
  });
  it('refuses the all-zero state, which it would never leave', () => {
    expect(() => xoshiro128StarStar(0, 0, 0, 0)).toThrow(RangeError);
    // 2^32 ≡ 0 too.
    expect(() => xoshiro128StarStar(2 ** 32, 0, 0, 0)).toThrow(RangeError);
  });
});

describe('createRandom', () => {
  it('seeds xoshiro128** through splitmix32, so seed 0 starts from a spread, non-zero state', () => {
    // splitmix32 as random.ts describes it: state += 0x9e3779b9 (the golden ratio), then
    // MurmurHash3's fmix32. fmix32(0) = 0, so without the increment seed 0 would give the all-zero
    // state. For seed 0 the four words fmix32(k·0x9e3779b9 mod 2^32), k = 1…4, computed by an
    // independent throw-away C program of the two steps, are:
    const words = [0x92ca2f0e, 0x3cd6e3f3, 0x1b147dcc, 0x4c081dbf] as const;
    const r = createRandom(0);
    const reference = xoshiro128StarStar(...words);
    // uniform() is the 32-bit output divided by 2^32, an exact operation.
    for (let i = 0; i < 100; i++) expect(r.uniform() * 2 ** 32).toBe(reference());
    // Not the all-zero fallback state (1, 0, 0, 0) either: its first output is rotl(0·5, 7)·9 = 0.
    expect(createRandom(0).uniform()).not.toBe(0);
  });
  it('folds a seed above 2^32 as low word ^ high word: 2^40 + 3 → 3 ^ 256 = 259', () => {
    // 2^40 + 3 = 256·2^32 + 3.
    const a = createRandom(2 ** 40 + 3);
    const b = createRandom(259);
    expect(draw(a.uniform, 50)).toEqual(draw(b.uniform, 50));
  });
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 53)])('refuses the seed %s', (seed) => {
    expect(() => createRandom(seed)).toThrow(RangeError);
  });
  it('accepts the largest safe integers, folded like any other seed', () => {
    // 2^53 − 1: low word 0xFFFFFFFF, high word 2^21 − 1 = 0x1FFFFF; 0xFFFFFFFF ^ 0x1FFFFF = 0xFFE00000.
    expect(draw(createRandom(Number.MAX_SAFE_INTEGER).uniform, 50)).toEqual(draw(createRandom(0xffe00000).uniform, 50));
    // −(2^53 − 1) in two's complement: low word 1, high word ⌊−(2^53 − 1)/2^32⌋ = −2^21 = 0xFFE00000;
    // 1 ^ 0xFFE00000 = 0xFFE00001.
    expect(draw(createRandom(Number.MIN_SAFE_INTEGER).uniform, 50)).toEqual(draw(createRandom(0xffe00001).uniform, 50));
  });
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(draw(a.uniform, 1000)).toEqual(draw(b.uniform, 1000));
    expect(draw(a.normal, 1000)).toEqual(draw(b.normal, 1000));
    expect(draw(createRandom(43).uniform, 10)).not.toEqual(draw(createRandom(42).uniform, 10));
  });
  it('keeps uniform() in [0, 1)', () => {
    const r = createRandom(5);
    for (let i = 0; i < 10_000; i++) {
      const u = r.uniform();
      expect(u >= 0 && u < 1).toBe(true);
    }
  });

  it('makes normals by Marsaglia’s polar method from its own uniforms', () => {
    // The method from its definition, driven by a twin generator's uniforms: u = 2U₁ − 1,
    // v = 2U₂ − 1, s = u² + v², retry unless 0 < s < 1, then z₁ = u·√(−2 ln s / s), z₂ = v·√(…).
    // The engine's log is det-math's (fdlibm), Math.log here, so compare to 12 digits, not bits.
    const r = createRandom(31);
    const twin = createRandom(31);
    for (let pair = 0; pair < 500; pair++) {
      let u = 0;
      let v = 0;
      let s = 0;
      do {
        u = 2 * twin.uniform() - 1;
        v = 2 * twin.uniform() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const factor = Math.sqrt((-2 * Math.log(s)) / s);
      expect(r.normal()).toBeCloseTo(u * factor, 12);
      expect(r.normal()).toBeCloseTo(v * factor, 12);
    }
  });

  describe('fillNormal gives the same numbers as repeated normal() calls', () => {
    // A pending spare is the second draw of a pair after an odd number of normal() calls; fillNormal
    // must hand it out first and leave the generator where normal() would have left it.
    it.each([
      [0, false],
      [1, false],
      [2, false],
      [5, false],
      [6, false],
      [0, true],
      [1, true],
      [2, true],
      [5, true],
      [6, true],
    ])('length %i, pending spare %s', (length, pending) => {
      const a = createRandom(99);
      const b = createRandom(99);
      if (pending) expect(a.normal()).toBe(b.normal());
      const filled = Array.from(a.fillNormal(new Float64Array(length)));
      expect(filled).toEqual(draw(b.normal, length));
      // And both continue identically, spare or no spare.
      expect(draw(a.normal, 5)).toEqual(draw(b.normal, 5));
    });
    it('returns the buffer it was given', () => {
      const out = new Float64Array(3);
      expect(createRandom(1).fillNormal(out)).toBe(out);
    });
  });

  it('draws normals with mean 0 and variance 1 (200,000 draws, within 5 standard errors)', () => {
    const n = 200_000;
    const z = createRandom(2024).fillNormal(new Float64Array(n));
    let sum = 0;
    for (const v of z) sum += v;
    const mean = sum / n;
    let squares = 0;
    let tails = 0;
    for (const v of z) {
      squares += (v - mean) ** 2;
      if (Math.abs(v) > 1.96) tails++;
    }
    const variance = squares / (n - 1);
    // Standard error of the mean: σ/√n = 1/√200000 = 1/447.21 = 0.002236; 5 SE = 0.01118.
    expect(Math.abs(mean)).toBeLessThan(0.01118);
    // Standard error of the sample variance of normals: σ²·√(2/(n − 1)) = √(2/199999) = 0.0031623;
    // 5 SE = 0.01581.
    expect(Math.abs(variance - 1)).toBeLessThan(0.01581);
    // The shape, not just two moments: P(|Z| > 1.96) = 2·(1 − 0.975) = 0.05, with standard error
    // √(0.05·0.95/200000) = √(2.375e−7) = 0.000487; 5 SE = 0.00244.
    expect(Math.abs(tails / n - 0.05)).toBeLessThan(0.00244);
  });
  it('draws uniforms with mean 1/2 (200,000 draws, within 5 standard errors)', () => {
    const n = 200_000;
    const r = createRandom(2024);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += r.uniform();
    // Var U = 1/12, so SE = √(1/12/200000) = √(4.1667e−7) = 0.000645; 5 SE = 0.00323.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.00323);
  });
});

describe('streamSeed', () => {
  it('is FNV-1a over the label when the seed is 0', () => {
    // h starts at the FNV offset basis 0x811c9dc5 ^ 0 ^ 0. Published FNV-1a 32-bit test vectors
    // (Fowler/Noll/Vo, www.isthe.com/chongo/tech/comp/fnv): "" → 0x811c9dc5, "a" → 0xe40c292c,
    // "foobar" → 0xbf9cf968. By hand for "a": 0x811c9dc5 ^ 0x61 = 0x811c9da4, and
    // 0x811c9da4 · 0x01000193 = 0x811c9da4 · 2^24 + 0x811c9da4 · 403
    // ≡ 0xa4000000 + 0x400c292c (the low words of …a4000000 and 0xcb400c292c) = 0xe40c292c (mod 2^32).
    expect(streamSeed(0, '')).toBe(0x811c9dc5);
    expect(streamSeed(0, 'a')).toBe(0xe40c292c);
    expect(streamSeed(0, 'foobar')).toBe(0xbf9cf968);
  });
  it('mixes the seed into the offset basis: seed 1, no label → 0x811c9dc5 ^ 1 = 0x811c9dc4', () => {
    expect(streamSeed(1, '')).toBe(0x811c9dc4);
  });
  it('differs between labels and between seeds, and is stable', () => {
    const gdp = streamSeed(42, 'gdp');
    expect(streamSeed(42, 'pop')).not.toBe(gdp);
    expect(streamSeed(42, 'gdp2')).not.toBe(gdp);
    expect(streamSeed(43, 'gdp')).not.toBe(gdp);
    expect(streamSeed(42, 'gdp')).toBe(gdp);
    expect(Number.isInteger(gdp) && gdp >= 0 && gdp < 2 ** 32).toBe(true);
    // A stream seed is itself a valid seed, and its stream is as reproducible as any other.
    expect(draw(createRandom(gdp).uniform, 10)).toEqual(draw(createRandom(streamSeed(42, 'gdp')).uniform, 10));
  });
});
