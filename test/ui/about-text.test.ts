import { describe, expect, it } from 'vitest';
import { scenarioSummary } from '../../src/notebook/scenario-summary.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/scenario/scenario.ts';
import { fixtureDataset } from './fixture.ts';
import { formatTolerance, readTolerancePercent, toleranceOf, withTolerance } from '../../src/notebook/about-text.ts';

describe('the words of an "about" target', () => {
  it('puts the band beside the value in both languages', () => {
    expect(withTolerance('65%', { comparator: '~' }, 'zh')).toBe('65%（±2%）');
    expect(withTolerance('3.4%', { comparator: '~', tolerance: 0.025 }, 'en')).toBe('3.4% (±2.5%)');
    // Any other comparator is left as it was.
    expect(withTolerance('65%', { comparator: '>=', tolerance: 0.05 }, 'en')).toBe('65%');
    expect(toleranceOf({ comparator: '~', tolerance: null })).toBe(0.02);
    expect(toleranceOf({ comparator: '<=' })).toBeNull();
    expect(formatTolerance(0.05, 'zh')).toBe('5%');
  });
  it('reads the control as a percent in (0, 50], refusing the rest', () => {
    expect(readTolerancePercent(2)).toBe(0.02);
    expect(readTolerancePercent(2.5)).toBe(0.025);
    expect(readTolerancePercent(50)).toBe(0.5);
    for (const bad of [0, -1, 50.5, Number.NaN, Infinity]) expect(readTolerancePercent(bad)).toBeNull();
  });
});

describe('the scenario box and the tolerance', () => {
  const dataset = fixtureDataset();
  const indicators = new Map(dataset.indicators.map((d) => [d.id, d]));
  const ids = (scenario: Scenario, locale: 'zh' | 'en') => scenarioSummary({ scenario, plans: dataset.plans, indicators, link: 'x' }, locale).entries;
  it('says nothing of it at the default, and names it when changed', () => {
    expect(ids(DEFAULT_SCENARIO, 'zh').map((e) => e.id)).not.toContain('about-tolerance');
    const zh = ids({ ...DEFAULT_SCENARIO, aboutTolerance: 0.05 }, 'zh').find((e) => e.id === 'about-tolerance');
    expect(zh).toEqual({ id: 'about-tolerance', label: '“左右”目标的容差', items: ['±5%'] });
    const en = ids({ ...DEFAULT_SCENARIO, aboutTolerance: 0.025 }, 'en').find((e) => e.id === 'about-tolerance');
    expect(en).toEqual({ id: 'about-tolerance', label: 'Tolerance of ‘about’ targets', items: ['±2.5%'] });
  });
});
