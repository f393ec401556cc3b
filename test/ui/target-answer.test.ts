import { describe, expect, it } from 'vitest';
import type { ActualRow, TargetRow } from '../../src/data/types.ts';
import { formatValue } from '../../src/i18n/format.ts';
import type { Locale } from '../../src/text/locale.ts';
import { scoreActual, type TargetAssessment } from '../../src/model/index.ts';
import type { ScoreRow } from '../../src/notebook/notebook.ts';
import { blankAssessment } from '../fixtures/target-assessment.ts';
import { answerText, formatProbability, scoresById, targetAnswer } from '../../src/notebook/target-answer.ts';

/** An R&D share target of ≥ 3% for 2020, nothing known about it until a case says so. */
const assessment = (over: Partial<TargetAssessment> = {}): TargetAssessment =>
  blankAssessment({
    id: 'gz-19:12',
    plan_id: 'gz-19',
    indicator_id: 'rd_share',
    region: 'guangzhou',
    year: 2020,
    target: 3,
    comparator: '>=',
    ...over,
  });

/** The published score of that target against a figure for 2020. */
const scored = (value: number, quality: ActualRow['quality'] = 'final', origin?: 'user'): ScoreRow => {
  const target = { plan_id: 'gz-19', line: 12, indicator_id: 'rd_share', year: 2020, value: 3, comparator: '>=' } as TargetRow;
  const actual = { indicator_id: 'rd_share', year: 2020, value, quality, ...(origin ? { origin } : {}) } as ActualRow;
  return { target, actual, others: [], score: scoreActual(target, actual), viewKey: 'rd_share@guangzhou' };
};

const percentOf = (locale: Locale) => (v: number) => formatValue(v, 'percent', locale);
const words = (t: TargetAssessment, score: ScoreRow | null, locale: Locale) => answerText(targetAnswer(t, score), t, locale, percentOf(locale));

// A hindcast from 2017: growth needed 5%/yr, 6% seen (6 / 5 = 1.2 ≥ 0.95: on track).
const fromData2017 = { last_actual_year: 2017, last_actual: 2.6, required_growth: 0.05, observed_growth: 0.06, pace_ratio: 1.2, pace: 'on-track' } as const;

describe('targetAnswer: the user’s own figure', () => {
  it('says a verdict rests on my data, though the row is final to the engine', () => {
    // My 3.1% (imported for a year the publishers left empty) ≥ 3%: met, and said to be mine.
    const t = assessment({ ...fromData2017, probability: 0.5, status: 'about-as-likely-as-not', actual: 3.1, actual_quality: 'final', verdict: 'met' });
    expect(targetAnswer(t, scored(3.1, 'final', 'user'))).toMatchObject({ lead: 'verdict', actualQuality: 'final', actualMine: true });
    expect(words(t, scored(3.1, 'final', 'user'), 'zh').lead).toBe('已达成 · 实际 3.1%（我的数据）');
    expect(words(t, scored(3.1, 'final', 'user'), 'en').lead).toBe('Met · actual 3.1% (My data)');
    expect(targetAnswer(t, scored(3.1))).not.toHaveProperty('actualMine');
  });
});

