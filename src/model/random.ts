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
 * engine produces the same bits; normals come from the Box–Muller transform, both halves used.
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
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  if ((a | b | c | d) === 0) a = 1; // xoshiro must not start from the all-zero state

  const nextUint32 = (): number => {
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
  const uniform = (): number => nextUint32() / 4294967296;

  let spare = Number.NaN;
  const normal = (): number => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = Number.NaN;
      return z;
    }
    const [z0, z1] = boxMuller(uniform, uniform);
    spare = z1;
    return z0;
  };
  const fillNormal = (out: Float64Array): Float64Array => {
    let i = 0;
    if (!Number.isNaN(spare) && out.length > 0) {
      out[i++] = spare;
      spare = Number.NaN;
    }
    // The hot loop of every simulation: Box–Muller inlined, no arrays allocated.
    for (; i + 1 < out.length; i += 2) {
      const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
      const angle = TWO_PI * uniform();
      out[i] = radius * Math.cos(angle);
      out[i + 1] = radius * Math.sin(angle);
    }
    if (i < out.length) out[i] = normal();
    return out;
  };
  return { uniform, normal, fillNormal };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

const TWO_PI = 2 * Math.PI;

/** Turn two uniforms into two independent standard normals. `1 − u` keeps the log away from 0. */
function boxMuller(u1: () => number, u2: () => number): [number, number] {
  const radius = Math.sqrt(-2 * Math.log(1 - u1()));
  const angle = TWO_PI * u2();
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
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
