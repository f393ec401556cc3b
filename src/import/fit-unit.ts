import type { Unit } from '../data/seed-schemas.ts';
import { decimalToNumber, type ExactDecimal } from './exact-decimal.ts';
import { UNIT_CODES, type CellUnit } from './unit-words.ts';

/** A value in the indicator's unit, or why it cannot be put there. */
export type FitResult =
  | { ok: true; value: number; /** Powers of ten moved; non-zero means the user should see a note. */ shift: number }
  | { ok: false; code: 'unit-mismatch' | 'not-a-number' };

/**
 * Put a number written with some unit into an indicator's unit.
 *
 * The rules, in order:
 * - A bare number is taken to be in the indicator's unit already.
 * - Money moves by powers of ten between 千元, 万元, 百万元, 亿元 and 万亿元 ("3500万元" → 0.35 亿元),
 *   which is exact because only the decimal exponent changes. Plain 元 is refused: no indicator is
 *   stored in 元, and "2,413.06元" in a 亿元 column is far more often a slip for 亿元 than a value
 *   10^8 times smaller, so the user must fix the cell rather than have it silently shrink.
 * - Counts and persons take 万/亿 multipliers ("1.2万家" → 12 000), with or without a measure word;
 *   any measure word fits `count` and `items`.
 * - Anything else must name the indicator's own dimension (`%` for percent, 倍 for times); a `%`
 *   in a 亿元 column is `unit-mismatch`, never a guess.
 *
 * @param decimal - The number as written.
 * @param written - The unit the cell (or its column) names, or null.
 * @param target - The indicator's unit.
 * @returns The value in `target`, or the reason it does not fit.
 */
export function fitToUnit(decimal: ExactDecimal, written: CellUnit | null, target: Unit): FitResult {
  const want = UNIT_CODES[target];
  let shift: number;
  if (written === null) shift = 0;
  else if (written.dimension === want.dimension && !(written.dimension === 'money' && written.power === 0)) {
    shift = written.power - want.power;
  } else if (written.dimension === 'scale' && (want.dimension === 'counted' || want.dimension === 'persons')) {
    shift = written.power;
  } else return { ok: false, code: 'unit-mismatch' };
  const value = decimalToNumber(decimal, shift);
  return Number.isFinite(value) ? { ok: true, value, shift } : { ok: false, code: 'not-a-number' };
}

/**
 * Decide which unit applies to a cell: its own, or the one its column or header declares.
 *
 * A bare multiplier in the cell combines with a declared money, count or person unit, so "1.2万" in
 * a column headed 家 is 1.2万家 and in a column headed 亿元 is 1.2万亿元.
 *
 * @param cell - The unit written in the cell, if any.
 * @param declared - The unit of the column, row or table, if any.
 */
export function combineUnits(cell: CellUnit | null, declared: CellUnit | null): CellUnit | null {
  if (cell === null) return declared;
  if (cell.dimension !== 'scale' || declared === null) return cell;
  if (declared.dimension !== 'money' && declared.dimension !== 'counted' && declared.dimension !== 'persons') return cell;
  return { ...declared, text: `${cell.text}${declared.text}`, power: cell.power + declared.power };
}
