import type { Quality, Unit } from '../data/seed-schemas.ts';
import type { TargetRow } from '../data/types.ts';

/**
 * What a user brought: one import (a file or a paste) or hand-made targets, kept as its own layer
 * beside the published data. A layer never replaces a published row; the page shows it marked as
 * the user's, and removing the layer removes everything it added.
 */
export interface UserLayer {
  /** Stable id within a workspace, e.g. `u1`. */
  id: string;
  /** What the user sees: the file name, or "粘贴 2026-11-23 10:41". */
  label: string;
  /** ISO timestamp of the import. */
  created: string;
  /** Indicators the catalogue does not have. Their ids never collide with shipped ids. */
  indicators: UserIndicator[];
  actuals: UserActual[];
  targets: UserTarget[];
  /** Plans brought in as a table (`src/import/plan-table`); their targets name them by `plan_id`. Absent: none. */
  plans?: UserPlan[];
}

/** A plan a user brought as a table, shown like a seeded plan (its own colour, legend, scoreboard rows). */
export interface UserPlan {
  /** `u_plan_…`, derived from the name (see `planIdFor`), so the same table gives the same id. */
  id: string;
  /** As the user gave it; shown in both languages as given. */
  name: string;
  issuer: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as the table says. */
  issued: string | null;
  notes: string | null;
  source: string | null;
}

/** A custom indicator; `derive` makes it a formula of other indicators (same region), projected path by path. */
export interface UserIndicator {
  /** Lower-case letters, digits and `_`, starting with a letter; prefixed `u_` so it cannot shadow a shipped id. */
  id: string;
  name: string;
  unit: Unit;
  /** The measure word for counts (家, 个, 项…), if any. */
  measure_zh: string | null;
  definition: string;
  derive: string | null;
}

/** What a value and a target both say: which indicator, where, when, how much, in what unit. */
type PlacedValue = Pick<TargetRow, 'indicator_id' | 'region' | 'year' | 'value' | 'unit'>;

/** One value the user brought. `line` points into the file it came from, for messages. */
export interface UserActual extends PlacedValue {
  /** Where the user says the figure is from (free text, shown as text, never as markup or a link unless http(s)). */
  source: string;
  line: number | null;
  /** Who published the figure, as the user typed it (the fill-in grid's source); absent for a plain import. */
  publisher?: string;
  /** The document it is read from. */
  title?: string;
  /** Where it can be read; shown as a link only when http(s). */
  url?: string;
  /** The words that give the figure, verbatim. */
  quote?: string;
  /** How firm the figure is, as the user says; absent means final. */
  quality?: Quality;
}

/** A target the user set, scored like a plan's. */
export interface UserTarget extends PlacedValue, Pick<TargetRow, 'comparator'> {
  /** The user's words for it, shown where a plan's clause would be; for a plan table, the clause verbatim. */
  label: string;
  /** The user plan it belongs to; absent means the hand-made targets' plan, {@link USER_PLAN_ID}. */
  plan_id?: string;
  /** For `~` only: the relative tolerance (0.02 = ±2%); absent means the scenario's default. */
  tolerance?: number;
  /** Where the target is quoted from and any remark, as the table gave them. */
  note?: string;
}

/** The plan id every user target is filed under, so charts and tables treat it like a plan. */
export const USER_PLAN_ID = 'user';
/** Custom indicator ids start with this, so they can never shadow a shipped one. */
export const USER_INDICATOR_PREFIX = 'u_';

/** User plan ids: `u_plan_`, then 1–40 lower-case letters, digits or `_`; never a seeded plan's id. */
export const USER_PLAN_ID_PATTERN = /^u_plan_[a-z0-9_]{1,40}$/;
/** Dates a user plan may give: a day, a month or a year. */
export const PLAN_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Layer ids: a lower-case letter, then up to 39 lower-case letters, digits, `_` or `-` (e.g. `u1`). */
export const LAYER_ID_PATTERN = /^[a-z][a-z0-9_-]{0,39}$/;
/** Custom indicator ids: `u_`, then 1–62 lower-case letters, digits or `_` (e.g. `u_patents_per_firm`). */
export const USER_INDICATOR_ID_PATTERN = /^u_[a-z0-9_]{1,62}$/;
/** Indicator ids as the seed files write them (`rd_gdp_ratio`); custom ids match too. Regions: see `isRegion`. */
export const ID_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** Longest region name accepted; the seeds' ids are short, but an import keeps an unknown region as written. */
export const MAX_REGION_LENGTH = 100;

/**
 * Tell whether a string can be a region: a seed id (`guangzhou`) or a name an import kept as
 * written (`深圳市`). It must be 1–100 characters without surrounding spaces, control characters or
 * `@`, which separates indicator and region in series keys (`gdp@guangzhou`).
 *
 * @param region - The candidate.
 */
export function isRegion(region: string): boolean {
  return region !== '' && region.length <= MAX_REGION_LENGTH && region.trim() === region && !/[@\p{Cc}]/u.test(region);
}

/** Text limits in characters. Definitions are longer prose, like the catalogue's (up to ~700). */
export const TEXT_LIMITS = { name: 200, label: 500, source: 500, definition: 2_000, notes: 4_000, url: 2_000 } as const;
