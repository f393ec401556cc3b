import { EVALUATE_YEARS } from '../scenario/scenario.ts';

/** How many earlier years the as-of choice offers. */
const AS_OF_CHOICES = 8;

/**
 * The years a hindcast can start from: up to eight years before the last value, newest first, and
 * none before the first year the track record is measured from (`EVALUATE_YEARS.from`, 2012), so
 * every hindcast offered is one the track record also scores.
 *
 * @param years - The years of the values on screen (published and the reader's own).
 * @returns The years, newest first; none when there are no values.
 * @example asOfChoices([2015, 2021]) // [2020, 2019, 2018, 2017, 2016, 2015, 2014, 2013]
 */
export function asOfChoices(years: readonly number[]): number[] {
  const last = Math.max(...years);
  return Array.from({ length: AS_OF_CHOICES }, (_, i) => last - 1 - i).filter((y) => y >= EVALUATE_YEARS.from);
}
