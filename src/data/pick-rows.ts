import { pickByYear } from '../model/index.ts';
import type { ActualRow } from './types.ts';

/**
 * One value per year for charts, scores and the engine. A published value always wins over a user's
 * value for the same year, whatever their qualities: the user's layer fills years the publishers
 * left empty (or an indicator they never published) but never silently replaces a published figure.
 *
 * @param rows - Every value of one indicator and region, published rows first.
 */
export function pickRows<T extends ActualRow>(rows: readonly T[]): T[] {
  const published = new Set(rows.filter((r) => r.origin !== 'user').map((r) => r.year));
  return pickByYear(rows.filter((r) => r.origin !== 'user' || !published.has(r.year)));
}
