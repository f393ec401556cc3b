import { formatWholePercent, formatYear, numberFormat } from '../i18n/format.ts';
import type { Locale } from '../text/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { seriesKey, type AssessResult, type Calibration, type SeriesProjection, type TargetAssessment } from '../model/index.ts';
import type { TrackRecord } from '../runner/track-record.ts';

/**
 * Index projections by series key so each chart can find its fan.
 *
 * @param result - The engine's result.
 */
export function projectionsByKey(result: AssessResult): Map<string, SeriesProjection> {
  return new Map(result.series.filter((s) => s.years.length > 0 && s.problem === null).map((s) => [s.key, s]));
}

/**
 * The series the engine could not project because of their assumption (a custom rule refused by the
 * allowlist), by key, with the formula code: their charts say why and keep their controls. Series
 * left out for want of history are not listed: the reader's assumption is not the cause.
 *
 * @param result - The engine's result.
 */
export function projectionProblems(result: AssessResult): Map<string, string> {
  return new Map(result.series.filter((s) => s.problem !== null && s.problem.startsWith('formula-')).map((s) => [s.key, s.problem as string]));
}

/**
 * Format the parameters of the hindcast sentence (`calibration`): how the projections made as of a
 * year did against the values published later, the model on all its values and then model and naive
 * baseline on the values both forecast (`sameAsBaseline` beside `baseline`). Shares are whole percent
 * and Brier scores have two decimals, no more than tens of values carry; what could not be measured
 * (NaN, as for no values) is "—".
 *
 * @param c - The hindcast's calibration.
 * @param asOf - The as-of year the projections were made from.
 * @param locale - zh or en, for the digits.
 * @example fill(MESSAGES.en.calibration, calibrationParams(engine.calibration, 2018, 'en'))
 */
export function calibrationParams(c: Calibration, asOf: number, locale: Locale): Record<string, string | number> {
  const share = maybeShare(locale);
  const brier = (x: number) => (Number.isFinite(x) ? numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x) : '—');
  const count = (n: number) => numberFormat(locale, {}).format(n);
  const same = c.sameAsBaseline;
  const base = c.baseline;
  return {
    asOf: formatYear(asOf),
    values: count(c.values),
    in90: share(c.coverage90),
    in50: share(c.coverage50),
    mape: share(c.mape),
    targets: count(c.targets),
    brier: brier(c.brier),
    bvalues: count(base.values),
    sin90: share(same.coverage90),
    sin50: share(same.coverage50),
    smape: share(same.mape),
    bin90: share(base.coverage90),
    bin50: share(base.coverage50),
    bmape: share(base.mape),
    btargets: count(base.targets),
    sbrier: brier(same.brier),
    bbrier: brier(base.brier),
  };
}

/** Which second sentence the track record gets: the baseline on all the values, on some, or on none. */
export type TrackRecordBasis = 'same' | 'subset' | 'none';

/**
 * Format the parameters of the track-record sentences (`trackRecord`, then `trackRecordBasis[basis]`):
 * the 90% ranges' coverage and the median's mean error over every as-of year of the evaluation, how
 * many values that rests on, and the naive baseline's 90% coverage on the values it also forecast
 * beside the model's on exactly those. Shares are whole percent (a few hundred values carry no more);
 * NaN is "—".
 *
 * @param record - The evaluation's summary.
 * @param locale - zh or en, for the digits.
 * @returns The parameters, and `basis`: `'same'` when the baseline forecast every value (the model's
 *   figure is then the one already given), `'subset'` when only some, `'none'` when it forecast none.
 * @example fill(MESSAGES.zh.trackRecord, trackRecordParams(record, 'zh').params)
 */
export function trackRecordParams(record: TrackRecord, locale: Locale): { params: Record<string, string>; basis: TrackRecordBasis } {
  const share = maybeShare(locale);
  const count = (n: number) => numberFormat(locale, {}).format(n);
  const { overall } = record;
  const base = overall.baseline;
  const basis: TrackRecordBasis = base.values === 0 ? 'none' : base.values === overall.values ? 'same' : 'subset';
  return {
    params: {
      from: formatYear(record.from),
      to: formatYear(record.to),
      in90: share(overall.coverage90),
      mape: share(overall.mape),
      values: count(overall.values),
      bvalues: count(base.values),
      sin90: share(overall.sameAsBaseline.coverage90),
      bin90: share(base.coverage90),
    },
    basis,
  };
}

/**
 * Write the track record as the outlook shows it: the coverage sentence, then what it rests on and
 * how the naive baseline did, in the reader's language.
 *
 * @param record - The evaluation's summary.
 * @param locale - zh or en.
 */
export function trackRecordText(record: TrackRecord, locale: Locale): string {
  const m = MESSAGES[locale];
  const { params, basis } = trackRecordParams(record, locale);
  // Chinese sentences follow each other after 。 with no space; English ones after a space.
  return `${fill(m.trackRecord, params)}${locale === 'zh' ? '' : ' '}${fill(m.trackRecordBasis[basis], params)}`;
}

/** A whole-percent formatter that writes "—" for a share that could not be measured. */
function maybeShare(locale: Locale): (x: number) => string {
  return (x) => (Number.isFinite(x) ? formatWholePercent(x, locale) : '—');
}

/**
 * Group the projected targets (those with a probability) by series key, in year order.
 *
 * @param targets - The engine's target assessments.
 */
export function groupAssessments(targets: readonly TargetAssessment[]): Map<string, TargetAssessment[]> {
  const groups = new Map<string, TargetAssessment[]>();
  for (const t of targets) {
    if (t.probability === null || Number.isNaN(t.probability)) continue;
    const key = seriesKey(t.indicator_id, t.region);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const list of groups.values()) list.sort((a, b) => a.year - b.year || a.plan_id.localeCompare(b.plan_id));
  return groups;
}

/**
 * Keep the previous entry wherever the new one has the same content, so that components fed from
 * the map see the same object and do not redraw. During a slider drag only the dragged series
 * changes; without this every chart on the page would be rebuilt for every frame.
 *
 * @param previous - The map shown so far.
 * @param next - The map from the newest result.
 * @param same - Content equality for two entries.
 */
export function reuseUnchanged<K, V>(previous: ReadonlyMap<K, V>, next: Map<K, V>, same: (a: V, b: V) => boolean): Map<K, V> {
  for (const [key, value] of next) {
    const old = previous.get(key);
    if (old !== undefined && same(old, value)) next.set(key, old);
  }
  return next;
}

/** Whether two projections draw the same fan (same years, same quantiles to the bit). */
export function sameProjection(a: SeriesProjection, b: SeriesProjection): boolean {
  if (a.startYear !== b.startYear || a.startValue !== b.startValue || a.years.length !== b.years.length) return false;
  if (a.quantiles.length !== b.quantiles.length) return false;
  for (let i = 0; i < a.quantiles.length; i++) if (a.quantiles[i] !== b.quantiles[i]) return false;
  return a.growth === b.growth && a.sigma === b.sigma && a.window === b.window && a.rule === b.rule;
}

/** Whether two lists of target assessments say the same thing. */
export function sameAssessments(a: readonly TargetAssessment[], b: readonly TargetAssessment[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
