import type { Dataset } from '../../src/data/types.ts';
import type { UserLayer } from '../../src/user/layer.ts';

/** Three catalogue indicators, enough for units of each kind. */
export const CATALOGUE = [
  { id: 'gdp', unit: 'yi_yuan' },
  { id: 'rd_gdp_ratio', unit: 'percent' },
  { id: 'hightech_enterprises', unit: 'count' },
] as const;

/** A small published dataset in the seed shapes: one plan, the three catalogue indicators, one target, three actuals. */
export function smallDataset(): Dataset {
  return {
    plans: [
      {
        line: 2,
        id: 'gz_plan',
        title_zh: '计划',
        title_en: 'Plan',
        short_zh: '计划',
        short_en: 'Plan',
        issuer: '广州市',
        issued: null,
        period: '2019-2021',
        source_file: 'plan.txt',
        notes: null,
      },
    ],
    indicators: CATALOGUE.map((d, i) => ({
      line: i + 2,
      id: d.id,
      name_zh: d.id,
      name_en: d.id,
      unit: d.unit,
      kind: 'level',
      lower_bound: 0,
      upper_bound: null,
      definition: 'def',
      definition_zh: '定义',
      action_area: 'economy',
      focal: 'yes',
      measure_zh: null,
      gap_zh: null,
      gap_en: null,
    })),
    targets: [
      {
        line: 2,
        plan_id: 'gz_plan',
        source_file: 'plan.txt',
        indicator_id: 'gdp',
        region: 'guangzhou',
        year: 2021,
        value: 28000,
        unit: 'yi_yuan',
        comparator: '>=',
        kind: 'end',
        value_text: '2.8万亿',
        clause_zh: '地区生产总值达2.8万亿元',
        note: null,
        tolerance: null,
      },
    ],
    actuals: [2019, 2020, 2021].map((year, i) => ({
      line: i + 2,
      indicator_id: 'gdp',
      region: 'guangzhou',
      year,
      value: 23000 + 1000 * i,
      unit: 'yi_yuan' as const,
      quality: year === 2021 ? ('preliminary' as const) : ('final' as const),
      source_publisher: '广州市统计局',
      source_title: '统计公报',
      source_url: 'https://example.org/',
      source_quote: '地区生产总值',
      note: null,
    })),
    problems: [],
  };
}

/** A valid layer: one custom indicator derived from the catalogue, two values, one target. */
export function sampleLayer(): UserLayer {
  return {
    id: 'u1',
    label: 'my-data.csv',
    created: '2026-11-23T10:41:00.000Z',
    indicators: [
      {
        id: 'u_rd_per_gdp_k',
        name: '每千亿元GDP的研发',
        unit: 'ratio',
        measure_zh: null,
        definition: 'R&D spending per 1,000 yi yuan of GDP',
        derive: 'rd_gdp_ratio * 10',
      },
    ],
    actuals: [
      { indicator_id: 'gdp', region: 'guangzhou', year: 2020, value: 25019, unit: 'yi_yuan', source: '统计年鉴 2021, 表 1-1', line: 2 },
      { indicator_id: 'u_rd_per_gdp_k', region: 'guangzhou', year: 2020, value: 31.2, unit: 'ratio', source: '', line: null },
    ],
    targets: [{ indicator_id: 'gdp', region: 'guangzhou', year: 2025, value: 35000, unit: 'yi_yuan', comparator: '>=', label: '我希望到2025年达到3.5万亿' }],
  };
}
