import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/charts/sparkline.ts';
import { openingRows, rowInFragment } from '../../src/notebook/opening-rows.ts';
import type { IndicatorView, ScoreRow } from '../../src/notebook/notebook.ts';
import { rowTargets } from '../../src/notebook/row-status.ts';
import type { TargetAssessment } from '../../src/model/index.ts';
import { blankAssessment } from '../fixtures/target-assessment.ts';

describe('sparkline', () => {
  it('draws values across a 10 × 10 box inside a 3 px margin, room for the marks', () => {
    // x from 3 to 10 − 3 = 7; y from 10 − 3 = 7 (lowest) up to 3 (highest).
    expect(sparkline([{ year: 2018, value: 1 }, { year: 2019, value: 2 }], [], 10, 10)).toEqual({ line: 'M3,7L7,3', last: { x: 7, y: 3 }, targets: [] });
  });

  it('breaks the line at a missing year instead of bridging it, and scales with the targets', () => {
    // Years 2018–2022 over x 3…7 (1 px a year); values 0…4 over y 7…3 (y = 7 − v), the target 4 at the top.
    const s = sparkline(
      [
        { year: 2018, value: 0 },
        { year: 2019, value: 2 },
        { year: 2021, value: 3 },
      ],
      [{ year: 2022, value: 4 }],
      10,
      10,
    );
    expect(s.line).toBe('M3,7L4,5M6,4');
    expect(s.targets).toEqual([{ x: 7, y: 3 }]);
  });

  it('draws nothing without values', () => {
    expect(sparkline([], [{ year: 2020, value: 1 }], 10, 10)).toEqual({ line: '', last: null, targets: [] });
  });
});

describe('opening rows', () => {
  const view = (key: string, region: string, focal: 'yes' | 'no', targets: number) => ({ key, region, indicator: { focal }, targets: Array.from({ length: targets }) }) as unknown as IndicatorView;

  it('opens the focal indicators with targets of the region with the most targets', () => {
    const views = [view('a@gz', 'gz', 'yes', 0), view('b@gz', 'gz', 'no', 5), view('a@gd', 'gd', 'yes', 3), view('c@gz', 'gz', 'yes', 1), view('d@gz', 'gz', 'yes', 2)];
    expect(openingRows(views)).toEqual(['c@gz', 'd@gz']);
    expect(openingRows([view('a@gz', 'gz', 'yes', 0)])).toEqual([]);
  });

  it('reads the row an address fragment names', () => {
    expect(rowInFragment('#ind-gdp@guangzhou')).toBe('gdp@guangzhou');
    expect(rowInFragment('#ind-gdp%40guangzhou')).toBe('gdp@guangzhou');
    expect(rowInFragment('#ind-%E0%A4%A')).toBeNull();
    expect(rowInFragment('#outlook')).toBeNull();
  });
});

describe('row targets', () => {
  const target = (line: number, year: number) => ({ plan_id: 'p', line, year });
  const assessment = (line: number, probability: number | null, status: TargetAssessment['status']) => blankAssessment({ id: `p:${line}`, indicator_id: 'x', year: 2020, target: 1, probability, status });
  const score = (line: number, verdict: 'met' | 'missed') => ({ target: { plan_id: 'p', line }, actual: { value: 3.1, quality: 'final' }, score: { verdict } }) as unknown as ScoreRow;

  it('leads with the verdict where published, keeping the model’s probability beside it, else the probability, in year order', () => {
    const rows = rowTargets([target(3, 2021), target(1, 2020), target(2, 2025)], [assessment(1, 0.06, 'very-unlikely'), assessment(2, 0.7, 'likely'), assessment(3, Number.NaN, 'no-data')], new Map([['p:1', score(1, 'met')]]));
    expect(rows).toEqual([
      { year: 2020, id: 'p:1', kind: 'verdict', verdict: 'met', probability: 0.06 },
      { year: 2021, id: 'p:3', kind: 'none' },
      { year: 2025, id: 'p:2', kind: 'probability', status: 'likely', probability: 0.7 },
    ]);
  });
});
