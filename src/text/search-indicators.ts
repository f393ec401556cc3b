import { compactKey, toHalfWidth } from './half-width.ts';

/** What a search reads of an indicator: its two names and its id. */
export interface SearchableIndicator {
  name_zh: string;
  name_en: string;
  indicatorId: string;
}

/** How well an entry matches a query: lower is better. */
const EXACT = 0;
const PREFIX = 1;
const WORD = 2;
const INSIDE = 3;
const LOOSE = 4;

/**
 * Find the entries whose Chinese or English name or id matches a query, case- and width-insensitive
 * (full-width `ｒ＆ｄ` reads as `r&d`) and ignoring spaces. Exact matches come first, then those that
 * start with the query, then those with a word that starts with it, then any other that contains it,
 * then those that contain it once punctuation is dropped (`rd` in `R&D`); ties keep the index order.
 * Several words separated by spaces must each match, and “R&D” in a Chinese name also reads as 研发.
 * An empty query returns every entry in order.
 *
 * @param entries - The index, in display order (or any list with the names and the id, e.g. a picker's choices).
 * @param query - What the reader typed.
 * @example searchIndicators(entries, '研发')[0]?.indicatorId // 'rd_gdp_ratio' (研发经费投入强度)
 */
export function searchIndicators<T extends SearchableIndicator>(entries: readonly T[], query: string): T[] {
  const whole = compactKey(query);
  if (whole === '') return [...entries];
  const terms = toHalfWidth(query).trim().split(/\s+/).map(compactKey);
  const ranked: { entry: T; tier: number; at: number }[] = [];
  entries.forEach((entry, at) => {
    const fields = searchFields(entry);
    let tier = matchTier(fields, whole);
    if (tier === null && terms.length > 1) {
      const tiers = terms.map((t) => matchTier(fields, t));
      if (tiers.every((t) => t !== null)) tier = Math.max(...(tiers as number[]));
    }
    if (tier !== null) ranked.push({ entry, tier, at });
  });
  return ranked.sort((a, b) => a.tier - b.tier || a.at - b.at).map((r) => r.entry);
}

/**
 * What a query is matched against: the names and the id, and a Chinese name that writes “R&D” also
 * with 研发, the word a reader types for it (R&D经费内部支出 is 研发经费).
 */
function searchFields(entry: SearchableIndicator): string[] {
  const fields = [entry.name_zh, entry.name_en, entry.indicatorId];
  const zh = toHalfWidth(entry.name_zh).replace(/r\s*&\s*d/gi, '研发');
  return zh === entry.name_zh ? fields : [...fields, zh];
}

function matchTier(fields: readonly string[], term: string): number | null {
  let best: number | null = null;
  const better = (tier: number) => {
    if (best === null || tier < best) best = tier;
  };
  const loose = looseKey(term);
  for (const field of fields) {
    const key = compactKey(field);
    if (key === term) better(EXACT);
    else if (key.startsWith(term)) better(PREFIX);
    else if (startsWord(toHalfWidth(field).toLowerCase(), term)) better(WORD);
    else if (key.includes(term)) better(INSIDE);
    else if (loose !== '' && looseKey(field).includes(loose)) better(LOOSE);
  }
  return best;
}

/** Whether `term` occurs right after a space, `_` or other mark in `text` (the start of a word of a name or id). */
function startsWord(text: string, term: string): boolean {
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) if (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1] as string)) return true;
  return false;
}

/** A name or id with letters and digits only, so `R&D`, `r d` and `rd` meet. */
function looseKey(text: string): string {
  return compactKey(text).replace(/[^\p{L}\p{N}]/gu, '');
}

