import type { SeriesProjection } from '../../model/index.ts';
import { ASSUMPTION_NUMBERS } from '../../scenario/scenario.ts';
import { A11Y_MESSAGES } from '../../i18n/a11y-messages.ts';
import { formatSignedPercent, formatYear, numberFormat } from '../../i18n/format.ts';
import type { Locale } from '../../text/locale.ts';
import { fill } from '../../i18n/messages.ts';
import type { ControlValues } from './assumption-controls.ts';
import { historySpread, sliderRange, windowRange, type HistoryPoint, type SliderRange } from './slider-range.ts';

/** The three sliders of a series' assumptions. */
export type SliderField = 'growthPct' | 'volatilityPct' | 'window';

/** The least half-width of the growth and volatility sliders, in percentage points. */
const MIN_HALF = 5;

/** A schema range in display units (percent for rates). */
const percentLimits = (name: string): [number, number] => {
  const [lo, hi] = ASSUMPTION_NUMBERS[name] ?? [-Infinity, Infinity];
  return [lo * 100, hi * 100];
};

/**
 * Derive each slider's range from the series' own history up to the as-of year (see `sliderRange`):
 * growth centred on the mean year-on-year growth with three of its standard deviations either side,
 * volatility from zero to that standard deviation plus three of it, the window up to the years of
 * history there are. Each takes in the value shown, so a typed value outside widens its slider, and
 * the growth slider takes in what the fit uses and what every target needs. The history, not the
 * value shown, decides the centre, so a slider keeps its scale while it is dragged.
 *
 * @param values - What the controls show.
 * @param history - The series' published values.
 * @param projection - The engine's projection (its last actual year ends the history; its fit is shown).
 * @param needed - The growth each target needs, percent a year.
 */
export function controlRanges(
  values: ControlValues,
  history: readonly HistoryPoint[],
  projection: SeriesProjection | null,
  needed: readonly number[] = [],
): Record<SliderField, SliderRange> {
  const spread = historySpread(history, projection?.lastActualYear ?? null);
  const fittedGrowth = projection?.growth === null || projection?.growth === undefined ? Number.NaN : 100 * projection.growth;
  const fittedSigma = projection?.sigma === null || projection?.sigma === undefined ? Number.NaN : 100 * projection.sigma;
  const sd = spread?.sdPct ?? (Number.isFinite(fittedSigma) ? fittedSigma : 0);
  return {
    growthPct: sliderRange({ center: spread?.meanPct ?? 0, spread: sd, minHalf: MIN_HALF, limits: percentLimits('growth'), include: [values.growthPct, fittedGrowth, ...needed] }),
    volatilityPct: sliderRange({ center: sd, spread: sd, minHalf: MIN_HALF, limits: percentLimits('volatility'), include: [values.volatilityPct, fittedSigma] }),
    window: windowRange(spread?.span ?? 0, ASSUMPTION_NUMBERS.window ?? [1, 50], [values.window]),
  };
}

/**
 * Say a slider's value with its unit, as `aria-valuetext`: "年增长 +5.6%", "波动 3.9 个百分点",
 * "历史窗口 5 年（2013–2018年）".
 *
 * @param field - The slider.
 * @param value - Its value in display units.
 * @param projection - The engine's projection: the window's years end at its start (the last firm value).
 * @param locale - The reader's language.
 */
export function sliderValueText(field: SliderField, value: number, projection: SeriesProjection | null, locale: Locale): string {
  const a = A11Y_MESSAGES[locale];
  if (field === 'growthPct') return fill(a.valueGrowth, { value: formatSignedPercent(value / 100, locale) });
  if (field === 'volatilityPct') return fill(a.valueVolatility, { value: numberFormat(locale, { maximumFractionDigits: 1 }).format(value) });
  const years = numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  const to = projection?.startYear ?? null;
  if (to === null) return fill(a.valueWindow, { years });
  // The fit's own first year where the window is the fitted one (a missing year moves it); else counted back.
  const from = projection?.window === value && projection.observedFrom !== null ? projection.observedFrom : to - value;
  return fill(a.valueWindowYears, { years, from: formatYear(from), to: formatYear(to) });
}

/**
 * Name a control after its series, so that every row's controls can be told apart:
 * "研发经费投入强度（广州市）年增长率".
 *
 * @param subject - The series, from `seriesSubject`.
 * @param control - What the control sets ("年增长率").
 * @param locale - The reader's language.
 */
export function controlName(subject: string, control: string, locale: Locale): string {
  return fill(A11Y_MESSAGES[locale].controlName, { subject, control });
}

/**
 * Name a series: its indicator and region, "研发经费投入强度（广州市）".
 *
 * @param indicator - The indicator's name in the reader's language.
 * @param region - The region's name in the reader's language.
 * @param locale - The reader's language.
 */
export function seriesSubject(indicator: string, region: string, locale: Locale): string {
  return fill(A11Y_MESSAGES[locale].subject, { indicator, region });
}
