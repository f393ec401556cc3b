import type { ScoreSortKey, Sort } from '../../notebook/frames.ts';

export type SortKey = ScoreSortKey;
export type SortState = Sort<ScoreSortKey>;

/**
 * Return the next sort after a header is pressed: a new column sorts ascending, the same one flips.
 *
 * @param current - The sort now.
 * @param key - The column pressed.
 */
export function nextSort<K extends string>(current: { key: K; ascending: boolean }, key: K): { key: K; ascending: boolean } {
  return current.key === key ? { key, ascending: !current.ascending } : { key, ascending: true };
}
