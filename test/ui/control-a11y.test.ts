import { describe, expect, it } from 'vitest';
import type { SeriesProjection } from '../../src/model/index.ts';
import { controlName, controlRanges, seriesSubject, sliderValueText } from '../../src/ui/components/control-a11y.ts';

const fitted = { rule: 'compound', growth: 0.056, sigma: 0.039, window: 5, startYear: 2018, lastActualYear: 2018, observedFrom: 2013 } as SeriesProjection;
// Guangzhou's R&D intensity 2010–2018 (seeds/actuals.csv): growth +7.26, +1.04, −2.06, +5.26, +5.00,
// +11.43, +5.98, +6.05%: mean 4.996%, sample SD 4.038%.
const rd = [1.79, 1.92, 1.94, 1.9, 2.0, 2.1, 2.34, 2.48, 2.63, 2.87].map((value, i) => ({ year: 2010 + i, value, quality: 'final' }));

describe('the sliders of a series', () => {
  it('take their ranges from the history up to the as-of year', () => {
    const r = controlRanges({ rule: 'compound', growthPct: 5.6, volatilityPct: 3.9, window: 5 }, rd, fitted, [5.3, 9.1]);
    // Growth: half 3 × 4.038 = 12.11, page 1.21 → 1; 4.996 − 12.11 = −7.12 → −8, 17.11 → 18.
    expect(r.growthPct).toEqual({ min: -8, max: 18, step: 0.1, page: 1 });
    // Volatility: centre 4.038, same half: −8.07 → clipped at 0, 16.15 → 17.
    expect(r.volatilityPct).toEqual({ min: 0, max: 17, step: 0.1, page: 1 });
    // Window: 2010–2018 is 8 years.
    expect(r.window).toEqual({ min: 2, max: 8, step: 1, page: 1 });
  });
  it('widen when a typed value lies outside', () => {
    expect(controlRanges({ rule: 'compound', growthPct: 40, volatilityPct: 3.9, window: 5 }, rd, fitted).growthPct.max).toBe(40);
  });
  it('say their value with its unit, in Chinese and English', () => {
    expect(sliderValueText('growthPct', 5.6, fitted, 'zh')).toBe('年增长 +5.6%');
    expect(sliderValueText('growthPct', 5.6, fitted, 'en')).toBe('+5.6% growth a year');
    expect(sliderValueText('volatilityPct', 3.9, fitted, 'zh')).toBe('波动 3.9 个百分点');
    expect(sliderValueText('volatilityPct', 3.9, fitted, 'en')).toBe('volatility 3.9 percentage points');
    // The fitted window starts where the fit did; another is counted back from the start year: 2018 − 3.
    expect(sliderValueText('window', 5, fitted, 'zh')).toBe('历史窗口 5 年（2013–2018年）');
    expect(sliderValueText('window', 3, fitted, 'en')).toBe('history window 3 years (2015–2018)');
    expect(sliderValueText('window', 3, null, 'en')).toBe('history window 3 years');
  });
  it('are named after their series', () => {
    expect(controlName(seriesSubject('研发经费投入强度', '广州市', 'zh'), '年增长率', 'zh')).toBe('研发经费投入强度（广州市）年增长率');
    expect(controlName(seriesSubject('R&D intensity', 'Guangzhou', 'en'), 'Growth per year', 'en')).toBe('R&D intensity (Guangzhou): Growth per year');
  });
});
