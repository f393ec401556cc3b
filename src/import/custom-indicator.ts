import type { Unit } from '../data/seed-schemas.ts';
import { USER_INDICATOR_PREFIX } from '../user/layer.ts';
import type { CellUnit } from './unit-words.ts';

const MAX_SLUG = 40;

/**
 * Build a function that gives each new custom indicator an id no shipped or earlier indicator has.
 *
 * The rule: a name written entirely in printable ASCII whose slug (lower case, runs of other
 * characters as `_`) starts with a letter gets `u_<slug>`, e.g. "Patent grants" → `u_patent_grants`;
 * every other name, including every Chinese one, gets the next free `u_<n>` in order of appearance
 * (`u_1`, `u_2`…). We never transliterate Chinese: a pinyin guess is neither stable nor readable.
 * Ids therefore match `/^u_[a-z][a-z0-9_]*$|^u_[0-9]+$/`; a clash gets `_2`, `_3`….
 *
 * @param taken - Ids already in use (the catalogue, the workspace's other layers).
 */
export function createCustomIds(taken: Iterable<string>): (name: string) => string {
  const used = new Set(taken);
  let counter = 0;
  return (name) => {
    const slug = /^[\x20-\x7e]+$/.test(name)
      ? name.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, MAX_SLUG).replace(/^_+|_+$/g, '')
      : '';
    let id: string;
    if (/^[a-z]/.test(slug)) {
      id = `${USER_INDICATOR_PREFIX}${slug}`;
      for (let n = 2; used.has(id); n++) id = `${USER_INDICATOR_PREFIX}${slug}_${n}`;
    } else {
      do id = `${USER_INDICATOR_PREFIX}${++counter}`;
      while (used.has(id));
    }
    used.add(id);
    return id;
  };
}

/**
 * Choose the stored unit for a custom indicator from the unit its cells or headers name.
 *
 * 亿元 and 万亿元 become `yi_yuan`; 千元, 万元 and 百万元 `wan_yuan`; 件 and 项 `items`, other measure
 * words `count`. Plain 元 and a bare 万/亿 give no unit: UNITS has no 元, and a multiplier says
 * nothing about what is counted.
 *
 * @param unit - The unit as read.
 * @returns The unit and measure word, or null when the user has to choose.
 */
export function unitForCustom(unit: CellUnit): { unit: Unit; measure: string | null } | null {
  switch (unit.dimension) {
    case 'money':
      if (unit.power >= 8) return { unit: 'yi_yuan', measure: null };
      return unit.power >= 3 ? { unit: 'wan_yuan', measure: null } : null;
    case 'counted':
      return { unit: unit.measure === '件' || unit.measure === '项' ? 'items' : 'count', measure: unit.measure };
    case 'scale':
      return null;
    default:
      return { unit: unit.dimension, measure: unit.dimension === 'persons' ? unit.measure : null };
  }
}
