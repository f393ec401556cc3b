import type { TableSchema } from './table-schema.ts';

/** Unit codes used across the seed files; the UI shows them as 亿元, 家, % etc. */
export const UNITS = [
  'percent',
  'yi_yuan',
  'wan_yuan',
  'count',
  'persons',
  'items',
  'per_10k_people',
  'per_million_people',
  'times',
  'ratio',
] as const;
export type Unit = (typeof UNITS)[number];

export const INDICATOR_KINDS = ['level', 'share', 'count', 'cumulative_count', 'growth_rate'] as const;
export const COMPARATORS = ['>=', '<=', '=='] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const TARGET_KINDS = ['annual', 'end', 'milestone', 'policy_parameter', 'funding'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
/** How far a published value can be taken at face value (see seeds/README.md). */
export const QUALITIES = ['final', 'preliminary', 'rounded', 'lower_bound', 'estimate'] as const;
export type Quality = (typeof QUALITIES)[number];

/** The years any table, scenario or user layer may name. */
export const YEAR_RANGE = [1949, 2100] as const;
const YEAR = { kind: 'integer', min: YEAR_RANGE[0], max: YEAR_RANGE[1] } as const;
const text = { kind: 'string' } as const;
const optional = (name: string) => ({ name, type: text, required: false });

export const PLANS_SCHEMA: TableSchema = {
  columns: [
    { name: 'id', type: text },
    // Not every text states its title or period; those stay empty rather than invented.
    optional('title_zh'),
    { name: 'title_en', type: text },
    { name: 'short_zh', type: text },
    { name: 'short_en', type: text },
    { name: 'issuer', type: text },
    optional('issued'),
    optional('period'),
    { name: 'source_file', type: text },
    optional('notes'),
  ],
  key: ['id'],
};

export const INDICATORS_SCHEMA: TableSchema = {
  columns: [
    { name: 'id', type: text },
    { name: 'name_zh', type: text },
    { name: 'name_en', type: text },
    { name: 'unit', type: { kind: 'enum', values: UNITS } },
    { name: 'kind', type: { kind: 'enum', values: INDICATOR_KINDS } },
    { name: 'lower_bound', type: { kind: 'number' }, required: false },
    { name: 'upper_bound', type: { kind: 'number' }, required: false },
    { name: 'definition', type: text },
    { name: 'definition_zh', type: text },
    { name: 'action_area', type: text },
    { name: 'focal', type: { kind: 'enum', values: ['yes', 'no'] }, required: false },
    optional('measure_zh'),
  ],
  key: ['id'],
};

export const TARGETS_SCHEMA: TableSchema = {
  columns: [
    { name: 'plan_id', type: text },
    { name: 'source_file', type: text },
    { name: 'indicator_id', type: text },
    { name: 'region', type: text },
    { name: 'year', type: YEAR },
    { name: 'value', type: { kind: 'number' } },
    { name: 'unit', type: { kind: 'enum', values: UNITS } },
    { name: 'comparator', type: { kind: 'enum', values: COMPARATORS } },
    { name: 'kind', type: { kind: 'enum', values: TARGET_KINDS } },
    { name: 'value_text', type: text },
    { name: 'clause_zh', type: text },
    optional('note'),
  ],
  key: ['plan_id', 'indicator_id', 'region', 'year', 'kind', 'comparator', 'value'],
};

export const ACTUALS_SCHEMA: TableSchema = {
  columns: [
    { name: 'indicator_id', type: text },
    { name: 'region', type: text },
    { name: 'year', type: YEAR },
    { name: 'value', type: { kind: 'number' } },
    { name: 'unit', type: { kind: 'enum', values: UNITS } },
    { name: 'quality', type: { kind: 'enum', values: QUALITIES } },
    { name: 'source_publisher', type: text },
    { name: 'source_title', type: text },
    { name: 'source_url', type: text },
    { name: 'source_quote', type: text },
    optional('note'),
  ],
  key: ['indicator_id', 'region', 'year', 'value', 'source_url'],
};
