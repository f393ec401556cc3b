import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../src/data/types.ts';
import type { AssessResult, TargetAssessment } from '../../src/model/index.ts';
import type { ScoreRow } from '../../src/notebook/notebook.ts';
import { arrangeScores, outlookCounts, outlookRows, scoreFrame, withIndicatorNames } from '../../src/notebook/frames.ts';

const target = (id: string, status: TargetAssessment['status'], probability: number | null, year = 2020, indicator = id, plan = 'p') =>
  ({ id, status, probability, year, plan_id: plan, indicator_id: indicator }) as TargetAssessment;
const result = {
  series: [],
  targets: [target('a', 'likely', 0.7), target('b', 'missed', null, 2018), target('c', 'no-data', null), target('d', 'unlikely', 0.2)],
} as AssessResult;

// 研发 (yán) sorts before 专利 (zhuān) in Chinese collation, though 专 (U+4E13) precedes 研 (U+7814) by code point.
const indicators = new Map<string, IndicatorRow>([
  ['rd', { id: 'rd', name_zh: '研发投入强度', name_en: 'R&D intensity' } as IndicatorRow],
  ['patents', { id: 'patents', name_zh: '专利授权量', name_en: 'Patents granted' } as IndicatorRow],
]);

describe('the outlook’s target table', () => {
  it('lists every target with a probability or a verdict, most doubtful first', () => {
    // missed < unlikely < likely; "no data" has nothing to say and is left to the list below the charts.
    expect(outlookRows(result).map((t) => t.id)).toEqual(['b', 'd', 'a']);
  });
  it('sorts by probability both ways, unknown probabilities last', () => {
    expect(outlookRows(result, { key: 'probability', ascending: true }).map((t) => t.id)).toEqual(['d', 'a', 'b']);
    expect(outlookRows(result, { key: 'probability', ascending: false }).map((t) => t.id)).toEqual(['a', 'd', 'b']);
  });
  it('sorts by indicator name in the reader’s collation, year then id breaking ties', () => {
    const named = { series: [], targets: [target('x', 'likely', 0.8, 2025, 'patents'), target('y', 'likely', 0.8, 2022, 'rd'), target('z', 'likely', 0.8, 2021, 'rd')] } as AssessResult;
    expect(outlookRows(named, { key: 'indicator', ascending: true }, indicators, 'zh').map((t) => t.id)).toEqual(['z', 'y', 'x']);
    // In English "Patents" comes before "R&D".
    expect(outlookRows(named, { key: 'indicator', ascending: true }, indicators, 'en').map((t) => t.id)).toEqual(['x', 'z', 'y']);
  });
});

describe('the outlook counts', () => {
  const withProbability = (probability: number | null, i: number) => ({ ...target(`t${i}`, 'likely', probability) });
  it('puts every probability in one band at the edges: ≥ 0.66, 0.33 up to 0.66, below 0.33', () => {
    // Likely: 0.99 (virtually certain), 0.9 (very likely) and 0.66 → 3. About even: 0.6599 and 0.33 → 2.
    // Unlikely: 0.3299, 0.1 and 0.0999 (very unlikely) → 3. 3 + 2 + 3 = 8 projected.
    const counts = outlookCounts([0.99, 0.9, 0.66, 0.6599, 0.33, 0.3299, 0.1, 0.0999].map(withProbability));
    expect(counts).toEqual({ projected: 8, likely: 3, even: 2, unlikely: 3 });
  });
  it('adds up: the bands cover 0 to 1, both ends included', () => {
    // 0 and 1 are probabilities too (no path met it; every path did): unlikely and likely.
    const counts = outlookCounts([0, 0.5, 1].map(withProbability));
    expect(counts).toEqual({ projected: 3, likely: 1, even: 1, unlikely: 1 });
    expect(counts && counts.likely + counts.even + counts.unlikely).toBe(counts?.projected);
  });
  it('leaves out targets without a number, and says nothing when none has one', () => {
    // Decided (null) and no number (NaN) are not projected: only 0.1 counts, as unlikely.
    expect(outlookCounts([null, Number.NaN, 0.1].map(withProbability))).toEqual({ projected: 1, likely: 0, even: 0, unlikely: 1 });
    expect(outlookCounts([null].map(withProbability))).toBeNull();
    expect(outlookCounts([])).toBeNull();
  });
});

const score = (line: number, plan: string, indicator: string, year: number, verdict: 'met' | 'missed' | 'undetermined', relativeMargin: number) =>
  ({ target: { line, plan_id: plan, indicator_id: indicator, year }, score: { verdict, relativeMargin } }) as unknown as ScoreRow;
const scores = [
  score(1, 'gz-14', 'rd', 2020, 'met', 0.1),
  score(2, 'gz-14', 'patents', 2020, 'missed', -0.2),
  score(3, 'gz-13', 'rd', 2015, 'undetermined', Number.NaN),
  score(4, 'gz-13', 'patents', 2015, 'met', 0.3),
];
const ids = (rows: ScoreRow[]) => rows.map((r) => `s${r.target.line}`);

describe('the scoreboard’s rows', () => {
  const arrange = (key: 'plan' | 'indicator' | 'year' | 'verdict' | 'margin', ascending: boolean, plans: string[] = []) =>
    ids(arrangeScores(scores, { plans, sort: { key, ascending }, locale: 'zh', indicators }));
  it('puts misses first, then undetermined, then met, keeping the input order among equals', () => {
    expect(arrange('verdict', true)).toEqual(['s2', 's3', 's1', 's4']);
  });
  it('puts a target without a margin after the others ascending and before them descending', () => {
    expect(arrange('margin', true)).toEqual(['s2', 's1', 's4', 's3']);
    expect(arrange('margin', false)).toEqual(['s3', 's4', 's1', 's2']);
  });
  it('keeps only the chosen plans', () => {
    expect(arrange('year', true, ['gz-13'])).toEqual(['s3', 's4']);
  });
  it('sorts names in Chinese collation', () => {
    expect(arrange('indicator', true)).toEqual(['s1', 's3', 's2', 's4']);
  });
});

describe('withIndicatorNames', () => {
  it('joins the catalogue’s name and falls back to the id for an unknown indicator', () => {
    const frame = withIndicatorNames(scoreFrame([...scores, score(5, 'gz-13', 'mystery', 2015, 'met', 0)]), indicators, 'en').orderby('i');
    expect(frame.array('indicator')).toEqual(['R&D intensity', 'Patents granted', 'R&D intensity', 'Patents granted', 'mystery']);
  });
});
