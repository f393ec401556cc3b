import type { CHART_MESSAGES } from '../i18n/chart-messages.ts';
import type { ActualRow, TargetRow } from '../data/types.ts';
import { roundingStep, type SeriesProjection } from '../model/index.ts';
import { fanPoints, type FanPoint } from './fan-points.ts';
import type { RequiredPath } from './required-paths.ts';
import { targetBand } from './target-band.ts';

/** How the chart's value axis is drawn. */
export type ChartScale = 'linear' | 'log';

/**
 * Why a log scale cannot draw a chart: a value at or below zero has no place on it. The chart then
 * stays linear and says which kind of value it was.
 */
export type LogScaleProblem = keyof (typeof CHART_MESSAGES)['zh']['logProblem'];

/** What the chart's value axis is worked out from: the numbers of `ActualsChartInput`. */
export interface ChartScaleInput {
  view: { picked: readonly ActualRow[]; targets: readonly TargetRow[] };
  projection?: Pick<SeriesProjection, 'startYear' | 'startValue' | 'years' | 'quantiles'> | null;
  comparison?: Pick<SeriesProjection, 'startYear' | 'startValue' | 'years' | 'quantiles'> | null;
  required?: readonly RequiredPath[];
  /** The tolerance of "about" targets without their own (see `ActualsChartInput`); absent uses the default. */
  aboutTolerance?: number;
}

/** How far one chart's value axis reaches, on either scale. */
export interface ChartExtent {
  /** The fan's points, cut to the years the chart shows. */
  fan: FanPoint[];
  /** The comparison scenario's points, cut the same way. */
  comparison: FanPoint[];
  /** Linear: the highest value the scale is set by (published values, targets, the fan up to twice them). */
  top: number;
  /** Linear: the frame's top, `top` with 12% headroom rounded up as Plot's `nice` rounds it. */
  frameTop: number;
  /** Linear: whether a 90% band (the fan's or the comparison's) runs above the frame. */
  leaves: boolean;
  /** Why a log scale cannot draw this chart, or null when it can. */
  logProblem: LogScaleProblem | null;
  /** Log: the domain that holds every value and the whole of both bands; null when `logProblem` is set. */
  logDomain: [number, number] | null;
  /** Log: a lower bound's ray runs from its value to the value times this. */
  logRay: number;
}

/** The fewest projected years a chart shows. */
const FAN_MIN_YEARS = 2;
/** Linear headroom above the top value, as a share of it. */
const HEADROOM = 0.12;
/** Log padding below and above the values, as a share of the span they cover (in decades). */
const LOG_PAD_BELOW = 0.06;
const LOG_PAD_ABOVE = 0.1;
/** The least log padding on each side, as a factor: a flat series still gets a readable frame. */
const LOG_PAD_MIN = 1.1;
/** A lower bound's ray on a log axis: this share of the values' span, and at least this factor. */
const LOG_RAY_SHARE = 0.06;
const LOG_RAY_MIN = 1.05;

/**
 * Work out how far the chart's value axis reaches. The fan runs only as far as this indicator's
 * targets or data do: a horizon years beyond them would let a wide band, not the question asked,
 * decide the chart's scale; it always shows at least two years beyond its start, so a projection is
 * never invisible. On a linear axis published values and targets set the scale and the fan may add
 * up to as much again; beyond that it is cut at the frame, so a wide band never flattens the data.
 * A log axis takes in every value and the whole of both 90% bands. Plot-free, so the page can ask
 * before Plot has loaded.
 *
 * @param input - The chart's numbers (an `ActualsChartInput` will do).
 */
