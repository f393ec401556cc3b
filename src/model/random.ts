import { log } from './det-math.ts';

/** A seeded source of random numbers; the same seed gives the same sequence in Node, workers and browsers. */
export interface Random {
  /** A uniform number in [0, 1) with 32 bits of resolution. */
  uniform(): number;
  /** A standard normal draw. */
  normal(): number;
  /** Fill a buffer with standard normal draws, faster than calling `normal` in a loop. */
  fillNormal(out: Float64Array): Float64Array;
}

/**
 * Create a xoshiro128** generator (Blackman & Vigna, https://prng.di.unimi.it/) seeded through
 * splitmix32. Only 32-bit integer arithmetic (`Math.imul`, shifts) is used, so every JavaScript
 * engine produces the same bits. Normals come from Marsaglia's polar method, which needs only a
 * log (the engine-independent one of det-math.ts) and a square root (exact in IEEE-754): Box–Muller's
 * sin and cos differ between engines in the last bit.
 *
 * @param seed - A safe integer. Anything else throws: a silent fallback to `Math.random` would
 *   break the promise that a scenario reproduces its digits.
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${String(seed)}`);
  // Fold the 53-bit seed into 32 bits, then spread it over four words with splitmix32.
  let state = (seed ^ Math.floor(seed / 2 ** 32)) >>> 0;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  const b = splitmix();
  const c = splitmix();
  const d = splitmix();
  if ((a | b | c | d) === 0) a = 1; // xoshiro must not start from the all-zero state

  const nextUint32 = xoshiro128StarStar(a, b, c, d);
  const uniform = (): number => nextUint32() / 4294967296;

  let spare = Number.NaN;
  /** Write two independent standard normals into out[i] and out[i + 1] (Marsaglia's polar method). */
  const pair = (out: Float64Array, i: number): void => {
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * log(s)) / s);
    out[i] = u * factor;
    out[i + 1] = v * factor;
  };
  const two = new Float64Array(2);
  const normal = (): number => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = Number.NaN;
      return z;
    }
    pair(two, 0);
    spare = two[1] as number;
    return two[0] as number;
  };
  const fillNormal = (out: Float64Array): Float64Array => {
    let i = 0;
    if (!Number.isNaN(spare) && out.length > 0) {
      out[i++] = spare;
      spare = Number.NaN;
    }
    for (; i + 1 < out.length; i += 2) pair(out, i);
    if (i < out.length) out[i] = normal();
    return out;
  };
  return { uniform, normal, fillNormal };
}

/**
 * Return the raw xoshiro128** generator (Blackman & Vigna, version 1.1) from a given state: each
 * call returns the next 32-bit output as an unsigned integer and advances the state. `createRandom`
 * draws from this, after seeding the four words through splitmix32.
 *
 * @param a - State word s[0]; each word is taken modulo 2^32.
 * @param b - State word s[1].
 * @param c - State word s[2].
 * @param d - State word s[3].
 * @throws RangeError if all four words are zero, a state xoshiro never leaves (it would return 0 forever).
 * @example xoshiro128StarStar(1, 2, 3, 4)() // 11520 = rotl(2 · 5, 7) · 9
 */
export function xoshiro128StarStar(a: number, b: number, c: number, d: number): () => number {
  if ((a | b | c | d) === 0) throw new RangeError('xoshiro128** state must not be all zero');
  return (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * Derive a stream seed from a scenario seed and a label (e.g. an indicator id), so that adding or
 * removing one indicator never changes another indicator's numbers (FNV-1a over the label).
 *
 * @param seed - The scenario seed.
 * @param label - What the stream is for.
 */
export function streamSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0) ^ Math.floor(seed / 2 ** 32);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
