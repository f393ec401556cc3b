import type { Comparator, Quality, TargetKind, Unit } from './seed-schemas.ts';
import type { Problem } from './problems.ts';

/** A plan document; `source_file` names its verbatim text in seeds/plans/. */
export interface PlanRow {
  line: number;
  id: string;
  title_zh: string | null;
  title_en: string;
  /** A short name for legends and tables, e.g. 2019–2021强市计划. */
  short_zh: string;
  short_en: string;
  issuer: string;
  issued: string | null;
  period: string | null;
  source_file: string;
  notes: string | null;
}

export interface IndicatorRow {
  line: number;
  id: string;
  name_zh: string;
  name_en: string;
  unit: Unit;
  kind: string;
  lower_bound: number | null;
  upper_bound: number | null;
  /** English definition, precise about definition traps. */
  definition: string;
  /** The same definition in Chinese. */
  definition_zh: string;
  action_area: string;
  focal: 'yes' | 'no' | null;
  /** The Chinese measure word for counts (家, 个, 项…), as the plans write it. */
  measure_zh: string | null;
  /** Set only on rows a user layer added (see `withLayers` in src/user); published rows leave it out. */
  origin?: 'user';
  /** The id of the user layer the row came from; absent on published rows. */
  layer?: string;
}

/** One quantified target, with the verbatim clause of the plan it comes from. */
export interface TargetRow {
  line: number;
  plan_id: string;
  source_file: string;
  indicator_id: string;
  region: string;
  year: number;
  value: number;
  unit: Unit;
  comparator: Comparator;
  kind: TargetKind;
  value_text: string;
  clause_zh: string;
  note: string | null;
  /** Set only on rows a user layer added (see `withLayers` in src/user); published rows leave it out. */
  origin?: 'user';
  /** The id of the user layer the row came from; absent on published rows. */
  layer?: string;
}

/** One published value with its source. */
export interface ActualRow {
  line: number;
  indicator_id: string;
  region: string;
  year: number;
  value: number;
  unit: Unit;
  quality: Quality;
  source_publisher: string;
  source_title: string;
  source_url: string;
  source_quote: string;
  note: string | null;
  /** Set only on rows a user layer added (see `withLayers` in src/user); published rows leave it out. */
  origin?: 'user';
  /** The id of the user layer the row came from; absent on published rows. */
  layer?: string;
}

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
