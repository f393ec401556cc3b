// These tests compile formulas: mathjs's parser (loaded on demand, ~2 s in Node) must be ready first.
import '../setup/formula-parser.ts';
import { describe, expect, it } from 'vitest';
import { pickRows } from '../../src/data/pick-rows.ts';
import type { ActualRow, Dataset } from '../../src/data/types.ts';
import { withDerivedHistory } from '../../src/user/derived-history.ts';

function row(indicator_id: string, year: number, value: number, extra: Partial<ActualRow> = {}): ActualRow {
  return {
    line: 1, indicator_id, region: 'gz', year, value, unit: 'yi_yuan', quality: 'final', source_publisher: '局',
    source_title: '公报', source_url: 'https://example.org', source_quote: String(value), note: null, ...extra,
  };
}

describe('published values come first', () => {
  it('lets a user value fill a year without a published one, never replace one, whatever the qualities', () => {
    const rows = [
      row('x', 2020, 100, { quality: 'preliminary' }),
      row('x', 2020, 999, { origin: 'user', layer: 'l1' }),
      row('x', 2021, 120, { origin: 'user', layer: 'l1' }),
    ];
    // 2020: the published preliminary 100 stays, though the user's is "final"; 2021: only the user's exists.
    expect(pickRows(rows).map((r) => [r.year, r.value])).toEqual([[2020, 100], [2021, 120]]);
  });
});

describe('formula indicators’ history', () => {
  const dataset: Dataset = {
    plans: [],
    indicators: [
      { line: 1, id: 'rd', name_zh: '研发', name_en: 'R&D', unit: 'yi_yuan', kind: 'level', lower_bound: 0, upper_bound: null, definition: '', definition_zh: '', action_area: 'a', focal: 'no', measure_zh: null, gap_zh: null, gap_en: null },
      { line: 2, id: 'gdp', name_zh: 'GDP', name_en: 'GDP', unit: 'yi_yuan', kind: 'level', lower_bound: 0, upper_bound: null, definition: '', definition_zh: '', action_area: 'a', focal: 'no', measure_zh: null, gap_zh: null, gap_en: null },
      { line: 0, id: 'u_f1', name_zh: '强度', name_en: '强度', unit: 'percent', kind: 'user', lower_bound: null, upper_bound: null, definition: '', definition_zh: '', action_area: 'user', focal: 'no', measure_zh: null, gap_zh: null, gap_en: null, origin: 'user', layer: 'manual' },
    ],
    targets: [],
    // 2021 lacks GDP: that year stays missing.
    actuals: [row('rd', 2020, 774.84), row('gdp', 2020, 25000), row('rd', 2021, 881.72), row('rd', 2022, 988.36), row('gdp', 2022, 28800)],
    problems: [],
  };

  it('computes each year all parts have, marks it as an estimate by formula, and leaves gaps as gaps', () => {
    const added = withDerivedHistory(dataset, { u_f1: 'rd / gdp * 100' }).actuals.filter((a) => a.indicator_id === 'u_f1');
    // 774.84 / 25000 × 100 = 3.09936; 988.36 / 28800 × 100 = 3.4318…
    expect(added.map((a) => [a.year, a.value])).toEqual([[2020, (774.84 / 25000) * 100], [2022, (988.36 / 28800) * 100]]);
    expect(added[0]).toMatchObject({ quality: 'estimate', source_publisher: '按公式计算', source_title: 'rd / gdp * 100', source_quote: 'rd = 774.84; gdp = 25000', origin: 'user', layer: 'manual' });
  });

  it('adds nothing for a refused formula (the engine reports it) or an indicator that has its own values', () => {
    expect(withDerivedHistory(dataset, { u_f1: 'import("fs")' })).toBe(dataset);
    const own = { ...dataset, actuals: [...dataset.actuals, row('u_f1', 2020, 3, { unit: 'percent', origin: 'user' })] };
    expect(withDerivedHistory(own, { u_f1: 'rd / gdp * 100' })).toBe(own);
  });
});
