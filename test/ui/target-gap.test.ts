import { describe, expect, it } from 'vitest';
import type { ActualRow, Dataset, IndicatorRow, TargetRow } from '../../src/data/types.ts';
import { missingCellKeys } from '../../src/notebook/fill-in-grid.ts';
import { buildNotebook, type IndicatorView } from '../../src/notebook/notebook.ts';
import { gapCue, listYears, targetGap } from '../../src/notebook/target-gap.ts';

const indicator = (id: string, gap: [string, string] | null) =>
  ({ id, unit: 'count', kind: 'count', name_zh: id, name_en: id, measure_zh: '家', action_area: 'a', focal: 'no', gap_zh: gap?.[0] ?? null, gap_en: gap?.[1] ?? null }) as IndicatorRow;
const target = (indicator_id: string, year: number, value: number, kind: TargetRow['kind'] = 'annual', plan_id = 'a') =>
  ({ plan_id, indicator_id, region: 'guangzhou', year, value, unit: 'count', comparator: '>=', kind }) as TargetRow;
const actual = (indicator_id: string, year: number, origin?: 'user') =>
  ({ indicator_id, region: 'guangzhou', year, value: 10, unit: 'count', quality: 'final', ...(origin ? { origin } : {}) }) as ActualRow;

// Labs: targets 2019, 2020 (two plans), 2021; a published 2020 value. Teams: targets 2018 and 2019, no
// value at all, no catalogue reason. Centres: its only target year is published. A funding line (2022)
// is never scored, so it is no gap.
const dataset: Dataset = {
  plans: [],
  indicators: [indicator('labs', ['未见年末数。', 'No year-end count found.']), indicator('teams', null), indicator('centres', ['旧文字。', 'Stale text.'])],
  targets: [
    target('labs', 2021, 22),
    target('labs', 2019, 20),
    target('labs', 2020, 21),
    target('labs', 2020, 21, 'annual', 'b'),
    target('labs', 2022, 5, 'funding'),
    target('teams', 2018, 1),
    target('teams', 2019, 2),
    target('centres', 2020, 3),
  ],
  actuals: [actual('labs', 2020), actual('centres', 2020)],
  problems: [],
};
const views = (d: Dataset) => {
  const nb = buildNotebook(d);
  return new Map([...nb.charted, ...nb.uncharted].map((v) => [v.indicator.id, v]));
};
const keys = (d: Dataset) => missingCellKeys(d, []);
const view = (id: string, d = dataset): IndicatorView => views(d).get(id)!;

describe('targetGap', () => {
  it('lists the scored target years no value covers, once each, in order, with the reason in the reader’s language', () => {
    // Labs: 2019 and 2021 lack a value (2020 is published; the 2022 funding line is not a target to score).
    expect(targetGap(view('labs'), 'zh', keys(dataset))).toEqual({ years: [2019, 2021], reason: '未见年末数。', cell: 'fill-in-labs-guangzhou-2019' });
    expect(targetGap(view('labs'), 'en', keys(dataset))?.reason).toBe('No year-end count found.');
  });

  it('gives no gap when every target year has a value (a stale catalogue text is not shown)', () => {
    expect(targetGap(view('centres'), 'zh', keys(dataset))).toBeNull();
  });

  it('counts a user’s figure as covering its year, and points at the first year still empty', () => {
    // The user typed labs 2019: 2021 is left, and the grid (which still lists 2019) is entered at 2021.
    const filled = { ...dataset, actuals: [...dataset.actuals, actual('labs', 2019, 'user')] };
    expect(targetGap(view('labs', filled), 'zh', keys(filled))).toEqual({ years: [2021], reason: '未见年末数。', cell: 'fill-in-labs-guangzhou-2021' });
    // Both typed: no gap, so no cue and no button.
    const both = { ...filled, actuals: [...filled.actuals, actual('labs', 2021, 'user')] };
    expect(targetGap(view('labs', both), 'zh', keys(both))).toBeNull();
  });

  it('has no cell when the grid does not list the indicator (e.g. its plan is not scored), and defaults to none', () => {
    expect(targetGap(view('teams'), 'en', keys({ ...dataset, targets: dataset.targets.filter((t) => t.indicator_id !== 'teams') }))?.cell).toBeNull();
    expect(targetGap(view('teams'), 'en')).toEqual({ years: [2018, 2019], reason: null, cell: null });
  });
});

describe('gapCue and listYears', () => {
  it('joins years without grouping, as each language lists them', () => {
    expect(listYears([2019, 2020, 2021], 'zh')).toBe('2019、2020、2021');
    expect(listYears([2019, 2020], 'en')).toBe('2019, 2020');
    expect(listYears([2021], 'en')).toBe('2021');
  });

  it('says the missing years, then the reason; only the years when the catalogue has none', () => {
    expect(gapCue({ years: [2019, 2020], reason: '未见年末数。', cell: null }, 'zh')).toBe('缺2019、2020年公布数据 · 未见年末数。');
    expect(gapCue({ years: [2019, 2020], reason: 'No year-end count found.', cell: null }, 'en')).toBe('No published figure for 2019, 2020 · No year-end count found.');
    expect(gapCue({ years: [2018], reason: null, cell: null }, 'en')).toBe('No published figure for 2018');
  });
});

describe('targetGap through a year', () => {
  it('leaves out target years after the last year anything is published for: they are not due yet', () => {
    // Labs lack 2019 and 2021; through 2020 only 2019 is a gap, through 2018 none.
    expect(targetGap(view('labs'), 'en', keys(dataset), 2020)?.years).toEqual([2019]);
    expect(targetGap(view('labs'), 'en', keys(dataset), 2018)).toBeNull();
  });
});
