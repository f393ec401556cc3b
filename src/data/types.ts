import type { Problem } from './problems.ts';
import type { ACTUALS_SCHEMA, INDICATORS_SCHEMA, IndicatorKind, PLANS_SCHEMA, TARGETS_SCHEMA } from './seed-schemas.ts';
import type { RowOf } from './table-schema.ts';

// The row types are read off the seed schemas (see RowOf), so a column is declared once: adding
// one to a schema adds it here, and an enum's values are the union its column accepts.

/** What a user layer adds to the rows it contributes (see `withLayers` in src/user); published rows leave both out. */
export interface LayerMark {
  /** Set only on rows a user layer added. */
  origin?: 'user';
  /** The id of the user layer the row came from. */
  layer?: string;
}

/** A plan document, as {@link PLANS_SCHEMA} declares it; `source_file` names its verbatim text in seeds/plans/. */
export type PlanRow = RowOf<typeof PLANS_SCHEMA>;

/**
 * One indicator of the catalogue, as {@link INDICATORS_SCHEMA} declares it, or one a user layer
 * added. A layer's indicators are of kind `'user'`, which the schema refuses in a seed row (the
 * engine pools every kind but `share` as a level; see src/data/engine-input.ts).
 */
export type IndicatorRow = Omit<RowOf<typeof INDICATORS_SCHEMA>, 'kind'> & { kind: IndicatorKind | 'user' } & LayerMark;

/** What the loader adds to a seed row: its `value` cell exactly as the file wrote it (`2.10`), for downloads. */
export interface ExactValue {
  value_exact?: string;
}

/** One quantified target, as {@link TARGETS_SCHEMA} declares it, with the verbatim clause of the plan it comes from. */
export type TargetRow = RowOf<typeof TARGETS_SCHEMA> & LayerMark & ExactValue;

type SeedActual = RowOf<typeof ACTUALS_SCHEMA>;
/** The columns written for readers; rows a user layer or a formula adds leave them out. */
type ReaderColumn = 'publisher_zh' | 'publisher_en' | 'note_zh' | 'note_en';

/**
 * One published value with its source, as {@link ACTUALS_SCHEMA} declares it. The reader-facing
 * publisher and note columns are optional here, since user and formula rows have none.
 */
export type ActualRow = Flat<Omit<SeedActual, ReaderColumn> & Partial<Pick<SeedActual, ReaderColumn>>> & LayerMark & ExactValue;

/** The same object type written as one, so editors and errors show its fields rather than an intersection. */
type Flat<T> = { [K in keyof T]: T[K] };

/** The four seed tables as loaded, and every problem that kept a row out. */
export interface Dataset {
  plans: PlanRow[];
  indicators: IndicatorRow[];
  targets: TargetRow[];
  actuals: ActualRow[];
  problems: Problem[];
}

/** The raw text of the four seed tables, keyed by the file name used in messages. */
export interface SeedTexts {
  plans: string;
  indicators: string;
  targets: string;
  actuals: string;
}
