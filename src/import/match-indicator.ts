import type { IndicatorRow } from '../data/types.ts';
import { compactKey } from '../text/half-width.ts';
import { INDICATOR_ALIASES } from './indicator-aliases.ts';
import { normaliseName } from '../text/user-text.ts';
import { readUnitWord, type CellUnit } from './unit-words.ts';

/** The catalogue fields the importer needs. */
export type CatalogueIndicator = Pick<IndicatorRow, 'id' | 'name_zh' | 'name_en' | 'unit' | 'measure_zh'>;

/** What a name cell refers to. */
export type IndicatorMatch =
  | { kind: 'catalogue'; indicator: CatalogueIndicator; /** False when only a spelling variant or alias matched. */ exact: boolean }
  | {
      kind: 'unknown';
      /** Groups cells naming the same unknown indicator. */
      key: string;
      /** The name as it would be stored: without its unit bracket, through `normaliseName`. */
      name: string;
    };

/** A name cell read: what it refers to and the unit its bracket names. */
export interface NameReading {
  match: IndicatorMatch;
  /** A unit in a trailing bracket of the name, e.g. 技术合同成交额（亿元）. */
  unit: CellUnit | null;
}

// A trailing bracket: "名称（亿元）", "名称 (亿元)", "名称[亿元]", "名称【亿元】".
const TRAILING_BRACKET = /^(.*?)\s*[(（[【]([^()（）[\]【】]*)[)）\]】]\s*$/s;

/**
 * Split a trailing unit in brackets off an indicator name; a bracket that is not a unit stays, as in
 * 首台（套）装备补贴比例上限（市目录）.
 *
 * @param text - The name cell as written.
 */
export function splitUnitFromName(text: string): { name: string; unit: CellUnit | null } {
  const match = TRAILING_BRACKET.exec(text.trim());
  const unit = match ? readUnitWord(match[2] ?? '') : null;
  return unit && match ? { name: (match[1] ?? '').trim(), unit } : { name: text.trim(), unit: null };
}

/**
 * Reduce a name to the key spelling variants share: no spaces or full-width forms, 研究与试验发展 and
 * 研发 as R&D, 地区生产总值 as GDP, and no trailing 数/数量/个数/总数.
 *
 * @param name - A name without its unit bracket.
 */
export function looseKey(name: string): string {
  return compactKey(name)
    .replace(/\((?:r&d|研究与试验发展|研发)\)/g, '')
    .replace(/研究与试验发展|研究与开发|研发/g, 'r&d')
    .replace(/地区生产总值|国内生产总值/g, 'gdp')
    .replace(/(?:数量|个数|总数|数)$/, '');
}

/**
 * Build a function that maps name cells to catalogue indicators.
 *
 * Tried in order: the id, then name_zh or name_en ignoring spaces, case and full-width forms (first
 * with, then without a trailing unit bracket), then {@link looseKey} of the catalogue names and of
 * {@link INDICATOR_ALIASES}. A loose key shared by two catalogue indicators matches neither.
 *
 * @param catalogue - The shipped indicators.
 * @returns A matcher; names it cannot place come back as `unknown`, to become custom indicators.
 */
export function createIndicatorMatcher(catalogue: readonly CatalogueIndicator[]): (text: string) => NameReading {
  const exact = new Map<string, CatalogueIndicator>();
  const loose = new Map<string, CatalogueIndicator | 'ambiguous'>();
  for (const indicator of catalogue) {
    for (const name of [indicator.id, indicator.name_zh, indicator.name_en]) {
      if (!exact.has(compactKey(name))) exact.set(compactKey(name), indicator);
    }
    for (const name of [indicator.name_zh, indicator.name_en]) {
      const key = looseKey(splitUnitFromName(name).name);
      const seen = loose.get(key);
      loose.set(key, seen === undefined || seen === indicator ? indicator : 'ambiguous');
    }
  }
  for (const indicator of catalogue) {
    // Aliases are checked by hand against the definitions, so they win over a coincidental loose key.
    // Keyed like the names they are looked up by: a unit bracket split off first.
    for (const alias of INDICATOR_ALIASES[indicator.id] ?? []) loose.set(looseKey(splitUnitFromName(alias).name), indicator);
  }
  return (text) => {
    const whole = exact.get(compactKey(text));
    if (whole) return { match: { kind: 'catalogue', indicator: whole, exact: true }, unit: null };
    const { name, unit } = splitUnitFromName(text);
    const named = exact.get(compactKey(name));
    if (named) return { match: { kind: 'catalogue', indicator: named, exact: true }, unit };
    const key = looseKey(name);
    const similar = loose.get(key);
    if (similar && similar !== 'ambiguous') return { match: { kind: 'catalogue', indicator: similar, exact: false }, unit };
    return { match: { kind: 'unknown', key, name: normaliseName(name) }, unit };
  };
}
