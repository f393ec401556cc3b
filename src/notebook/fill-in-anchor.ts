/**
 * Name the element id of the fill-in grid's value box for one indicator, region and year, so a gap
 * cue can take the reader to it. Ids are not CSS-escaped: find the box with `getElementById`.
 *
 * @param indicatorId - The indicator's id (a user's own `u_…` ids included).
 * @param region - The region id.
 * @param year - The target year.
 * @example fillInCellId('state_key_labs', 'guangzhou', 2019) // 'fill-in-state_key_labs-guangzhou-2019'
 */
export function fillInCellId(indicatorId: string, region: string, year: number): string {
  return `fill-in-${indicatorId}-${region}-${year}`.replace(/\s/g, '_');
}
