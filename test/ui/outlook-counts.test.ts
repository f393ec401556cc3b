import { describe, expect, it } from 'vitest';
import type { TargetAssessment } from '../../src/model/index.ts';
import { asOfChoices } from '../../src/notebook/as-of-choices.ts';
import { countOutlook } from '../../src/notebook/outlook-counts.ts';

const withProbability = (probability: number | null) => ({ probability }) as TargetAssessment;

describe('countOutlook', () => {
  it('counts the bands at their edges: ≥ 0.9, 0.66 up to 0.9, below 0.33', () => {
    // 0.9 is very likely, 0.8999 likely, 0.66 likely, 0.6599 and 0.33 neither, 0.3299 at risk: 6 projected.
    const counts = countOutlook([0.9, 0.8999, 0.66, 0.6599, 0.33, 0.3299].map(withProbability));
    expect(counts).toEqual({ projected: 6, likely: 1, maybe: 2, risk: 1 });
  });

  it('leaves out targets without a number, and says nothing when none has one', () => {
    expect(countOutlook([withProbability(null), withProbability(Number.NaN), withProbability(0.1)])).toEqual({ projected: 1, likely: 0, maybe: 0, risk: 1 });
    expect(countOutlook([withProbability(null)])).toBeNull();
    expect(countOutlook([])).toBeNull();
  });
});

describe('asOfChoices', () => {
  it('offers the eight years before the last value, newest first', () => {
    expect(asOfChoices([2015, 2023, 2019])).toEqual([2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015]);
  });

  it('stops at 2012, the first year the track record starts from, and offers none without values', () => {
    // Last value 2016: 2015, 2014, 2013, 2012 (2011 … 2008 cut).
    expect(asOfChoices([2016])).toEqual([2015, 2014, 2013, 2012]);
    expect(asOfChoices([])).toEqual([]);
  });
});
