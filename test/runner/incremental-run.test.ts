import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { assess, type Assumption } from '../../src/model/index.ts';
import { planRun } from '../../src/runner/incremental-run.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { engineRequest } from '../../src/user/apply-layers.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

const dataset = loadDataset(readSeedTexts());
const base = engineRequest(dataset, { ...DEFAULT_SCENARIO, asOf: 2018, paths: 500 }, []);
const keys = ['tech_contract_value@guangzhou', 'hightech_enterprises@guangzhou', 'rd_gdp_ratio@guangzhou', 'gdp', 'rd_expenditure@guangzhou'];
const assumption: fc.Arbitrary<Assumption | null> = fc.option(
  fc.record(
    { rule: fc.constantFrom('compound' as const, 'linear' as const), growth: fc.double({ min: -0.2, max: 0.4, noNaN: true }), volatility: fc.double({ min: 0, max: 0.3, noNaN: true }), shocks: fc.constant([{ year: 2020, size: -0.05 }]) },
    { requiredKeys: [] },
  ),
  { nil: null },
);
const assumptions = fc.dictionary(fc.constantFrom(...keys), assumption).map((d) => Object.fromEntries(Object.entries(d).filter((e): e is [string, Assumption] => e[1] !== null)));
const withAssumptions = (a: Record<string, Assumption>) => ({ ...base, scenario: { ...base.scenario, assumptions: a } });

describe('planRun', () => {
  it('re-runs only the series whose assumptions changed, and completes to the digits of a full run', () => {
    fc.assert(
      fc.property(assumptions, assumptions, (before, after) => {
        const shownInput = withAssumptions(before);
        const shown = { input: shownInput, result: assess(shownInput) };
        const next = withAssumptions(after);
        const plan = planRun(shown, next);
        const completed = plan.input === null ? plan.complete(null) : plan.complete(assess(plan.input));
        expect(completed).toEqual(assess(next));
        // Fewer series simulated than a full run whenever some series kept its assumption.
        if (plan.input?.only) expect(plan.input.only.length).toBeLessThan(base.series.length);
      }),
      { numRuns: 25 },
    );
  });

  it('runs in full when anything but the assumptions changed, or a formula is present', () => {
    const shown = { input: base, result: assess(base) };
    expect(planRun(shown, { ...base, scenario: { ...base.scenario, seed: 2 } }).input?.only).toBeUndefined();
    expect(planRun(shown, { ...base, targets: base.targets.slice(1) }).input?.only).toBeUndefined();
    expect(planRun(shown, withAssumptions({ u_x: { derive: 'gdp * 2' } })).input?.only).toBeUndefined();
    expect(planRun(null, base).input).toBe(base);
    // A request for some series only (an embed) is sent as it is, and its result taken as it comes.
    const embed = { ...base, only: ['gdp@guangzhou'] };
    const embedResult = assess(embed);
    expect(planRun(shown, embed).complete(embedResult)).toBe(embedResult);
    // An assumption under the bare id is every region's of that indicator.
    const gdpKeys = base.series.filter((s) => s.indicatorId === 'gdp').map((s) => `${s.indicatorId}@${s.region}`);
    expect(gdpKeys.length).toBeGreaterThan(1);
    expect([...(planRun(shown, withAssumptions({ gdp: { growth: 0.05 } })).input?.only ?? [])].sort()).toEqual(gdpKeys.sort());
  });

  it('refuses to complete with a result it did not ask for (a superseded request answered by a newer one)', () => {
    const shown = { input: base, result: assess(base) };
    const plan = planRun(shown, withAssumptions({ 'gdp@guangzhou': { growth: 0.05 } }));
    expect(plan.complete(assess(base))).toBeNull();
    const other = planRun(shown, withAssumptions({ 'rd_gdp_ratio@guangzhou': { growth: 0.05 } }));
    expect(plan.complete(assess(other.input ?? base))).toBeNull();
  });
});
