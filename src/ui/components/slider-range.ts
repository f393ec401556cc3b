/** A slider's bounds, its arrow-key step and its PageUp/PageDown step, in display units. */
export interface SliderRange {
  min: number;
  max: number;
  step: number;
  page: number;
}

/** A published value the history is read from. */
export interface HistoryPoint {
  year: number;
  value: number;
  quality: string;
}

/** What a series' own history says about plausible growth, in percent a year. */
export interface HistorySpread {
  /** The mean of the year-on-year growth rates. */
  meanPct: number;
  /** Their sample standard deviation; null with fewer than two rates. */
  sdPct: number | null;
  /** Years between the first and the last firm value. */
  span: number;
}

/** The qualities a growth rate may be read from: lower bounds and estimates are never a rate's base (see README). */
const FIRM = new Set(['final', 'preliminary', 'rounded']);

/**
 * Read the year-on-year growth of a series' firm values up to a year: one rate per pair of
 * neighbouring firm values, a gap of k years counting as k years of compound growth.
 *
 * @param points - Published values (one per year; others are ignored).
 * @param until - The last year to read (the as-of year's latest value); all years when null.
 * @returns Null with fewer than two firm values, or none that is positive.
 * @example historySpread([{year: 2016, value: 100, quality: 'final'}, {year: 2017, value: 110, quality: 'final'}], null) // meanPct 10
 */
export function historySpread(points: readonly HistoryPoint[], until: number | null): HistorySpread | null {
  const firm = points
    .filter((p) => FIRM.has(p.quality) && p.value > 0 && (until === null || p.year <= until))
    .sort((a, b) => a.year - b.year)
    .filter((p, i, all) => i === 0 || p.year !== all[i - 1]?.year);
  if (firm.length < 2) return null;
  const rates: number[] = [];
  for (let i = 1; i < firm.length; i++) {
    const a = firm[i - 1] as HistoryPoint;
    const b = firm[i] as HistoryPoint;
    rates.push(100 * ((b.value / a.value) ** (1 / (b.year - a.year)) - 1));
  }
  const meanPct = rates.reduce((s, r) => s + r, 0) / rates.length;
  const sdPct = rates.length < 2 ? null : Math.sqrt(rates.reduce((s, r) => s + (r - meanPct) ** 2, 0) / (rates.length - 1));
  return { meanPct, sdPct, span: (firm[firm.length - 1] as HistoryPoint).year - (firm[0] as HistoryPoint).year };
}

/** What a slider's range is derived from, in display units. */
export interface RangeRule {
  /** The value the history suggests: the slider is centred on it. */
  center: number;
  /** How far plausible values lie from it (one standard deviation); the slider spans three each way. */
  spread: number;
  /** The least half-width, so a quiet history still leaves room to move. */
  minHalf: number;
  /** The scenario schema's limits: no slider reaches past what a link could reopen. */
  limits: readonly [number, number];
  /** Values that must be on the slider: the value shown, the fitted one, the growth targets need. */
  include?: readonly number[];
  /** The finest step the controls show (they show one decimal). Defaults to 0.1. */
  finest?: number;
}

/**
 * Derive a slider's range from a series' history: three spreads either side of the centre (at least
 * `minHalf`), a PageUp step of a tenth of that half-width taken down to 1, 2 or 5 × 10ⁿ, an arrow
 * step a tenth of the PageUp step (not finer than `finest`), both ends on the PageUp grid, widened to
 * take in every `include` value and clipped to `limits`.
 *
 * @param rule - Centre, spread, least half-width, limits and values to include.
 * @example sliderRange({ center: 5, spread: 4, minHalf: 5, limits: [-99, 1000] }) // { min: -7, max: 17, step: 0.1, page: 1 }
 */
export function sliderRange(rule: RangeRule): SliderRange {
  const { center, spread, minHalf, limits, include = [], finest = 0.1 } = rule;
  const half = Math.max(minHalf, 3 * Math.abs(spread));
  const page = Math.max(finest, niceFloor(half / 10));
  const step = Math.max(finest, page / 10);
  let lo = Math.floor((center - half) / page) * page;
  let hi = Math.ceil((center + half) / page) * page;
  for (const v of include) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, Math.floor(v / page) * page);
    hi = Math.max(hi, Math.ceil(v / page) * page);
  }
  return { min: clean(Math.max(lo, limits[0])), max: clean(Math.min(hi, limits[1])), step: clean(step), page: clean(page) };
}

/**
 * Derive the history window's range: from 2 years to the years of firm history there are (a longer
 * window reads no more data), widened to take in every `include` value and clipped to `limits`.
 * Arrow keys move a year; PageUp a fifth of the history, at least a year.
 *
 * @param span - Years between the first and last firm value (0 when unknown).
 * @param limits - The schema's limits.
 * @param include - Values that must be on the slider (the window shown).
 */
export function windowRange(span: number, limits: readonly [number, number], include: readonly number[] = []): SliderRange {
  const shown = include.filter(Number.isFinite);
  const min = Math.max(limits[0], Math.min(2, ...shown));
  const max = Math.min(limits[1], Math.max(min, span, ...shown));
  return { min, max, step: 1, page: Math.max(1, Math.floor(span / 5)) };
}

/**
 * Move a slider's value by PageUp or PageDown steps, within its range, on its step's decimals.
 *
 * @param value - The value now.
 * @param range - The slider's range.
 * @param pages - How many PageUp steps (negative for PageDown).
 */
export function pageMove(value: number, range: SliderRange, pages: number): number {
  return clean(Math.min(range.max, Math.max(range.min, value + pages * range.page)));
}

/**
 * Keep a slider as wide as it has been: once a typed value has widened it, dragging back does not
 * narrow it under the pointer (the range would shrink with every step and the thumb jump).
 *
 * @param range - The range derived now.
 * @param before - The range shown before, or none (then `range` as it is).
 */
export function keepWidth(range: SliderRange, before: SliderRange | undefined): SliderRange {
  if (!before || before.page !== range.page) return range;
  return { ...range, min: Math.min(range.min, before.min), max: Math.max(range.max, before.max) };
}

/** Take x down to the nearest 1, 2 or 5 × 10ⁿ. */
function niceFloor(x: number): number {
  if (!(x > 0)) return 0;
  const decade = 10 ** Math.floor(Math.log10(x));
  const m = x / decade;
  return clean((m >= 5 ? 5 : m >= 2 ? 2 : 1) * decade);
}

/** Drop binary noise (0.30000000000000004 → 0.3): the controls show at most a few decimals. */
function clean(x: number): number {
  return Number(x.toFixed(6)) + 0;
}
