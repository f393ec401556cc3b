import { describe, expect, it } from 'vitest';
import { SCORED_KINDS } from '../../src/data/engine-input.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { readSeedTexts } from './read-seeds.ts';

const dataset = loadDataset(readSeedTexts());
const HAN = /\p{Script=Han}/u;
const published = new Set(dataset.actuals.map((a) => `${a.indicator_id}@${a.region}@${a.year}`));
/** Indicators with a scored target whose indicator, region and year has no published value. */
const lacking = new Set(dataset.targets.filter((t) => SCORED_KINDS.has(t.kind) && !published.has(`${t.indicator_id}@${t.region}@${t.year}`)).map((t) => t.indicator_id));

describe('every indicator’s gap is stated (indicators.csv gap_zh, gap_en)', () => {
  it('loads without problems', () => {
    expect(dataset.problems).toEqual([]);
  });

  it('states why, in both languages, for every indicator with a target year lacking a published value', () => {
    const unstated = dataset.indicators.filter((d) => lacking.has(d.id) && (!d.gap_zh || !d.gap_en)).map((d) => d.id);
    expect(unstated).toEqual([]);
    // Not vacuous: on 2026-12-02, 46 indicators lacked a value for at least one target year.
    expect(lacking.size).toBeGreaterThan(0);
  });

  it('keeps no gap text on an indicator whose targets all have a published value (a stale text is noticed)', () => {
    const stale = dataset.indicators.filter((d) => !lacking.has(d.id) && (d.gap_zh || d.gap_en)).map((d) => d.id);
    expect(stale).toEqual([]);
  });

  it('writes each text in its language and leaves the missing years to the page', () => {
    const texts = dataset.indicators.filter((d) => d.gap_zh || d.gap_en);
    expect(texts.filter((d) => !HAN.test(d.gap_zh ?? '')).map((d) => d.id)).toEqual([]);
    expect(texts.filter((d) => HAN.test(d.gap_en ?? '')).map((d) => d.id)).toEqual([]);
    // The page computes the years; a year in the text of a target year it lacks would go stale.
    const targetYears = (id: string) => dataset.targets.filter((t) => t.indicator_id === id && !published.has(`${t.indicator_id}@${t.region}@${t.year}`)).map((t) => String(t.year));
    expect(texts.filter((d) => targetYears(d.id).some((y) => `${d.gap_zh} ${d.gap_en}`.includes(y))).map((d) => d.id)).toEqual([]);
  });
});
