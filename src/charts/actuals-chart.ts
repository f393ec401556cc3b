import * as Plot from '@observablehq/plot';
import type { ActualRow, PlanRow, TargetRow } from '../data/types.ts';
import { formatEstimate, formatTick, formatValue, formatYear, unitLabel } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { pow, roundingStep, type SeriesProjection, type TargetAssessment } from '../model/index.ts';
import { planName } from '../notebook/plan-name.ts';
import type { IndicatorView } from '../notebook/notebook.ts';
import { ACTUAL_INK, COMPARE_COLOR, FAN_COLOR } from './plan-colors.ts';

export interface ActualsChartInput {
  view: IndicatorView;
  plans: readonly PlanRow[];
  colors: ReadonlyMap<string, string>;
  locale: Locale;
  /** Pixel width of the container. */
  width: number;
  /** The model's fan for this series, if it has been computed. */
  projection?: SeriesProjection | null;
  /** Targets still ahead, with the growth each needs; each is drawn as its required path. */
  required?: readonly RequiredPath[];
  /** The pinned comparison scenario's fan: its median and 90% edges are outlined in grey. */
  comparison?: SeriesProjection | null;
  /** The as-of year of a hindcast: drawn as a vertical line, data after it was not used. */
  asOf?: number | null;
  /** The summary sentence, given to screen readers as the chart's description. */
  description?: string;
  /** False for a static export: no pointer tips, which only a live page can show. */
  interactive?: boolean;
}

/** The path a target needs: compound growth `rate` from the last published value to the target. */
export interface RequiredPath {
  planId: string;
  startYear: number;
  startValue: number;
  year: number;
  rate: number;
}

/** The fewest projected years a chart shows. */
const FAN_MIN_YEARS = 2;

