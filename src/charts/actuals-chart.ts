import * as Plot from '@observablehq/plot';
import type { ActualRow, PlanRow } from '../data/types.ts';
import { formatEstimate, formatTick, formatValue, formatYear, unitLabel } from '../i18n/format.ts';
import type { Locale } from '../text/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { CHART_MESSAGES } from '../i18n/chart-messages.ts';
import type { SeriesProjection } from '../model/index.ts';
import { planName } from '../notebook/plan-name.ts';
import { publisherName } from '../i18n/source-text.ts';
import type { IndicatorView } from '../notebook/notebook.ts';
import { FAN_COLOR } from './plan-colors.ts';
import type { RequiredPath } from './required-paths.ts';
import { wrapText } from './wrap-text.ts';
import { chartExtent, type ChartScale } from './chart-scale.ts';
import type { FanPoint } from './fan-points.ts';
import { logTicks } from './log-ticks.ts';
import { comparisonOutline, fan } from './marks/fan.ts';
import { placeTargetBars, requiredPathLines, targetBars, type TargetBar } from './marks/target-bars.ts';
import { lowerBounds, publishedValues, roundedRanges } from './marks/published-values.ts';
import { userValues } from './marks/user-values.ts';
import { withTolerance } from '../notebook/about-text.ts';
import { USER_MESSAGES } from '../i18n/user-messages.ts';
import { isUserValue, qualityWord } from '../notebook/value-words.ts';

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
  /**
   * The value axis: `'log'` takes in every value and the whole 90% band, where a linear axis cuts a
   * wide band at the frame (see `fanLeavesChart`). A chart with a value at or below zero cannot have
   * one: it stays linear and says why. Defaults to `'linear'`.
   */
  scale?: ChartScale;
  /**
   * The tolerance of "about" (`~`) targets without their own: the scenario's `aboutTolerance`, so
   * the band drawn is the band scored. Absent uses `DEFAULT_ABOUT_TOLERANCE`. A view from
   * `buildNotebook(dataset, { aboutTolerance })` (the page, the embed, `cli render`) already carries it
   * on each such target, which wins; this covers a chart input built from targets without it.
   */
  aboutTolerance?: number;
}

/** The chart's margins beside the plot area, in pixels. */
const MARGIN_LEFT = 56;
const MARGIN_RIGHT = 16;
/** The font size of the notes printed on the chart. */
const NOTE_SIZE = 11;
/** The least room between two labelled ticks of a log axis, in pixels of chart height. */
const LOG_TICK_SPACING = 48;

/**
 * Build the Plot options for one indicator: published values by quality, and each plan's targets.
 * Only final and preliminary values are joined by a line, and a missing year breaks it: a gap is
 * never bridged. A lower bound is drawn as an open triangle with a dashed ray upward ("at least"),
 * a rounded value with a bar over its rounding range, so neither reads as an exact figure.
 * On a linear axis a wide model band is cut at the frame and the chart says so; a log axis
 * (`scale: 'log'`) shows it whole, with ticks at round values.
 *
 * @param input - The view, plans, colours, locale and width; the scale, linear by default.
 */
