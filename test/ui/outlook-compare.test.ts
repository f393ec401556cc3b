import { describe, expect, it } from 'vitest';
import type { AssessResult, TargetAssessment } from '../../src/model/index.ts';
import { changedSentence, compareTargets, formatPoints } from '../../src/ui/components/outlook-compare.ts';

/** A target with only what the comparison reads. */
const target = (id: string, probability: number | null, status: TargetAssessment['status']) => ({ id, probability, status }) as TargetAssessment;
const resultOf = (targets: TargetAssessment[]) => ({ targets, series: [] }) as unknown as AssessResult;

describe('compareTargets', () => {
  // B against A: t1 47.7% − 44.6% = +3.1 points, word unchanged; t2 20% − 70% = −50 points, likely →
  // unlikely; t3 decided (no probability) and met on both sides; t4 only in B.
  const b = [target('t1', 0.477, 'about-as-likely-as-not'), target('t2', 0.2, 'unlikely'), target('t3', null, 'met'), target('t4', 0.9, 'very-likely')];
  const a = resultOf([target('t1', 0.446, 'about-as-likely-as-not'), target('t2', 0.7, 'likely'), target('t3', null, 'met')]);

  it('subtracts A from B per target and counts the changed words', () => {
    const c = compareTargets(b, a);
    expect(c.changed).toBe(1);
    expect(c.byId.get('t1')?.difference).toBeCloseTo(0.031, 12);
    expect(c.byId.get('t1')?.changed).toBe(false);
    expect(c.byId.get('t2')).toMatchObject({ changed: true });
    expect(c.byId.get('t2')?.difference).toBeCloseTo(-0.5, 12);
    expect(c.byId.get('t3')).toMatchObject({ difference: null, changed: false });
    expect(c.byId.has('t4')).toBe(false);
  });

  it('compares nothing while nothing is pinned, and takes no difference from a NaN probability', () => {
    expect(compareTargets(b, null)).toEqual({ byId: new Map(), changed: 0 });
    const c = compareTargets([target('t1', Number.NaN, 'no-data')], resultOf([target('t1', 0.5, 'about-as-likely-as-not')]));
    expect(c.byId.get('t1')?.difference).toBeNull();
  });
});

describe('formatPoints', () => {
  it('writes signed percentage points to one decimal, in both languages', () => {
    expect(formatPoints(0.031, 'zh')).toBe('+3.1个百分点');
    expect(formatPoints(0.031, 'en')).toBe('+3.1 pp');
    // −0.5 as a share is −50 points; Intl writes its own minus sign.
    expect(formatPoints(-0.5, 'en')).toBe('-50 pp');
    // 0.0004 is 0.04 points: it rounds to 0, shown without a sign.
    expect(formatPoints(0.0004, 'en')).toBe('0 pp');
    expect(formatPoints(null, 'zh')).toBe('—');
  });
});

describe('changedSentence', () => {
  it('counts the changed words, with the English singular, and says when none changed', () => {
    expect(changedSentence(3, 'zh')).toBe('与对照情景A相比，当前情景B中 3 项目标的可能性判断变了，已在表中标出。');
    expect(changedSentence(1, 'en')).toBe('Against comparison A, 1 target changed its likelihood word in scenario B; it is marked in the table.');
    expect(changedSentence(3, 'en')).toBe('Against comparison A, 3 targets changed their likelihood word in scenario B; they are marked in the table.');
    expect(changedSentence(0, 'zh')).toBe('对照情景A与当前情景B的可能性判断完全相同。');
  });
});
