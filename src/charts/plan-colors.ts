/**
 * Colours for plans, from ColorBrewer Dark2 (colour-blind safer for up to 5 classes; see
 * https://colorbrewer2.org). Plans are also named in the legend, tooltip and tables, so colour is
 * never the only thing that tells them apart.
 */
const PALETTE = ['#d95f02', '#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#a6761d'];
// Plans past the sixth (the seeded five and 我的目标 fill the first six) are the user's plan tables: dark
// colours none of the above, the fan's blue or the user's amber is near, so an imported plan never
// shares a seeded plan's colour (up to four tables; then the cycle starts again, the legend still names each).
const MORE = ['#b2182b', '#01665e', '#762a83', '#4d4d4d'];

/** Ink for published values: dark enough to read as "what happened", distinct from any plan colour. */
export const ACTUAL_INK = '#1f2328';

/**
 * Ink for the user's own values: an amber darker than the "我的数据" badge's border, so an open
 * diamond in it keeps 3:1 contrast on white (WCAG 1.4.11), and apart from the ink of published values.
 */
export const USER_INK = '#9a6700';

/** The model's fan: a blue that none of the plan colours uses. */
export const FAN_COLOR = '#2b6cb0';

/** The pinned comparison scenario: a neutral grey outline under the live fan. */
export const COMPARE_COLOR = '#6e7781';

/**
 * Give each plan a stable colour by its position in the plan list.
 *
 * @param planIds - All plan ids in file order.
 */
export function planColors(planIds: readonly string[]): Map<string, string> {
  const all = [...PALETTE, ...MORE];
  return new Map(planIds.map((id, i) => [id, all[i % all.length] ?? '#555']));
}
