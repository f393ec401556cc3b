import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/model/index.ts';
import { growthForProbability, statusFlip, sumSd } from '../../src/model/goal-seek.ts';
import { normalQuantile } from '../../src/model/normal-quantile.ts';

describe('normal quantile', () => {
  it('inverts Φ in the centre and both tails', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [0.001, 0.02, 0.1, 0.33, 0.66, 0.9, 0.99, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
  });
});

describe('goal-seek in closed form', () => {
  // x0 = 100, K = 121, n = 2, σ = 0.1, no persistence, no shocks.
  const setting = { start: 100, target: 121, comparator: '>=' as const, years: 2, sigma: 0.1, persistence: 0, shockLog: 0 };
  it('needs exactly the required growth for an even chance: 10% a year', () => {
    expect(growthForProbability(setting, 0.5)).toBeCloseTo(0.1, 12);
  });
  it('needs more for 90%: ln(1+g) = (ln 1.21 + 1.28155·0.1·√2)/2', () => {
    const g = growthForProbability(setting, 0.9);
    expect(g).toBeCloseTo(Math.exp((Math.log(1.21) + 1.2815516 * 0.1 * Math.SQRT2) / 2) - 1, 6);
  });
  it('widens the spread with persistence: n = 2, ρ = 0.5 gives √(2 + 2·0.5) = √3', () => {
    expect(sumSd(2, 0.5)).toBeCloseTo(Math.sqrt(3), 12);
  });
  it('finds the growth that flips the word one step either way', () => {
    // At p = 0.5 (about as likely as not) the next word up is "likely" at 66%, down "unlikely" below 33%.
    const flip = statusFlip(setting, 0.5);
    expect(flip.up?.status).toBe('likely');
    expect(flip.down?.status).toBe('unlikely');
    expect(flip.up?.growth).toBeGreaterThan(0.1);
    expect(flip.down?.growth).toBeLessThan(0.1);
    expect(flip.up?.growth).toBeCloseTo(growthForProbability(setting, 0.66) ?? 0, 12);
  });
  it('reverses for a cap: less growth makes staying under it likelier', () => {
    const cap = { ...setting, comparator: '<=' as const };
    expect(growthForProbability(cap, 0.9)).toBeLessThan(growthForProbability(cap, 0.5) ?? 0);
  });
});
