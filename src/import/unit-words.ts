import type { Unit } from '../data/seed-schemas.ts';
import { toHalfWidth } from '../text/half-width.ts';

/**
 * What a unit word measures. `counted` is anything with a measure word (家, 个, 项…); `scale` is a
 * bare 万 or 亿 that multiplies without saying what is counted.
 */
export type UnitDimension =
  | 'percent'
  | 'money'
  | 'counted'
  | 'persons'
  | 'times'
  | 'ratio'
  | 'per_10k_people'
  | 'per_million_people'
  | 'scale';

/** A unit written in a cell, a unit column or a header: "亿元" is money at 10^8 yuan. */
export interface CellUnit {
  /** The unit as written with full-width forms made ASCII, e.g. `万元`, `%`. */
  text: string;
  dimension: UnitDimension;
  /** Power of ten of the base unit (yuan, one item, one person): 亿元 → 8, 万家 → 4, % → 0. */
  power: number;
  /** The measure word for counts (家, 个, 件…), else null. */
  measure: string | null;
}

type Entry = readonly [dimension: UnitDimension, power: number, measure: string | null];

/** What each stored unit is: its dimension and power of ten. The seed files' codes read as themselves. */
export const UNIT_CODES: Record<Unit, { dimension: UnitDimension; power: number }> = {
  percent: { dimension: 'percent', power: 0 },
  yi_yuan: { dimension: 'money', power: 8 },
  wan_yuan: { dimension: 'money', power: 4 },
  count: { dimension: 'counted', power: 0 },
  items: { dimension: 'counted', power: 0 },
  persons: { dimension: 'persons', power: 0 },
  times: { dimension: 'times', power: 0 },
  ratio: { dimension: 'ratio', power: 0 },
  per_10k_people: { dimension: 'per_10k_people', power: 0 },
  per_million_people: { dimension: 'per_million_people', power: 0 },
};

const MEASURE_WORDS = ['家', '个', '项', '件', '台', '套', '座', '所', '支', '篇', '种'];
const PERSON_WORDS = ['人', '名', '位'];

/** Every unit word the importer understands, after full-width forms are made ASCII and spaces dropped. */
const UNIT_WORDS = new Map<string, Entry>([
  ['%', ['percent', 0, null]],
  ['元', ['money', 0, null]],
  ['千元', ['money', 3, null]],
  ['万元', ['money', 4, null]],
  ['百万元', ['money', 6, null]],
  ['亿元', ['money', 8, null]],
  ['万亿元', ['money', 12, null]],
  ['倍', ['times', 0, null]],
  ['千', ['scale', 3, null]],
  ['万', ['scale', 4, null]],
  ['亿', ['scale', 8, null]],
  ['万亿', ['scale', 12, null]],
  ['/万人', ['per_10k_people', 0, null]],
  ['每万人', ['per_10k_people', 0, null]],
  ['/百万人', ['per_million_people', 0, null]],
  ['每百万人', ['per_million_people', 0, null]],
  // The seed files' own unit codes, so a file exported from Targetline reads back.
  ...Object.entries(UNIT_CODES).map(([code, u]): [string, Entry] => [code, [u.dimension, u.power, null]]),
  ...MEASURE_WORDS.flatMap((word): [string, Entry][] => [
    [word, ['counted', 0, word]],
    [`万${word}`, ['counted', 4, word]],
    [`${word}/万人`, ['per_10k_people', 0, word]],
    [`${word}/百万人`, ['per_million_people', 0, word]],
  ]),
  ...PERSON_WORDS.flatMap((word): [string, Entry][] => [
    [word, ['persons', 0, word]],
    [`万${word}`, ['persons', 4, word]],
  ]),
]);

/**
 * Read a unit word from a cell's tail, a unit column or a bracket in a header.
 *
 * Full-width forms, spaces, a leading `单位：` and surrounding brackets are ignored, so `（单位：亿元）`
 * and `亿 元` both read as 亿元.
 *
 * @param text - The unit as written.
 * @returns The unit, or null when the text is not a unit this importer knows.
 */
export function readUnitWord(text: string): CellUnit | null {
  const written = toHalfWidth(text)
    .trim()
    .replace(/^[([【]\s*|\s*[)\]】]$/g, '')
    .replace(/^(?:计量)?单位\s*:?\s*/, '');
  const entry = UNIT_WORDS.get(written.replace(/\s+/g, '').toLowerCase());
  return entry ? { text: written, dimension: entry[0], power: entry[1], measure: entry[2] } : null;
}
