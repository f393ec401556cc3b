import { describe, expect, it } from 'vitest';
import type { AssessResult, TargetAssessment } from '../../src/model/index.ts';
import { outlookRows, reuseUnchanged } from '../../src/ui/outlook.ts';

const target = (id: string, status: TargetAssessment['status'], probability: number | null, year = 2020) =>
  ({ id, status, probability, year, plan_id: 'p', indicator_id: id }) as TargetAssessment;
const result = {
  series: [],
  targets: [target('a', 'likely', 0.7), target('b', 'missed', null, 2018), target('c', 'no-data', null), target('d', 'unlikely', 0.2)],
} as AssessResult;

describe('the target table', () => {
  it('lists every target with a probability or a verdict, most doubtful first', () => {
    // missed < unlikely < likely; "no data" has nothing to say and is left to the list below the charts.
    expect(outlookRows(result).map((t) => t.id)).toEqual(['b', 'd', 'a']);
  });
  it('sorts by probability both ways, unknown probabilities last', () => {
    expect(outlookRows(result, { key: 'probability', ascending: true }).map((t) => t.id)).toEqual(['d', 'a', 'b']);
    expect(outlookRows(result, { key: 'probability', ascending: false }).map((t) => t.id)).toEqual(['a', 'd', 'b']);
  });
});

describe('reuseUnchanged', () => {
  it('keeps the old object where the content is the same, so nothing redraws', () => {
    const old = { v: 1 };
    const next = reuseUnchanged(new Map([['k', old]]), new Map([['k', { v: 1 }], ['j', { v: 2 }]]), (a, b) => a.v === b.v);
    expect(next.get('k')).toBe(old);
    expect(next.get('j')).toEqual({ v: 2 });
  });
});
