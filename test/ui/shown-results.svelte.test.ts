// A refused rule is compiled: mathjs's parser must be ready first.
import '../setup/formula-parser.ts';
import { describe, expect, it } from 'vitest';
import { toEngineInput } from '../../src/data/engine-input.ts';
import { assess, type AssessInput, type AssessResult } from '../../src/model/index.ts';
import { ShownResults } from '../../src/ui/shown-results.svelte.ts';
import { fixtureDataset } from './fixture.ts';

const input: AssessInput = { ...toEngineInput(fixtureDataset()), scenario: { asOf: null, horizon: 2025, seed: 1, paths: 200, assumptions: {} } };

describe('ShownResults', () => {
  it('keeps the objects of series whose numbers did not change, so their charts do not redraw', () => {
    let result = $state.raw<AssessResult | null>(null);
    const shown = new ShownResults(() => result);
    expect(shown.projections.size).toBe(0);
    expect(shown.assessmentsOf('firms@gz')).toBe(shown.assessmentsOf('share@gz'));
    result = assess(input);
    const fan = shown.projections.get('firms@gz');
    const targets = shown.assessmentsOf('firms@gz');
    expect(fan?.years.length).toBeGreaterThan(0);
    expect(targets.map((t) => t.year)).toEqual([2021]);
    // The same run again: new objects with the same numbers, so the shown ones stay.
    const again = assess(input);
    result = again;
    expect(shown.projections.get('firms@gz')).not.toBe(again.series.find((s) => s.key === 'firms@gz'));
    expect(shown.projections.get('firms@gz')).toBe(fan);
    expect(shown.assessmentsOf('firms@gz')).toBe(targets);
    // A growth set by hand moves the fan and the probability: new objects.
    result = assess({ ...input, scenario: { ...input.scenario, assumptions: { 'firms@gz': { growth: 0.3 } } } });
    expect(shown.projections.get('firms@gz')).not.toBe(fan);
    expect(shown.assessmentsOf('firms@gz')).not.toBe(targets);
    result = null;
    expect(shown.projections.size).toBe(0);
    expect(shown.counts).toBeNull();
  });

  it('lists the series whose rule the engine refused, with the formula code', () => {
    const refused = assess({ ...input, scenario: { ...input.scenario, assumptions: { 'firms@gz': { rule: 'expression', expression: 'import(x)' } } } });
    const shown = new ShownResults(() => refused);
    expect([...shown.ruleProblems]).toEqual([['firms@gz', expect.stringMatching(/^formula-/)]]);
    expect(shown.projections.has('firms@gz')).toBe(false);
  });
});