export function chartExtent(input: ChartScaleInput): ChartExtent {
  const { view, projection, comparison, required = [], aboutTolerance } = input;
  const lastRelevant = Math.max(
    ...view.targets.map((t) => t.year),
    ...view.picked.map((a) => a.year),
    (projection?.startYear ?? -Infinity) + FAN_MIN_YEARS,
  );
  const fan = fanPoints(projection).filter((f) => f.year <= lastRelevant);
  const compared = fanPoints(comparison).filter((f) => f.year <= lastRelevant);
  const rounded = view.picked.filter((a) => a.quality === 'rounded');
  // An "about" target is drawn as its band: both ends must be inside the frame, on either scale.
  const bandEnds = view.targets.flatMap((t) => {
    const band = targetBand(t, aboutTolerance);
    return band === null ? [] : [band.low, band.high];
  });

  const dataTop = Math.max(...view.picked.map((a) => a.value), ...rounded.map((a) => a.value + roundingStep(a.value) / 2), ...view.targets.map((t) => t.value), ...bandEnds, 0);
  const fanTop = Math.max(...fan.map((f) => f.p75), 0);
  const top = Math.min(Math.max(dataTop, fanTop), dataTop * 2);
  const frameTop = niceTop(top * (1 + HEADROOM));
  const leaves = [...fan, ...compared].some((f) => f.p95 > frameTop);

  const values = [...view.picked.map((a) => a.value), ...rounded.map((a) => a.value - roundingStep(a.value) / 2), ...required.map((r) => r.startValue)];
  const bands = [...fan, ...compared].flatMap((f) => [f.p05, f.p25, f.p50, f.p75, f.p95]);
  const targets = [...view.targets.map((t) => t.value), ...bandEnds];
  // In the order a reader would weigh them: a published figure first, the model's band last.
  const logProblem: LogScaleProblem | null = values.some((v) => !(v > 0))
    ? 'non-positive-value'
    : targets.some((v) => !(v > 0))
      ? 'non-positive-target'
      : bands.some((v) => !(v > 0))
        ? 'non-positive-band'
        : null;

  const all = [...values, ...targets, ...bands, ...rounded.map((a) => a.value + roundingStep(a.value) / 2)];
  // A chart with no value at all has nothing to set a log axis by; it draws its (empty) linear frame.
  if (logProblem !== null || all.length === 0) return { fan, comparison: compared, top, frameTop, leaves, logProblem, logDomain: null, logRay: LOG_RAY_MIN };
  const lo = Math.min(...all);
  const span = Math.max(...all) / lo;
  const logRay = Math.max(span ** LOG_RAY_SHARE, LOG_RAY_MIN);
  const bounds = view.picked.filter((a) => a.quality === 'lower_bound').map((a) => a.value * logRay);
  const hi = Math.max(...all, ...bounds);
  const logDomain: [number, number] = [lo / Math.max((hi / lo) ** LOG_PAD_BELOW, LOG_PAD_MIN), hi * Math.max((hi / lo) ** LOG_PAD_ABOVE, LOG_PAD_MIN)];
  return { fan, comparison: compared, top, frameTop, leaves, logProblem, logDomain, logRay };
}

/**
 * Say whether the linear chart cuts a 90% band (the fan's, or the pinned comparison's) at the top of
 * its frame: then the page offers the log scale, which shows it whole. Plot-free.
 *
 * @param input - The chart's numbers (an `ActualsChartInput` will do).
 * @example
 * // Published values near 100, a fan whose p95 reaches 1,000: the frame stops near 120.
 * fanLeavesChart({ view, projection }) // true
 */
export function fanLeavesChart(input: ChartScaleInput): boolean {
  return chartExtent(input).leaves;
}

/**
 * Say why a log scale cannot draw the chart (a value at or below zero), or null when it can. A
 * chart asked for a log scale that cannot have one stays linear and prints this reason.
 *
 * @param input - The chart's numbers (an `ActualsChartInput` will do).
 */
export function logScaleProblem(input: ChartScaleInput): LogScaleProblem | null {
  return chartExtent(input).logProblem;
}

/**
 * The top of a linear domain `[0, top]` after Plot's `nice: true`, which is d3's `linear.nice()`
 * with 10 ticks (https://github.com/d3/d3-scale/blob/main/src/linear.js), so the chart can tell
 * whether a band passes the frame without drawing it.
 */
function niceTop(top: number): number {
  if (!(top > 0)) return top;
  let stop = top;
  let previous: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(stop, 10);
    if (step === previous) return stop;
    if (step > 0) stop = Math.ceil(stop / step) * step;
    else if (step < 0) stop = Math.floor(stop * step) / step;
    else return top;
    previous = step;
  }
  // d3 leaves a domain that does not settle in 10 rounds as it was.
  return top;
}

/** d3-array's `tickIncrement(0, stop, count)`: a positive step, or a negative inverse step below 1. */
function tickIncrement(stop: number, count: number): number {
  const step = stop / count;
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power < 0 ? -Math.pow(10, -power) / factor : Math.pow(10, power) * factor;
}
