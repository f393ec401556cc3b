import { YEAR_RANGE } from '../data/seed-schemas.ts';
import { toHalfWidth } from '../text/half-width.ts';

/** A cell read as a year, a four-digit year out of range, or not a year. */
export type YearReading = { kind: 'year'; year: number } | { kind: 'out-of-range'; year: number } | { kind: 'not-a-year' };

// 2019, 2019年, 2019 年, 2019年度, 2019年末, FY2019, with full-width digits allowed.
const YEAR = /^(?:fy)?\s*([0-9]{4})\s*(?:年(?:度|末|底)?)?$/i;

/**
 * Read a year from a header or cell.
 *
 * @param text - The cell as written.
 * @returns The year; a four-digit year outside 1949–2100 as `out-of-range`; anything else `not-a-year`.
 */
export function readYear(text: string): YearReading {
  const match = YEAR.exec(toHalfWidth(text).trim());
  if (!match) return { kind: 'not-a-year' };
  const year = Number(match[1]);
  return year >= YEAR_RANGE[0] && year <= YEAR_RANGE[1] ? { kind: 'year', year } : { kind: 'out-of-range', year };
}