describe('targetAnswer: what leads', () => {
  it('leads with the verdict where the year is published, and says the model then rated it very unlikely', () => {
    // Published 3.1% ≥ 3%: met. The model, from the data up to 2017, gave 6.2%: very unlikely (< 10%),
    // and 6.2% < 33%, so the outcome beat its odds. Pace is not repeated under a verdict.
    const t = assessment({ ...fromData2017, probability: 0.062, status: 'very-unlikely', actual: 3.1, actual_quality: 'final', verdict: 'met' });
    const answer = targetAnswer(t, scored(3.1));
    expect(answer).toEqual({
      lead: 'verdict',
      verdict: 'met',
      actual: 3.1,
      actualQuality: 'final',
      reason: null,
      probability: 0.062,
      likelihood: 'very-unlikely',
      from: 2017,
      pace: null,
      tension: 'beat-odds',
    });
    expect(words(t, scored(3.1), 'zh')).toEqual({
      label: '2020 年目标 ≥3%：',
      lead: '已达成 · 实际 3.1%',
      notes: ['模型按截至 2017 年的数据，当时评为“很不可能”（6%）。', '结果好于模型当时的判断。'],
    });
    expect(words(t, scored(3.1), 'en')).toEqual({
      label: '2020 target ≥3%:',
      lead: 'Met · actual 3.1%',
      notes: ['From the data up to 2017, the model then rated it very unlikely (6%).', 'The outcome beat the model’s odds.'],
    });
  });

  it('says when a miss went against likely odds, and not when the odds agreed', () => {
    // 2.9% < 3%: missed. At 80% (≥ 66%) the model had called it likely; at 20% it had not.
    const missedAt = (probability: number) => targetAnswer(assessment({ ...fromData2017, probability, actual: 2.9, verdict: 'missed' }), scored(2.9));
    expect(missedAt(0.8).tension).toBe('missed-odds');
    expect(missedAt(0.2).tension).toBe('none');
    expect(words(assessment({ ...fromData2017, probability: 0.8, actual: 2.9, verdict: 'missed' }), scored(2.9), 'en').notes[1]).toBe('The outcome fell short of the model’s odds.');
  });

  it('takes the published score over the assessment, and says why a rounded figure decides nothing', () => {
    // The engine read 3.1 as met; the published figure is a rounded 3 (2.5 to 3.5 straddles 3): undecidable.
    const t = assessment({ actual: 3.1, actual_quality: 'final', verdict: 'met', status: 'met' });
    expect(targetAnswer(t, scored(3, 'rounded'))).toMatchObject({ lead: 'verdict', verdict: 'undetermined', actual: 3, actualQuality: 'rounded', reason: 'within-rounding' });
    expect(words(t, scored(3, 'rounded'), 'zh')).toEqual({
      label: '2020 年目标 ≥3%：',
      lead: '无法判定 · 实际 3%（取整值）',
      notes: ['原因：实际值为取整数，取整范围跨过目标。'],
    });
    expect(words(t, scored(3, 'rounded'), 'en').lead).toBe('Undecidable · actual 3% (rounded)');
  });

  it('has no score by default, and then uses the assessment’s own verdict: nothing said about a model that did not project', () => {
    // On the latest data a published year is decided, not projected: no probability, so no note.
    const t = assessment({ actual: 3.2, actual_quality: 'final', verdict: 'met', status: 'met' });
    expect(targetAnswer(t)).toEqual(targetAnswer(t, null));
    expect(words(t, null, 'en')).toEqual({ label: '2020 target ≥3%:', lead: 'Met · actual 3.2%', notes: [] });
  });

  it('leads with the probability for a year still ahead, pace as a cue', () => {
    // 73.49% is likely (66–90%) and shows as 73%; needs +5%/yr, +6% seen: on track, which agrees.
    const t = assessment({ ...fromData2017, year: 2025, probability: 0.7349, status: 'likely' });
    expect(targetAnswer(t)).toMatchObject({ lead: 'probability', verdict: null, probability: 0.7349, likelihood: 'likely', pace: 'on-track', tension: 'none' });
    expect(words(t, null, 'zh')).toEqual({ label: '2025 年目标 ≥3%：', lead: '可能 · 73%', notes: ['进度：按进度（需年增 +5%，此前年增 +6%）。'] });
    expect(words(t, null, 'en')).toEqual({ label: '2025 target ≥3%:', lead: 'Likely · 73%', notes: ['Pace: on track (needs +5% a year, seen +6%).'] });
  });

  it('says why pace and probability may differ when they point different ways', () => {
    // The row: on track (6% seen against 5% needed) but 6.2% (a slower assumed growth): very unlikely.
    const ahead = assessment({ ...fromData2017, year: 2025, probability: 0.062, status: 'very-unlikely' });
    expect(targetAnswer(ahead).tension).toBe('pace-ahead');
    const aheadText = words(ahead, null, 'zh');
    expect(aheadText.lead).toBe('很不可能 · 6%');
    expect(aheadText.notes).toHaveLength(2);
    expect(aheadText.notes[1]).toMatch(/^进度与概率为何不同：进度只看此前的增速是否（接近）够用；概率按模拟路径所假设的增速/);
    expect(words(ahead, null, 'en').notes[1]).toMatch(/^Why pace and probability differ: pace asks only whether the growth seen is \(nearly\) enough/);

    // Needs acceleration (3% seen / 5% needed = 0.6) yet 80%: the paths assume faster growth.
    const behind = assessment({ ...fromData2017, year: 2025, observed_growth: 0.03, pace_ratio: 0.6, pace: 'needs-acceleration', probability: 0.8 });
    expect(targetAnswer(behind).tension).toBe('pace-behind');
    expect(words(behind, null, 'en').notes[1]).toMatch(/^Why pace and probability differ: pace looks only at the growth seen; the paths may assume faster growth/);

    // Already achieved by the latest figure, but 20%: the paths fall back by the target year.
    const achieved = assessment({ ...fromData2017, year: 2025, pace: 'achieved', probability: 0.2 });
    expect(words(achieved, null, 'en').notes[1]).toBe('Why pace and probability differ: the latest figure already meets the target, but many paths no longer meet it by 2025.');

    // About even (50%) contradicts neither pace: nothing to explain.
    expect(targetAnswer({ ...behind, probability: 0.5 }).tension).toBe('none');
    expect(targetAnswer({ ...ahead, probability: 0.5 }).tension).toBe('none');
  });

  it('says there is no answer yet when there is neither a published figure nor a probability', () => {
    // NaN is no number either (an `==` target).
    for (const probability of [null, Number.NaN]) {
      const t = assessment({ year: 2025, probability });
      expect(targetAnswer(t)).toMatchObject({ lead: 'none', probability: null, likelihood: null });
      expect(words(t, null, 'en').lead).toBe('No answer yet: the year has no published figure, and the model gives no probability.');
    }
  });
});

describe('formatProbability', () => {
  it('rounds to the whole percent', () => {
    // 6.2 → 6; 12.5 → 13 (half up); 50 → 50.
    expect([0.062, 0.125, 0.5].map((p) => formatProbability(p, 'en'))).toEqual(['6%', '13%', '50%']);
  });
  it('never rounds a figure across its word’s edge', () => {
    // 65.99% is about as likely as not (< 66%): 65%, not 66%; 9.96% very unlikely (< 10%): 9%;
    // 98.99% very likely (< 99%): 98%. At the edge itself, 66% is likely and stays 66%.
    expect([0.6599, 0.0996, 0.9899, 0.66].map((p) => formatProbability(p, 'en'))).toEqual(['65%', '9%', '98%', '66%']);
  });
  it('never says 0% or 100%', () => {
    // 0.4% and 0 would round to 0%; 99.6% and 1 to 100%.
    expect([0.004, 0, 0.996, 1].map((p) => formatProbability(p, 'en'))).toEqual(['below 1%', 'below 1%', 'above 99%', 'above 99%']);
    expect([0.004, 0.996].map((p) => formatProbability(p, 'zh'))).toEqual(['低于1%', '高于99%']);
  });
});

describe('scoresById', () => {
  it('keys each score as the engine names its target, plan:line', () => {
    const row = scored(3.1);
    expect([...scoresById([row]).entries()]).toEqual([['gz-19:12', row]]);
  });
});
