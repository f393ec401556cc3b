import * as Plot from '@observablehq/plot';
import type { TargetRow } from '../../data/types.ts';
import type { RequiredPath } from '../required-paths.ts';
import { pow } from '../../model/index.ts';
import { targetBand, type TargetBand } from '../target-band.ts';

/** A target drawn as a short horizontal bar; plans sharing a year sit side by side. */
export interface TargetBar {
  target: TargetRow;
  x1: number;
  x2: number;
  xMid: number;
  y: number;
  color: string;
  /** An "about" target's band, drawn behind a thin tick at `y`; null for every other comparator. */
  band: TargetBand | null;
}

/** The share of a year's width the target bars of that year take together. */
const SLOT = 0.7;

/**
 * Place each target bar inside its year's slot, splitting the slot between plans that share it.
 *
 * @param targets - One series' targets.
 * @param colors - Plan colours by plan id.
 * @param aboutTolerance - The scenario's tolerance for "about" targets without their own; absent uses the default.
 */
export function placeTargetBars(targets: readonly TargetRow[], colors: ReadonlyMap<string, string>, aboutTolerance?: number): TargetBar[] {
  const byYear = new Map<number, TargetRow[]>();
  for (const t of targets) byYear.set(t.year, [...(byYear.get(t.year) ?? []), t]);
  const bars: TargetBar[] = [];
  for (const [year, group] of byYear) {
    const planIds = [...new Set(group.map((t) => t.plan_id))];
    const width = SLOT / planIds.length;
    for (const t of group) {
      const i = planIds.indexOf(t.plan_id);
      const x1 = year - SLOT / 2 + i * width;
      bars.push({ target: t, x1, x2: x1 + width, xMid: x1 + width / 2, y: t.value, color: colors.get(t.plan_id) ?? '#555', band: targetBand(t, aboutTolerance) });
    }
  }
  return bars;
}

/**
 * The targets: a bar in its plan's colour at the target value, with the comparator written above
 * it unless it is "at least" (the usual case, said by the legend). An "about" target is its band
 * instead: a translucent box in the plan's colour from v·(1−t) to v·(1+t) with a thin tick at v, its
 * "约"/"≈" written above the box. It stays inside its year's slot, so it never reads as the fan.
 *
 * @param bars - From `placeTargetBars`.
 * @param comparatorText - How a comparator reads, e.g. `<=` → "≤".
 * @param bandTitle - Each band's title (an SVG `<title>`), e.g. "2021 · 目标 约 65%（±2%）"; none when absent.
 */
export function targetBars(
  bars: readonly TargetBar[],
  comparatorText: (comparator: TargetRow['comparator']) => string,
  bandTitle?: (bar: TargetBar) => string,
): Plot.CompoundMark {
  const bands = bars.filter((b) => b.band !== null);
  const bandOf = (b: TargetBar) => b.band as TargetBand;
  return Plot.marks(
    Plot.rect(bands, {
      x1: 'x1',
      x2: 'x2',
      y1: (b: TargetBar) => bandOf(b).low,
      y2: (b: TargetBar) => bandOf(b).high,
      fill: 'color',
      fillOpacity: 0.22,
      stroke: 'color',
      strokeOpacity: 0.7,
      ...(bandTitle ? { title: bandTitle } : {}),
    }),
    // Every other target's bar as it always was, so charts without an "about" target draw the same SVG.
    Plot.link(
      bars.filter((b) => b.band === null),
      { x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', stroke: 'color', strokeWidth: 3.5 },
    ),
    Plot.link(bands, { x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', stroke: 'color', strokeWidth: 2 }),
    Plot.text(
      bars.filter((t) => t.target.comparator !== '>='),
      { x: 'xMid', y: (t: TargetBar) => t.band?.high ?? t.y, text: (t: TargetBar) => comparatorText(t.target.comparator), fill: 'color', dy: -9, fontWeight: 'bold' },
    ),
  );
}

/**
 * Each target's required path: dotted, in its plan's colour, from the last published value to the
 * target bar at the growth the target needs.
 *
 * @param paths - From `requiredPaths`.
 * @param colors - Plan colours by plan id.
 */
export function requiredPathLines(paths: readonly RequiredPath[], colors: ReadonlyMap<string, string>): Plot.CompoundMark {
  const points = paths.flatMap((r, path) =>
    Array.from({ length: r.year - r.startYear + 1 }, (_, k) => ({
      path,
      year: r.startYear + k,
      value: r.startValue * pow(1 + r.rate, k),
      color: colors.get(r.planId) ?? '#555',
    })),
  );
  return Plot.marks(Plot.line(points, { x: 'year', y: 'value', z: 'path', stroke: 'color', strokeWidth: 1.5, strokeDasharray: '1,3', clip: true }));
}
