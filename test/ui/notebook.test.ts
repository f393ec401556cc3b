import { describe, expect, it } from 'vitest';
import { buildNotebook } from '../../src/notebook/notebook.ts';
import { fixtureDataset } from './fixture.ts';

describe('buildNotebook', () => {
  const dataset = fixtureDataset();
  const notebook = buildNotebook(dataset);
  const firms = notebook.charted.find((v) => v.key === 'firms@gz');

  it('loads the fixture cleanly', () => expect(dataset.problems).toEqual([]));

  it('names the missing years and never fills them', () => {
    expect(firms?.missingYears).toEqual([2017]);
    expect(firms?.picked.map((a) => a.year)).toEqual([2014, 2015, 2016, 2018, 2019, 2020]);
  });

  it('scores each target whose year has a value, with the tightest lower bound', () => {
    const rows = notebook.scores.map((s) => [s.target.plan_id, s.target.indicator_id, s.target.year, s.score.verdict]);
    // 2019: at least 11200 (the higher of two bounds) clears 11000 but not 11400.
    // 2020: 3.1% ≥ 3% is met. 2021 has no value, so it is not scored.
    expect(rows).toEqual([
      ['a', 'firms', 2019, 'met'],
      ['b', 'firms', 2019, 'undetermined'],
      ['a', 'share', 2020, 'met'],
    ]);
    expect(notebook.scores[0]?.others.map((a) => a.value)).toEqual([11100]);
  });

  it('keeps policy parameters out of the charts and the score', () => {
    expect(notebook.parameters.map((t) => t.value_text)).toEqual(['20%']);
    expect(notebook.counts).toEqual({ targets: 4, indicators: 2, scored: 3, met: 2, missed: 0, undetermined: 1 });
  });
});
