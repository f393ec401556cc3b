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
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const COMPARATORS = ['>=', '<=', '==', '~'] as const;
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
// Generic over the name so the literal reaches `RowOf`: a plain `string` would lose the column.
const optional = <N extends string>(name: N) => ({ name, type: text, required: false }) as const;

// Each schema is `as const` so that `RowOf` (table-schema.ts) can read its row type (types.ts) off
// it: column names, enum values and `required: false` stay literal. `satisfies` still checks its shape.

/** plans.csv: a plan document; `source_file` names its verbatim text in seeds/plans/. */
export const PLANS_SCHEMA = {
  columns: [
    { name: 'id', type: text },
    // Not every text states its title or period; those stay empty rather than invented.
    optional('title_zh'),
    { name: 'title_en', type: text },
    // A short name for legends and tables, e.g. 2019–2021强市计划.
    { name: 'short_zh', type: text },
    { name: 'short_en', type: text },
    { name: 'issuer', type: text },
    optional('issued'),
    optional('period'),
    { name: 'source_file', type: text },
    optional('notes'),
  ],
  key: ['id'],
} as const satisfies TableSchema;

/** indicators.csv: the indicator catalogue. */
export const INDICATORS_SCHEMA = {
  columns: [
    { name: 'id', type: text },
    { name: 'name_zh', type: text },
    { name: 'name_en', type: text },
    { name: 'unit', type: { kind: 'enum', values: UNITS } },
    { name: 'kind', type: { kind: 'enum', values: INDICATOR_KINDS } },
    { name: 'lower_bound', type: { kind: 'number' }, required: false },
    { name: 'upper_bound', type: { kind: 'number' }, required: false },
    // English definition, precise about definition traps; then the same in Chinese.
    { name: 'definition', type: text },
    { name: 'definition_zh', type: text },
    { name: 'action_area', type: text },
    { name: 'focal', type: { kind: 'enum', values: ['yes', 'no'] }, required: false },
    // The Chinese measure word for counts (家, 个, 项…), as the plans write it.
    optional('measure_zh'),
    // Why a target year lacks a published value: what was looked at and what was found instead, in
    // Chinese and English. The years themselves are computed, so the text stays true when one is added.
    optional('gap_zh'),
    optional('gap_en'),
  ],
  key: ['id'],
} as const satisfies TableSchema;

/** targets.csv: one quantified target per row, with the verbatim clause of the plan it comes from. */
export const TARGETS_SCHEMA = {
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
    { name: 'tolerance', type: { kind: 'number' }, required: false },
  ],
  key: ['plan_id', 'indicator_id', 'region', 'year', 'kind', 'comparator', 'value'],
} as const satisfies TableSchema;

/** actuals.csv: one published value per row, with its source.
 * Each reader-facing pair (`publisher_zh`/`publisher_en`, `note_zh`/`note_en`) is given in both
 * languages or in neither; `loadDataset` reports a half (see {@link READER_PAIRS}). */
export const ACTUALS_SCHEMA = {
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
    // How the value was read, for auditors (in English): never shown to readers.
    optional('note'),
    // The publisher named for readers of each language: `source_publisher` stays as written, often
    // in one language only. Optional so that older tables still load; the shipped seeds name both.
    optional('publisher_zh'),
    optional('publisher_en'),
    // What a reader should know about the value, written for them in each language (or nothing).
    optional('note_zh'),
    optional('note_en'),
  ],
  key: ['indicator_id', 'region', 'year', 'value', 'source_url'],
} as const satisfies TableSchema;

/** The actuals columns written for readers, in pairs that must be given in both languages or neither. */
export const READER_PAIRS = [
  ['publisher_zh', 'publisher_en'],
  ['note_zh', 'note_en'],
] as const;