export function actualsChartOptions(input: ActualsChartInput): Plot.PlotOptions {
  const { view, colors, locale, width, required = [], asOf = null, description, interactive = true, scale = 'linear' } = input;
  const extent = chartExtent(input);
  const { fan: fanYears, comparison: comparePoints, top } = extent;
  // Asked for a log axis and able to have one; otherwise linear, and the reason is printed.
  const logDomain = scale === 'log' ? extent.logDomain : null;
  const m = MESSAGES[locale];
  const c = CHART_MESSAGES[locale];
  const { unit, measure_zh: measure } = view.indicator;
  const name = locale === 'zh' ? view.indicator.name_zh : view.indicator.name_en;

  const picked = view.picked;
  // The user's values get a mark of their own: never a published dot, bar or triangle.
  const published = picked.filter((a) => !isUserValue(a));
  const mine = picked.filter(isUserValue);
  const rounded = published.filter((a) => a.quality === 'rounded');
  const lowerBoundValues = published.filter((a) => a.quality === 'lower_bound');

  const years = [...picked.map((a) => a.year), ...view.targets.map((t) => t.year), ...fanYears.map((f) => f.year)];
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);

  const targets = placeTargetBars(view.targets, colors, input.aboutTolerance);
  // Said on the chart in words, not left to a hover: where the band is cut, and why a log axis
  // that was asked for could not be drawn.
  const notes = [
    ...(scale === 'log' && extent.logProblem !== null ? [c.logProblem[extent.logProblem]] : []),
    ...(logDomain === null && extent.leaves ? [extent.logProblem === null ? c.fanCut : c.fanCutOnly] : []),
  ];
  const note = notes.flatMap((n) => wrapText(n, width - MARGIN_LEFT - MARGIN_RIGHT - 8, NOTE_SIZE)).join('\n');

  const tips = chartTips(input, fanYears);

  const yearStep = Math.max(1, Math.ceil((maxYear - minYear + 1) / Math.max(2, Math.floor(width / 70))));
  const ticks: number[] = [];
  for (let y = minYear; y <= maxYear; y += yearStep) ticks.push(y);

  const height = width < 500 ? 240 : 300;
  const yLabel = axisLabel(name, unitLabel(unit, locale, measure), locale, logDomain === null ? null : c.logAxis);
  const yTick = (d: number) => formatTick(d, locale);
  const y: Plot.ScaleOptions =
    logDomain === null
      ? { domain: [0, top * 1.12], nice: true, grid: true, label: yLabel, tickFormat: yTick }
      : // Round ticks of our own, one per LOG_TICK_SPACING pixels: a log scale's own ticks are every
        // digit of every decade, too many to label.
        { type: 'log', domain: logDomain, ticks: logTicks(logDomain[0], logDomain[1], Math.floor(height / LOG_TICK_SPACING)), grid: true, label: yLabel, tickFormat: yTick };
  const { logRay } = extent;

  return {
    width,
    height,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    style: { fontSize: '12px', fontFamily: 'inherit', overflow: 'visible' },
    ariaLabel: fill(m.chartLabel, { indicator: name }),
    ...(description ? { ariaDescription: description } : {}),
    x: { domain: [minYear - 0.6, maxYear + 0.6], ticks, tickFormat: (d: number) => formatYear(d), label: null },
    y,
    // Back to front: the fan under the comparison and the required paths, the targets under the
    // published values so a bound or rounding bar is never hidden by a bar.
    marks: [
      // No zero on a log axis: its foot is the lowest value, not nothing.
      logDomain === null ? Plot.ruleY([0], { stroke: '#888' }) : null,
      Plot.ruleX(asOf === null ? [] : [asOf], { stroke: '#888', strokeDasharray: '3,3' }),
      Plot.text(asOf === null ? [] : [asOf], { x: (d: number) => d, frameAnchor: 'top', dy: 6, dx: -4, textAnchor: 'end', text: () => fill(m.asOfLine, { year: asOf ?? '' }), fill: '#57606a', fontSize: 11 }),
      fan(fanYears),
      comparisonOutline(comparePoints),
      requiredPathLines(required, colors),
      // Under the as-of label when there is one: on a narrow chart the two would otherwise collide.
      Plot.text(note === '' ? [] : [note], { frameAnchor: 'top-right', dy: asOf === null ? 4 : 20, fill: FAN_COLOR, fontSize: NOTE_SIZE }),
      // A static file has no tips: there a band's <title> says what it is. A live chart's tip says it already.
      targetBars(targets, (comparator) => m.comparators[comparator], interactive ? undefined : targetTipTitle(input)),
      publishedValues(published, { first: minYear, last: maxYear }),
      userValues(mine, actualTipTitle(input), { first: minYear, last: maxYear }),
      roundedRanges(rounded),
      lowerBounds(lowerBoundValues, logDomain === null ? top * 0.08 : (v) => v * logRay),
      interactive ? Plot.tip(tips, Plot.pointer({ x: 'x', y: 'y', title: 'title', maxRadius: 30 })) : null,
    ],
  };
}

