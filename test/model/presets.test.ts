import { describe, expect, it } from 'vitest';
import { assess } from '../../src/model/index.ts';
import { PRESET_SERIES, PRESET_TARGETS } from '../fixtures/preset-series.ts';
import { applyPreset, SHOCK_SIZE } from '../../src/scenario/presets.ts';

// One series at 100 in 2020 growing 5% with σ 0.1; targets 110 in 2021 (needs 10%) and 115.76 in 2023 (needs 5%).
const series = PRESET_SERIES;
const targets = PRESET_TARGETS;
const run = (assumptions = {}) =>
  assess({ series: [series], targets, scenario: { asOf: null, horizon: 2023, seed: 1, paths: 4000, assumptions: { x: { volatility: 0.1 }, ...assumptions } } });

describe('presets', () => {
  it('plan pace sets the highest growth any target needs, so every median meets its target', () => {
    const preset = applyPreset('plan-pace', run(), {});
    // 110/100 in one year needs 10%; 115.7625/100 in three years needs 5%: the higher wins.
    expect(preset['x@r']?.growth).toBeCloseTo(0.1, 12);
    const after = run({ 'x@r': { ...preset['x@r'], volatility: 0.1 } });
    expect(after.targets.every((t) => (t.p50 ?? 0) >= t.target * 0.99)).toBe(true);
  });
  it('a shock cuts the first projected year and keeps what was set', () => {
    const preset = applyPreset('shock', run(), { 'x@r': { growth: 0.05 } });
    expect(preset['x@r']).toEqual({ growth: 0.05, shocks: [{ year: 2021, size: SHOCK_SIZE }] });
  });
  it('trend clears every override', () => {
    expect(applyPreset('trend', run(), { 'x@r': { growth: 0.5 } })).toEqual({});
  });
});
