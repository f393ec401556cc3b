import type { Observation, Quality } from './types.ts';

/** Preference between published values for the same year: the firmest first. */
const QUALITY_RANK: Record<Quality, number> = {
  final: 0,
  preliminary: 1,
  rounded: 2,
  lower_bound: 3,
  estimate: 4,
};

/**
 * Choose the value to score a year by when several are published for it: the firmest quality
 * wins; among lower bounds the highest (the tightest "at least"); otherwise the first listed,
 * so the seed file's order decides between equally firm figures.
 *
 * @param candidates - Every published value for one indicator, region and year.
 * @returns The chosen value, or undefined when there is none (a gap stays a gap).
 */
export function pickActual<T extends Observation>(candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const c of candidates) {
    if (best === undefined) {
      best = c;
      continue;
    }
    const byRank = QUALITY_RANK[c.quality] - QUALITY_RANK[best.quality];
    if (byRank < 0 || (byRank === 0 && c.quality === 'lower_bound' && c.value > best.value)) best = c;
  }
  return best;
}

/**
 * Choose one value per year from a series' published values (see `pickActual`), sorted by year.
 * Years without a value are simply absent: a gap stays a gap.
 *
 * @param values - Every published value of one indicator and region, in file order.
 */
export function pickByYear<T extends Observation>(values: readonly T[]): T[] {
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  return years.map((year) => pickActual(values.filter((v) => v.year === year))).filter((v): v is T => v !== undefined);
}
