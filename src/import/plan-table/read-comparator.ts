import type { Comparator } from '../../data/seed-schemas.ts';
import { toHalfWidth } from '../../text/half-width.ts';

/** A comparator read from a cell or a clause; `strict` when the text said "more than" (`>`), read as `>=`. */
export interface ComparatorReading {
  comparator: Comparator;
  strict: boolean;
}

// Words Chinese plans use, longest first so 不低于 wins over 低于 and 以上 is not read inside 不以上.
const WORDS: readonly [string, Comparator, boolean][] = [
  ['不低于', '>=', false],
  ['不少于', '>=', false],
  ['不超过', '<=', false],
  ['不高于', '<=', false],
  ['控制在', '<=', false],
  ['以下', '<=', false],
  ['以内', '<=', false],
  ['左右', '~', false],
  ['上下', '~', false],
  ['约', '~', false],
  ['达到', '>=', false],
  ['以上', '>=', false],
  ['超过', '>=', true],
  ['突破', '>=', true],
  ['高于', '>=', true],
  ['至少', '>=', false],
];

const SYMBOLS = new Map<string, ComparatorReading>([
  ['>=', { comparator: '>=', strict: false }],
  ['≥', { comparator: '>=', strict: false }],
  ['<=', { comparator: '<=', strict: false }],
  ['≤', { comparator: '<=', strict: false }],
  ['==', { comparator: '==', strict: false }],
  ['=', { comparator: '==', strict: false }],
  ['~', { comparator: '~', strict: false }],
  ['≈', { comparator: '~', strict: false }],
  // A strict bound is read as "at least": a plan's "超过60家" is met by 60 on no reading the data can tell apart.
  ['>', { comparator: '>=', strict: true }],
  ['<', { comparator: '<=', strict: true }],
]);

/**
 * Read a comparator cell: a symbol (`>=`, `<=`, `==`, `~`, `>`, `<`, `≥`, `≤`, `≈`) or a word
 * (达到/不低于/以上/超过/突破 → `>=`, 不超过/以下/控制在 → `<=`, 左右/约/上下 → `~`).
 *
 * @param text - The cell as written.
 * @returns The comparator, or null when the cell is none of these.
 */
export function readComparatorCell(text: string): ComparatorReading | null {
  const cell = toHalfWidth(text).replace(/\s+/g, '');
  const symbol = SYMBOLS.get(cell);
  if (symbol) return symbol;
  const word = WORDS.find(([w]) => w === cell);
  return word ? { comparator: word[1], strict: word[2] } : null;
}

/**
 * Read the comparator a clause implies, for a row whose comparator cell is empty. 左右/约/上下 win
 * (an "about" target often also says 达到: "达到3.4%左右"); then the first other word found.
 *
 * @param clause - The clause verbatim.
 * @returns The comparator, or null when the clause names none.
 */
export function comparatorFromClause(clause: string): ComparatorReading | null {
  if (/左右|上下|约/.test(clause)) return { comparator: '~', strict: false };
  let best: { at: number; reading: ComparatorReading } | null = null;
  for (const [word, comparator, strict] of WORDS) {
    const at = clause.indexOf(word);
    if (at >= 0 && (best === null || at < best.at)) best = { at, reading: { comparator, strict } };
  }
  return best?.reading ?? null;
}