/** One point a reader can ask about: where it is drawn and what its tip says. */
export interface ChartTip {
  x: number;
  y: number;
  title: string;
}

/**
 * List what the chart's tips say, point by point: each published value (with its quality and
 * publisher), each target (with its plan and clause) and each projected year's median and ranges.
 * The pointer shows them as tips; the page reads the same list out to the keyboard.
 *
 * @param input - As for `actualsChartOptions`.
 * @param fanYears - The fan's points on the chart, when the caller has them (`chartExtent(input).fan` by default).
 */
export function chartTips(input: ActualsChartInput, fanYears: readonly FanPoint[] = chartExtent(input).fan): ChartTip[] {
  const { view, colors, locale } = input;
  const m = MESSAGES[locale];
  const { unit, measure_zh: measure } = view.indicator;
  const picked = view.picked;
  const targets = placeTargetBars(view.targets, colors, input.aboutTolerance);
  const est = (v: number) => formatEstimate(v, unit, locale, measure);
  const actualTitle = actualTipTitle(input);
  const targetTitle = targetTipTitle(input);
  const fanTitle = (f: FanPoint) =>
    `${formatYear(f.year)} · ${m.legendMedian} ${est(f.p50)}\n${m.legendBand50} ${est(f.p25)}–${est(f.p75)}\n${m.legendBand90} ${est(f.p05)}–${est(f.p95)}`;
  return [
    ...picked.map((a) => ({ x: a.year, y: a.value, title: actualTitle(a) })),
    ...targets.map((t) => ({ x: t.xMid, y: t.y, title: targetTitle(t) })),
    ...fanYears.map((f) => ({ x: f.year, y: f.p50, title: fanTitle(f) })),
  ];
}

/**
 * The tip of a value on the chart: year and figure, then whose it is (the quality and publisher of
 * a published one, the reader's own word for theirs) and the document.
 *
 * @param input - As for `actualsChartOptions`.
 */
function actualTipTitle(input: ActualsChartInput): (a: ActualRow) => string {
  const { view, locale } = input;
  const m = MESSAGES[locale];
  const { unit, measure_zh: measure } = view.indicator;
  const fmt = (v: number) => formatValue(v, unit, locale, measure);
  return (a) =>
    isUserValue(a)
      ? fill(USER_MESSAGES[locale].userMarkTitle, { year: formatYear(a.year), value: fmt(a.value), word: qualityWord(a, locale), title: a.source_title })
      : `${formatYear(a.year)} · ${fmt(a.value)}\n${m.quality[a.quality]} · ${publisherName(a, locale)}\n${a.source_title}`;
}

/**
 * The tip of a target on the chart: year, comparator and value (an "about" target with its band,
 * "约 65%（±2%）", as the captions word it), then the plan and the clause.
 *
 * @param input - As for `actualsChartOptions`.
 */
function targetTipTitle(input: ActualsChartInput): (t: TargetBar) => string {
  const { view, plans, locale } = input;
  const m = MESSAGES[locale];
  const { unit, measure_zh: measure } = view.indicator;
  const fmt = (v: number) => formatValue(v, unit, locale, measure);
  return ({ target, band }) =>
    `${formatYear(target.year)} · ${m.colTarget} ${m.comparators[target.comparator]} ${withTolerance(fmt(target.value), { comparator: target.comparator, tolerance: band?.tolerance }, locale)}\n${planName(plans, target.plan_id, locale)}\n${target.value_text}`;
}

/** Name the axis with its unit (and a log scale) in the locale's brackets; a unitless count (English) gets none. */
function axisLabel(name: string, unit: string, locale: Locale, log: string | null): string {
  const inside = [unit, log ?? ''].filter((s) => s !== '').join(locale === 'zh' ? '，' : ', ');
  if (inside === '') return name;
  return locale === 'zh' ? `${name}（${inside}）` : `${name} (${inside})`;
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
