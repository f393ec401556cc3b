import { describe, expect, it } from 'vitest';
import { asOfChoices } from '../../src/notebook/as-of-choices.ts';

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
