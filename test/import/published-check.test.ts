import { describe, expect, it } from 'vitest';
import { previewImport } from '../../src/import/index.ts';
import { contradicts, figureKey, indexPublished, type PublishedFigure } from '../../src/import/published-check.ts';
import { CATALOGUE } from './catalogue.ts';

const figure = (value: number, quality: PublishedFigure['quality'], year = 2021): PublishedFigure => ({ indicator_id: 'tech_contract_value', region: 'guangzhou', year, value, quality });

describe('contradicts', () => {
  it('reads a final figure and the user value each as exact to their last written digit', () => {
    // 2,413.1 (± 0.05) against 2,413.06 (± 0.005): 0.04 apart, within 0.055, the same figure rounded.
    expect(contradicts(2413.1, 0.1, figure(2413.06, 'final'))).toBe(false);
    // 2,413.5 (± 0.05): 0.44 apart, more than 0.055.
    expect(contradicts(2413.5, 0.1, figure(2413.06, 'final'))).toBe(true);
    // 2,413.16 against 2,413.11, each exact to hundredths: 0.05 > 0.005 + 0.005.
    expect(contradicts(2413.16, 0.01, figure(2413.11, 'final'))).toBe(true);
    expect(contradicts(2413.11, 0.01, figure(2413.11, 'preliminary'))).toBe(false);
    // 1,300 typed is exact to 1: 26.64 from 1,273.36. Written "13百亿" it would be exact to 100 and agree.
    expect(contradicts(1300, 1, figure(1273.36, 'final'))).toBe(true);
    expect(contradicts(1300, 100, figure(1273.36, 'final'))).toBe(false);
  });

  it('reads a published integer as exact to the unit, not to its trailing zeros', () => {
    // "1.21万家" (12,100 ± 50) against 12,099 (± 0.5): 1 apart.
    expect(contradicts(12100, 100, figure(12099, 'final'))).toBe(false);
    // 12,174 typed (± 0.5) against 12,099: 75 > 1.
    expect(contradicts(12174, 1, figure(12099, 'final'))).toBe(true);
    // A published final 12,000 is 12,000 exactly: 12,001 is within 0.5 + 0.5 of it, 12,002 is not.
    expect(contradicts(12001, 1, figure(12000, 'final'))).toBe(false);
    expect(contradicts(12002, 1, figure(12000, 'final'))).toBe(true);
  });

  it('reads a rounded figure as its whole rounding range', () => {
    // "约1.2万" = 12,000 ± 500: 11,610 (± 0.5) and 12,500 lie inside; 12,550 and 12,600 do not.
    expect(contradicts(11610, 1, figure(12000, 'rounded'))).toBe(false);
    expect(contradicts(12500, 1, figure(12000, 'rounded'))).toBe(false);
    expect(contradicts(12550, 1, figure(12000, 'rounded'))).toBe(true);
    // "1.26万" (12,600 ± 50) reaches down to 12,550: still 50 past the range's top.
    expect(contradicts(12600, 100, figure(12000, 'rounded'))).toBe(true);
    expect(contradicts(11390, 1, figure(12000, 'rounded'))).toBe(true);
  });

  it('reads a lower bound as "at least"', () => {
    // "超过12300家": 12,300 and anything above agree; 12,000 typed falls short.
    expect(contradicts(12300, 1, figure(12300, 'lower_bound'))).toBe(false);
    expect(contradicts(99999, 1, figure(12300, 'lower_bound'))).toBe(false);
    expect(contradicts(12000, 1, figure(12300, 'lower_bound'))).toBe(true);
    // "1.2万" (12,000 ± 500) may be 12,300 or more: no contradiction.
    expect(contradicts(12000, 1000, figure(12300, 'lower_bound'))).toBe(false);
  });

  it('ignores binary noise', () => {
    expect(contradicts(0.1 + 0.2, 0.1, figure(0.3, 'final'))).toBe(false);
  });
});

describe('indexPublished', () => {
  it('keeps the figure each year is drawn by: the firmest, the first of equals', () => {
    const index = indexPublished([figure(10000, 'lower_bound', 2018), figure(11000, 'estimate', 2018), figure(1273.36, 'final', 2019), figure(1273, 'final', 2019)]);
    expect(index.get(figureKey('tech_contract_value', 'guangzhou', 2018))?.value).toBe(10000);
    expect(index.get(figureKey('tech_contract_value', 'guangzhou', 2019))?.value).toBe(1273.36);
    expect(index.size).toBe(2);
  });
});

describe('previewImport with published values', () => {
  const published: PublishedFigure[] = [figure(2413.11, 'final', 2021), figure(2256.53, 'final', 2020), { ...figure(12000, 'rounded', 2020), indicator_id: 'hightech_enterprises' }];

  it('reports a contradicted value where it is written, with the published figure, and leaves it out', () => {
    const text = '指标\t2020\t2021\t2022\n登记技术合同成交额（亿元）\t2256.5\t2,500\t2645.5\n高新技术企业数（家）\t11610\t\t\n';
    const preview = previewImport({ text, name: '粘贴' }, CATALOGUE, { published });
    // 2256.5 is 2256.53 to one decimal; 2,500 typed is 86.89 from 2413.11; 2022 has no figure; 11,610 is
    // inside "约1.2万".
    expect(preview.problems).toEqual([
      { line: 2, column: 3, code: 'published-value', text: '2,500', published: { indicator_id: 'tech_contract_value', value: 2413.11, quality: 'final', unit: 'yi_yuan' } },
    ]);
    expect(preview.actuals.map((a) => [a.indicator_id, a.year, a.value])).toEqual([
      ['tech_contract_value', 2020, 2256.5],
      ['tech_contract_value', 2022, 2645.5],
      ['hightech_enterprises', 2020, 11610],
    ]);
  });

  it('compares in the indicator’s unit, after a unit in the cell is converted', () => {
    // 24,131,100万元 = 2413.11亿元 exactly: the published figure, not a contradiction.
    const preview = previewImport({ text: '指标\t2021\n登记技术合同成交额\t24131100万元\n', name: '粘贴' }, CATALOGUE, { published });
    expect(preview.problems).toEqual([]);
    expect(preview.actuals.map((a) => a.value)).toEqual([2413.11]);
  });

  it('checks nothing without published values, and another region is another figure', () => {
    const text = '指标\t地区\t年份\t数值\n登记技术合同成交额（亿元）\t广东省\t2021\t9999\n';
    expect(previewImport({ text, name: 'x' }, CATALOGUE, { published }).problems).toEqual([]);
    expect(previewImport({ text: '指标\t2021\n登记技术合同成交额（亿元）\t9999\n', name: 'x' }, CATALOGUE).problems).toEqual([]);
  });
});
