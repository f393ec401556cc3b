import type { IndicatorView } from './notebook.ts';

/**
 * The indicator rows the notebook opens on: the focal indicators that carry targets, in the region
 * the plans set most targets for (Guangzhou in the shipped data: R&D intensity, technology contracts,
 * high-tech enterprises), so the page opens on the charts that answer a plan's question and every
 * other indicator is one line. A focal indicator without targets (GDP, R&D spending) is one click away.
 *
 * @param views - The charted views.
 */
export function openingRows(views: readonly IndicatorView[]): string[] {
  const targetsByRegion = new Map<string, number>();
  for (const v of views) targetsByRegion.set(v.region, (targetsByRegion.get(v.region) ?? 0) + v.targets.length);
  const [main] = [...targetsByRegion].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (!main) return [];
  return views.filter((v) => v.indicator.focal === 'yes' && v.region === main[0] && v.targets.length > 0).map((v) => v.key);
}

/** The series key an address fragment names (`#ind-gdp@guangzhou`), or null. */
export function rowInFragment(hash: string): string | null {
  const match = /^#ind-(.+)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1] as string);
  } catch {
    return null;
  }
}
