import { describe, expect, it } from 'vitest';
import type { SeriesProjection } from '../../src/model/index.ts';
import { controlValues, fitBasisLines, withControl, withShock } from '../../src/ui/components/assumption-controls.ts';

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

describe('what the fitted defaults rest on', () => {
  const basis = (over: Partial<NonNullable<SeriesProjection['basis']>>) =>
    ({
      ...fitted,
      sigma: 0.2,
      basis: { growthSeen: 1.01, growthUsed: 0.21, evidenceWeight: 0.08, driftSd: 0.05, fitYears: 1, fitPoints: 2, sigmaSource: 'own', ...over },
    }) as SeriesProjection;
  it('says the growth seen, the growth used and why, in Chinese and English', () => {
    // Weight 0.08 < 0.8: pulled toward similar indicators, own evidence 8%.
    const [zh, spread] = fitBasisLines(basis({}), undefined, 'zh');
    expect(zh).toBe('增速：历史 +101%/年，采用 +21%/年（历史仅 2 个数值、1 年，向同类指标收缩；自身证据权重 8%）。');
    expect(spread).toBe('波动 σ 20%（按自身历史，含合并先验）；趋势本身的不确定性 ±5%/年。');
    expect(fitBasisLines(basis({}), undefined, 'en')[0]).toBe('Growth: history +101%/yr, used +21%/yr (only 2 figures over 1 year, pulled toward similar indicators; own evidence weight 8%).');
  });
  it('says when the series’ own history decides, and small rates keep a decimal', () => {
    // Weight 0.93 ≥ 0.8; 5.26% and 5.04% are below 10%, so one decimal: +5.3%, +5%.
    const [line] = fitBasisLines(basis({ growthSeen: 0.0526, growthUsed: 0.0504, evidenceWeight: 0.93 }), undefined, 'zh');
    expect(line).toBe('增速：历史 +5.3%/年，采用 +5%/年（按自身历史，证据权重 93%）。');
  });
  it('says the growth is borrowed when fewer than two firm figures exist, and names the user’s own settings', () => {
    expect(fitBasisLines(basis({ evidenceWeight: 0, growthUsed: 0.12 }), undefined, 'zh')[0]).toBe('增速：采用 +12%/年（确定数值不足两个，采用同类指标的中位增速）。');
    const [growth, spread] = fitBasisLines(basis({}), { growth: 0.04, volatility: 0.08 }, 'en');
    expect(growth).toBe('Growth: history +101%/yr, used +4%/yr (your assumption).');
    expect(spread).toBe('Volatility σ 8% (your assumption); uncertainty of the trend itself ±5%/yr.');
  });
  it('says when σ was widened because the series is far from its kind', () => {
    expect(fitBasisLines(basis({ sigmaSource: 'distance' }), undefined, 'zh')[1]).toBe('波动 σ 20%（历史不足，且增速与同类指标相差很大，波动相应放大）；趋势本身的不确定性 ±5%/年。');
  });
  it('says nothing without a projection', () => {
    expect(fitBasisLines(null, undefined, 'zh')).toEqual([]);
    expect(fitBasisLines({ ...fitted, basis: null } as SeriesProjection, undefined, 'zh')).toEqual([]);
  });
});
