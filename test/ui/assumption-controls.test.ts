import { describe, expect, it } from 'vitest';
import type { SeriesProjection } from '../../src/model/index.ts';
import { controlValues, withControl, withShock } from '../../src/ui/components/assumption-controls.ts';

const fitted = { rule: 'compound', growth: 0.1234, sigma: 0.0567, window: 5, observedGrowth: 0.1234 } as SeriesProjection;

describe('assumption controls', () => {
  it('show the fitted defaults in percent, to one decimal, until the user edits', () => {
    expect(controlValues(fitted, undefined)).toEqual({ rule: 'compound', growthPct: 12.3, volatilityPct: 5.7, window: 5 });
    expect(controlValues(fitted, { growth: 0.02 }).growthPct).toBe(2);
  });
  it('turn a typed percent into the model’s fraction and keep the other fields', () => {
    // 2 (%) → g = 0.02; the σ set before stays.
    expect(withControl({ volatility: 0.1 }, 'growthPct', 2)).toEqual({ volatility: 0.1, growth: 0.02 });
    expect(withControl(undefined, 'window', 3.6)).toEqual({ window: 4 });
    expect(withControl(undefined, 'rule', 'linear')).toEqual({ rule: 'linear' });
  });
  it('clamp to the model’s limits and ignore what is not a number', () => {
    // −150% a year would make levels negative; the model's floor is −99%.
    expect(withControl(undefined, 'growthPct', -150)).toEqual({ growth: -0.99 });
    expect(withControl({ growth: 0.05 }, 'growthPct', Number.NaN)).toEqual({ growth: 0.05 });
  });
});

describe('the shock control', () => {
  it('sets a one-off shock in percent and clears it again', () => {
    // −10 (%) in 2020 → size −0.1; clearing removes the field, keeping the rest.
    const set = withShock({ growth: 0.05 }, 2020, -10);
    expect(set).toEqual({ growth: 0.05, shocks: [{ year: 2020, size: -0.1 }] });
    expect(withShock(set, null, -10)).toEqual({ growth: 0.05 });
    // A level cannot fall by 100% or more.
    expect(withShock(undefined, 2020, -150).shocks?.[0]?.size).toBe(-0.99);
  });
});
