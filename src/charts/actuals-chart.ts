import * as Plot from '@observablehq/plot';
import type { ActualRow, PlanRow } from '../data/types.ts';
import { formatEstimate, formatTick, formatValue, formatYear, unitLabel } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { roundingStep, type SeriesProjection } from '../model/index.ts';
import { planName } from '../notebook/plan-name.ts';
import type { IndicatorView } from '../notebook/notebook.ts';
import { FAN_COLOR } from './plan-colors.ts';
import type { RequiredPath } from './required-paths.ts';
import { comparisonOutline, fan, fanPoints, type FanPoint } from './marks/fan.ts';
import { placeTargetBars, requiredPathLines, targetBars, type TargetBar } from './marks/target-bars.ts';
import { lowerBounds, publishedValues, roundedRanges } from './marks/published-values.ts';

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

/** The fewest projected years a chart shows. */
const FAN_MIN_YEARS = 2;

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
  // The fan runs only as far as this indicator's targets or data do: a horizon years beyond them
  // would let a wide band, not the question asked, decide the chart's scale.
  // It always shows at least FAN_MIN_YEARS beyond its start, so a projection is never invisible.
  const lastRelevant = Math.max(
    ...view.targets.map((t) => t.year),
    ...view.picked.map((a) => a.year),
    (projection?.startYear ?? -Infinity) + FAN_MIN_YEARS,
  );
  const fanYears = fanPoints(projection).filter((f) => f.year <= lastRelevant);
  const comparePoints = fanPoints(comparison).filter((f) => f.year <= lastRelevant);
  const m = MESSAGES[locale];
  const { unit, measure_zh: measure } = view.indicator;
  const name = locale === 'zh' ? view.indicator.name_zh : view.indicator.name_en;

  const picked = view.picked;
  const rounded = picked.filter((a) => a.quality === 'rounded');
  const lowerBoundValues = picked.filter((a) => a.quality === 'lower_bound');

  const years = [...picked.map((a) => a.year), ...view.targets.map((t) => t.year), ...fanYears.map((f) => f.year)];
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);

  const targets = placeTargetBars(view.targets, colors);
  const dataTop = Math.max(
    ...picked.map((a) => a.value),
    ...rounded.map((a) => a.value + roundingStep(a.value) / 2),
    ...targets.map((t) => t.y),
    0,
  );
  // Published values and targets set the scale; the model's fan may add up to as much again. Beyond
  // that it is clipped at the frame (and the chart says so), so a wide band never flattens the data.
  const fanTop = Math.max(...fanYears.map((f) => f.p75), 0);
  const top = Math.min(Math.max(dataTop, fanTop), dataTop * 2);
  const clipped = fanYears.some((f) => f.p95 > top * 1.12);
  const ray = top * 0.08;

  const fmt = (v: number) => formatValue(v, unit, locale, measure);
  const est = (v: number) => formatEstimate(v, unit, locale, measure);
  const actualTitle = (a: ActualRow) =>
    `${formatYear(a.year)} · ${fmt(a.value)}\n${m.quality[a.quality]} · ${a.source_publisher}\n${a.source_title}`;
  const targetTitle = (t: TargetBar) =>
    `${formatYear(t.target.year)} · ${m.colTarget} ${m.comparators[t.target.comparator]} ${fmt(t.target.value)}\n${planName(plans, t.target.plan_id, locale)}\n${t.target.value_text}`;
  const fanTitle = (f: FanPoint) =>
    `${formatYear(f.year)} · ${m.legendMedian} ${est(f.p50)}\n${m.legendBand50} ${est(f.p25)}–${est(f.p75)}\n${m.legendBand90} ${est(f.p05)}–${est(f.p95)}`;
  const tips = [
    ...picked.map((a) => ({ x: a.year, y: a.value, title: actualTitle(a) })),
    ...targets.map((t) => ({ x: t.xMid, y: t.y, title: targetTitle(t) })),
    ...fanYears.map((f) => ({ x: f.year, y: f.p50, title: fanTitle(f) })),
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
    // Back to front: the fan under the comparison and the required paths, the targets under the
    // published values so a bound or rounding bar is never hidden by a bar.
    marks: [
      Plot.ruleY([0], { stroke: '#888' }),
      Plot.ruleX(asOf === null ? [] : [asOf], { stroke: '#888', strokeDasharray: '3,3' }),
      Plot.text(asOf === null ? [] : [asOf], { x: (d: number) => d, frameAnchor: 'top', dy: 6, dx: -4, textAnchor: 'end', text: () => fill(m.asOfLine, { year: asOf ?? '' }), fill: '#57606a', fontSize: 11 }),
      fan(fanYears),
      comparisonOutline(comparePoints),
      requiredPathLines(required, colors),
      // Under the as-of label when there is one: on a narrow chart the two would otherwise collide.
      Plot.text(clipped ? [m.fanClipped] : [], { frameAnchor: 'top-right', dy: asOf === null ? 4 : 20, fill: FAN_COLOR, fontSize: 11 }),
      targetBars(targets, (comparator) => m.comparators[comparator]),
      publishedValues(picked, { first: minYear, last: maxYear }),
      roundedRanges(rounded),
      lowerBounds(lowerBoundValues, ray),
      interactive ? Plot.tip(tips, Plot.pointer({ x: 'x', y: 'y', title: 'title', maxRadius: 30 })) : null,
    ],
  };
}

/** Name the axis with its unit in the locale's brackets; a unitless count (English) gets none. */
function axisLabel(name: string, unit: string, locale: Locale): string {
  if (unit === '') return name;
  return locale === 'zh' ? `${name}（${unit}）` : `${name} (${unit})`;
}

/**
 * Draw one indicator's chart: `actualsChartOptions` through Plot. The page loads this module on
 * demand (Plot is a chunk of its own), so it asks for the drawing, not for Plot's options.
 *
 * @param input - As for `actualsChartOptions`.
 * @param document - The document to draw in (jsdom's in Node); the page's by default.
 */
export function drawActualsChart(input: ActualsChartInput, document?: Document): SVGSVGElement | HTMLElement {
  return Plot.plot({ ...actualsChartOptions(input), ...(document ? { document } : {}) });
}