/** One projected year's quantiles, in the indicator's unit. */
interface FanPoint {
  year: number;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** A target drawn as a short horizontal bar; plans sharing a year sit side by side. */
interface TargetMark {
  target: TargetRow;
  x1: number;
  x2: number;
  xMid: number;
  y: number;
  color: string;
}

/**
 * Build the Plot options for one indicator: published values by quality, and each plan's targets.
 * Only final and preliminary values are joined by a line, and a missing year breaks it: a gap is
 * never bridged. A lower bound is drawn as an open triangle with a dashed ray upward ("at least"),
 * a rounded value with a bar over its rounding range, so neither reads as an exact figure.
 *
 * @param input - The view, plans, colours, locale and width.
 */
export function actualsChartOptions(input: ActualsChartInput): Plot.PlotOptions {
  const { view, plans, colors, locale, width, projection, required = [], comparison = null, asOf = null, description, interactive = true } = input;
  const requiredPoints = required.flatMap((r, path) =>
    Array.from({ length: r.year - r.startYear + 1 }, (_, k) => ({
      path,
      year: r.startYear + k,
      value: r.startValue * pow(1 + r.rate, k),
      color: colors.get(r.planId) ?? '#555',
    })),
  );
  // The fan runs only as far as this indicator's targets or data do: a horizon years beyond them
  // would let a wide band, not the question asked, decide the chart's scale.
  // It always shows at least FAN_MIN_YEARS beyond its start, so a projection is never invisible.
  const lastRelevant = Math.max(
    ...view.targets.map((t) => t.year),
    ...view.picked.map((a) => a.year),
    (projection?.startYear ?? -Infinity) + FAN_MIN_YEARS,
  );
  const fanPoints = fanOf(projection).filter((f) => f.year <= lastRelevant);
  const comparePoints = fanOf(comparison).filter((f) => f.year <= lastRelevant);
  const m = MESSAGES[locale];
  const { unit, measure_zh: measure } = view.indicator;
  const name = locale === 'zh' ? view.indicator.name_zh : view.indicator.name_en;

  const picked = view.picked;
  const exact = picked.filter((a) => a.quality === 'final');
  const soft = picked.filter((a) => a.quality === 'preliminary' || a.quality === 'estimate');
  const rounded = picked.filter((a) => a.quality === 'rounded');
  const lowerBounds = picked.filter((a) => a.quality === 'lower_bound');

  const years = [...picked.map((a) => a.year), ...view.targets.map((t) => t.year), ...fanPoints.map((f) => f.year)];
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  // One point per year from first to last; NaN where no final/preliminary value exists breaks the line.
  const lineable = new Map(picked.filter((a) => a.quality === 'final' || a.quality === 'preliminary').map((a) => [a.year, a.value]));
  const line: { year: number; value: number }[] = [];
  for (let y = minYear; y <= maxYear; y++) line.push({ year: y, value: lineable.get(y) ?? Number.NaN });

  const targets = targetMarks(view.targets, colors);
  const dataTop = Math.max(
    ...picked.map((a) => a.value),
    ...rounded.map((a) => a.value + roundingStep(a.value) / 2),
    ...targets.map((t) => t.y),
    0,
  );
  // Published values and targets set the scale; the model's fan may add up to as much again. Beyond
  // that it is clipped at the frame (and the chart says so), so a wide band never flattens the data.
  const fanTop = Math.max(...fanPoints.map((f) => f.p75), 0);
  const top = Math.min(Math.max(dataTop, fanTop), dataTop * 2);
  const clipped = fanPoints.some((f) => f.p95 > top * 1.12);
  const ray = top * 0.08;

  const fmt = (v: number) => formatValue(v, unit, locale, measure);
  const est = (v: number) => formatEstimate(v, unit, locale, measure);
  const actualTitle = (a: ActualRow) =>
    `${formatYear(a.year)} · ${fmt(a.value)}\n${m.quality[a.quality]} · ${a.source_publisher}\n${a.source_title}`;
  const targetTitle = (t: TargetMark) =>
    `${formatYear(t.target.year)} · ${m.colTarget} ${m.comparators[t.target.comparator]} ${fmt(t.target.value)}\n${planName(plans, t.target.plan_id, locale)}\n${t.target.value_text}`;
  const fanTitle = (f: FanPoint) =>
    `${formatYear(f.year)} · ${m.legendMedian} ${est(f.p50)}\n${m.legendBand50} ${est(f.p25)}–${est(f.p75)}\n${m.legendBand90} ${est(f.p05)}–${est(f.p95)}`;
  const tips = [
    ...picked.map((a) => ({ x: a.year, y: a.value, title: actualTitle(a) })),
    ...targets.map((t) => ({ x: t.xMid, y: t.y, title: targetTitle(t) })),
    ...fanPoints.map((f) => ({ x: f.year, y: f.p50, title: fanTitle(f) })),
  ];

  const yearStep = Math.max(1, Math.ceil((maxYear - minYear + 1) / Math.max(2, Math.floor(width / 70))));
  const ticks: number[] = [];
  for (let y = minYear; y <= maxYear; y += yearStep) ticks.push(y);

  return {
    width,
    height: width < 500 ? 240 : 300,
    marginLeft: 56,
    marginRight: 16,
    style: { fontSize: '12px', fontFamily: 'inherit', overflow: 'visible' },
    ariaLabel: fill(m.chartLabel, { indicator: name }),
    ...(description ? { ariaDescription: description } : {}),
    x: { domain: [minYear - 0.6, maxYear + 0.6], ticks, tickFormat: (d: number) => formatYear(d), label: null },
    y: {
      domain: [0, top * 1.12],
      nice: true,
      grid: true,
      label: axisLabel(name, unitLabel(unit, locale, measure), locale),
      tickFormat: (d: number) => formatTick(d, locale),
    },
    marks: [
      Plot.ruleY([0], { stroke: '#888' }),
      Plot.ruleX(asOf === null ? [] : [asOf], { stroke: '#888', strokeDasharray: '3,3' }),
      Plot.text(asOf === null ? [] : [asOf], { x: (d: number) => d, frameAnchor: 'top', dy: 6, dx: -4, textAnchor: 'end', text: () => fill(m.asOfLine, { year: asOf ?? '' }), fill: '#57606a', fontSize: 11 }),
      // The fan starts at the last published value so the projection visibly grows out of the data.
      Plot.areaY(fanPoints, { x: 'year', y1: 'p05', y2: 'p95', fill: FAN_COLOR, fillOpacity: 0.15, clip: true }),
      // The comparison scenario (A) under the live one (B): grey median and 90% edges.
      Plot.line(comparePoints, { x: 'year', y: 'p05', stroke: COMPARE_COLOR, strokeWidth: 1, clip: true }),
      Plot.line(comparePoints, { x: 'year', y: 'p95', stroke: COMPARE_COLOR, strokeWidth: 1, clip: true }),
      Plot.line(comparePoints, { x: 'year', y: 'p50', stroke: COMPARE_COLOR, strokeWidth: 1.5, clip: true }),
      // Each target's required path: dotted, in its plan's colour, ending on the target bar.
      Plot.line(requiredPoints, { x: 'year', y: 'value', z: 'path', stroke: 'color', strokeWidth: 1.5, strokeDasharray: '1,3', clip: true }),
      // Under the as-of label when there is one: on a narrow chart the two would otherwise collide.
      Plot.text(clipped ? [m.fanClipped] : [], { frameAnchor: 'top-right', dy: asOf === null ? 4 : 20, fill: FAN_COLOR, fontSize: 11 }),
      Plot.areaY(fanPoints, { x: 'year', y1: 'p25', y2: 'p75', fill: FAN_COLOR, fillOpacity: 0.25, clip: true }),
      Plot.line(fanPoints, { x: 'year', y: 'p50', stroke: FAN_COLOR, strokeWidth: 1.5, strokeDasharray: '4,3', clip: true }),
      // Targets go under the published values so a bound or rounding bar is never hidden by a bar.
      Plot.link(targets, { x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', stroke: 'color', strokeWidth: 3.5 }),
      Plot.text(
        targets.filter((t) => t.target.comparator !== '>='),
        { x: 'xMid', y: 'y', text: (t: TargetMark) => m.comparators[t.target.comparator], fill: 'color', dy: -9, fontWeight: 'bold' },
      ),
      Plot.line(line, { x: 'year', y: 'value', stroke: ACTUAL_INK, strokeWidth: 2 }),
      Plot.dot(exact, { x: 'year', y: 'value', fill: ACTUAL_INK, r: 3.5 }),
      Plot.dot(soft, { x: 'year', y: 'value', stroke: ACTUAL_INK, fill: 'white', strokeWidth: 1.5, r: 3.5 }),
      Plot.ruleX(rounded, {
        x: 'year',
        y1: (a: ActualRow) => a.value - roundingStep(a.value) / 2,
        y2: (a: ActualRow) => a.value + roundingStep(a.value) / 2,
        stroke: ACTUAL_INK,
        strokeWidth: 1.5,
      }),
      Plot.dot(rounded, { x: 'year', y: 'value', stroke: ACTUAL_INK, fill: 'white', strokeWidth: 1.5, r: 3.5, symbol: 'square' }),
      Plot.ruleX(lowerBounds, {
        x: 'year',
        y1: 'value',
        y2: (a: ActualRow) => a.value + ray,
        stroke: ACTUAL_INK,
        strokeDasharray: '2,2',
      }),
      Plot.dot(lowerBounds, { x: 'year', y: 'value', stroke: ACTUAL_INK, fill: 'white', strokeWidth: 1.5, r: 4.5, symbol: 'triangle' }),
      interactive ? Plot.tip(tips, Plot.pointer({ x: 'x', y: 'y', title: 'title', maxRadius: 30 })) : null,
    ],
  };
}

/**
 * The required paths to draw: each target still ahead of the last published value, growing from
 * that value at the rate the target needs.
 *
 * @param assessments - The engine's verdicts on one series' targets.
 */
export function requiredPaths(assessments: readonly TargetAssessment[]): RequiredPath[] {
  return assessments.flatMap((t) =>
    t.required_growth !== null && t.last_actual_year !== null && t.last_actual !== null && t.year > t.last_actual_year
      ? [{ planId: t.plan_id, startYear: t.last_actual_year, startValue: t.last_actual, year: t.year, rate: t.required_growth }]
      : [],
  );
}

/** Turn a projection into per-year points, starting from its last published value. */
function fanOf(projection: SeriesProjection | null | undefined): FanPoint[] {
  if (!projection || projection.startYear === null || projection.startValue === null) return [];
  const start = projection.startValue;
  const points: FanPoint[] = [{ year: projection.startYear, p05: start, p25: start, p50: start, p75: start, p95: start }];
  projection.years.forEach((year, i) => {
    const q = (k: number) => projection.quantiles[i * 5 + k] as number;
    points.push({ year, p05: q(0), p25: q(1), p50: q(2), p75: q(3), p95: q(4) });
  });
  return points;
}

/** Name the axis with its unit in the locale's brackets; a unitless count (English) gets none. */
function axisLabel(name: string, unit: string, locale: Locale): string {
  if (unit === '') return name;
  return locale === 'zh' ? `${name}（${unit}）` : `${name} (${unit})`;
}

/** Place each target bar inside its year's slot, splitting the slot between plans that share it. */
function targetMarks(targets: readonly TargetRow[], colors: ReadonlyMap<string, string>): TargetMark[] {
  const slot = 0.7;
  const byYear = new Map<number, TargetRow[]>();
  for (const t of targets) byYear.set(t.year, [...(byYear.get(t.year) ?? []), t]);
  const marks: TargetMark[] = [];
  for (const [year, group] of byYear) {
    const planIds = [...new Set(group.map((t) => t.plan_id))];
    const width = slot / planIds.length;
    for (const t of group) {
      const i = planIds.indexOf(t.plan_id);
      const x1 = year - slot / 2 + i * width;
      marks.push({ target: t, x1, x2: x1 + width, xMid: x1 + width / 2, y: t.value, color: colors.get(t.plan_id) ?? '#555' });
    }
  }
  return marks;
}
