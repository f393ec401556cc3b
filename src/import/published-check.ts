import type { Quality } from '../data/seed-schemas.ts';
import { pickActual, roundingStep } from '../model/index.ts';

/** A published value as the importer needs it: where, when, how much and how firm. */
export interface PublishedFigure {
  indicator_id: string;
  region: string;
  year: number;
  value: number;
  quality: Quality;
}

/** The published figure that decides each indicator, region and year, keyed by {@link figureKey}. */
export type PublishedIndex = ReadonlyMap<string, PublishedFigure>;

/**
 * The key of one indicator, region and year.
 *
 * @param indicatorId - The indicator's id.
 * @param region - The region id.
 * @param year - The year.
 */
export function figureKey(indicatorId: string, region: string, year: number): string {
  return `${indicatorId}\u0000${region}\u0000${year}`;
}

/**
 * Index published values by indicator, region and year, keeping the one each year is drawn and
 * scored by (the firmest, as `pickActual` chooses), so a contradiction names the figure the page uses.
 *
 * @param figures - Published values only (rows a user layer added must be left out by the caller).
 */
export function indexPublished(figures: readonly PublishedFigure[]): PublishedIndex {
  const groups = new Map<string, PublishedFigure[]>();
  for (const f of figures) {
    const key = figureKey(f.indicator_id, f.region, f.year);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const index = new Map<string, PublishedFigure>();
  for (const [key, group] of groups) {
    const picked = pickActual(group);
    if (picked) index.set(key, picked);
  }
  return index;
}

/**
 * Tell whether a user's value contradicts a published figure beyond what rounding explains: the
 * two read as ranges, and ranges that overlap agree. The user's value covers half its last written
 * digit either way (2,413.1 is 2,413.05–2,413.15; "1.21万" is 12,050–12,150; 12,100 typed is
 * 12,099.5–12,100.5); a final, preliminary or estimated figure the same; a rounded figure
 * ("约1.2万") its whole rounding range; a lower bound ("超过1万") everything from it up.
 *
 * @param value - The user's value, in the figure's unit.
 * @param step - The place of the user's last written digit in that unit (0.1 for 2,413.1; 100 for "1.21万").
 * @param figure - The published figure for the same indicator, region and year.
 * @example contradicts(2413.1, 0.1, { value: 2413.06, quality: 'final' }) // false: 2413.06 to one decimal is 2413.1
 */
export function contradicts(value: number, step: number, figure: Pick<PublishedFigure, 'value' | 'quality'>): boolean {
  // Half the user's last digit, and a hair for binary noise (0.1 + 0.2).
  const slack = step / 2 + 1e-9 * Math.max(1, Math.abs(value), Math.abs(figure.value));
  if (figure.quality === 'lower_bound') return value < figure.value - slack;
  // A published integer is exact to the unit; its trailing zeros are a rounding only when it says so.
  const own = figure.quality === 'rounded' ? roundingStep(figure.value) / 2 : Math.min(roundingStep(figure.value), 1) / 2;
  return Math.abs(value - figure.value) > own + slack;
}
