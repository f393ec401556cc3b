import { describe, expect, it } from 'vitest';
import type { UserIndicator, UserLayer, UserTarget } from '../../src/user/layer.ts';
import { withoutItem } from '../../src/user/remove-item.ts';

const target = (plan_id: string | undefined, year: number, indicator_id = 'rd_gdp_ratio'): UserTarget => ({
  indicator_id, region: 'guangdong', year, comparator: '~', value: 4, unit: 'percent', label: '', ...(plan_id ? { plan_id } : {}),
});
const plan = (id: string) => ({ id, name: id, issuer: null, issued: '2024', notes: null, source: null });
// A plan table's layer: two plans, plan a with two targets, plan b with one; and a target of no plan.
const layer: UserLayer = {
  id: 'l1',
  label: '规划表',
  created: '2026-12-02T01:00:00.000Z',
  indicators: [],
  actuals: [],
  targets: [target('u_plan_a', 2027), target('u_plan_a', 2029), target('u_plan_b', 2025), target(undefined, 2030)],
  plans: [plan('u_plan_a'), plan('u_plan_b')],
};

describe('withoutItem', () => {
  it('keeps a plan while it has a target, and drops it with its last one', () => {
    expect(withoutItem(layer, { target: 0 })?.plans?.map((p) => p.id)).toEqual(['u_plan_a', 'u_plan_b']);
    const noB = withoutItem(layer, { target: 2 });
    expect(noB?.plans?.map((p) => p.id)).toEqual(['u_plan_a']);
    expect(noB?.targets.map((t) => t.year)).toEqual([2027, 2029, 2030]);
  });

  it('leaves no empty plan list, and no layer when nothing is left', () => {
    const one: UserLayer = { ...layer, targets: [target('u_plan_b', 2025)], plans: [plan('u_plan_b')] };
    expect(withoutItem(one, { target: 0 })).toBeNull();
    const withOther: UserLayer = { ...one, targets: [target('u_plan_b', 2025), target(undefined, 2030)] };
    const left = withoutItem(withOther, { target: 0 });
    expect(left).not.toHaveProperty('plans');
    expect(left?.targets).toEqual([target(undefined, 2030)]);
  });

  it('removes a formula indicator with its targets, and a plan those were all of', () => {
    const formula: UserIndicator = { id: 'u_share', name: '占比', unit: 'percent', measure_zh: null, definition: '', derive: 'rd_expenditure / gdp * 100' };
    const l: UserLayer = { ...layer, indicators: [formula], targets: [target('u_plan_b', 2025, 'u_share'), target('u_plan_a', 2027)] };
    const left = withoutItem(l, { indicator: 'u_share' });
    expect(left?.indicators).toEqual([]);
    expect(left?.targets).toEqual([target('u_plan_a', 2027)]);
    expect(left?.plans?.map((p) => p.id)).toEqual(['u_plan_a']);
  });
});
