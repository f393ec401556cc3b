import type { PlanRow } from '../data/types.ts';
import { formatSignedPercent, formatValue } from '../i18n/format.ts';
import type { Locale } from '../text/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { SHARE_MESSAGES } from '../i18n/share-messages.ts';
import { scoreActual, type TargetAssessment } from '../model/index.ts';
import { withTolerance } from '../notebook/about-text.ts';
import { planName } from '../notebook/plan-name.ts';
import { formatProbability } from '../notebook/target-answer.ts';
import { regionName } from '../notebook/region-name.ts';
import type { IndicatorView } from '../notebook/notebook.ts';
import { FORMULA_PUBLISHER } from '../user/derived-history.ts';

export interface ChartSummaryInput {
  view: IndicatorView;
  plans: readonly PlanRow[];
  /** The engine's verdicts on this series' targets; empty before the engine has run. */
  assessments: readonly TargetAssessment[];
}

/**
 * One sentence that says what a chart shows, from its numbers: the nearest target still ahead with
 * its probability and the growth it needs against the growth seen; else the latest target already
 * decided; else the latest published value. Used as the chart's caption and as its alt text, so a
 * reader who cannot see the chart gets its point.
 *
 * @param input - The indicator view, plans and assessments.
 * @param locale - zh or en.
 */
export function chartSummary(input: ChartSummaryInput, locale: Locale): string {
  const { view, plans, assessments } = input;
  const s = SHARE_MESSAGES[locale];
  const m = MESSAGES[locale];
  const { unit, measure_zh: measure } = view.indicator;
  const fmt = (v: number) => formatValue(v, unit, locale, measure);
  const base = {
    region: regionName(view.region, locale),
    indicator: locale === 'zh' ? view.indicator.name_zh : view.indicator.name_en,
  };
  const about = (t: { plan_id: string; year: number; comparator: keyof typeof s.reach; value: number; tolerance?: number | null }) => ({
    ...base,
    plan: planName(plans, t.plan_id, locale),
    year: t.year,
    reach: s.reach[t.comparator],
    target: withTolerance(fmt(t.value), t, locale),
  });

  const ahead = assessments
    .filter((t) => t.probability !== null && !Number.isNaN(t.probability) && (t.last_actual_year === null || t.year > t.last_actual_year))
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))[0];
  // A hindcast's target whose year has since been published: what happened leads, then what the
  // model said then (it "had", not "has", that probability).
  const since = ahead && view.picked.find((a) => a.year === ahead.year);
  const row = ahead && view.targets.find((t) => t.plan_id === ahead.plan_id && t.year === ahead.year && t.comparator === ahead.comparator && t.value === ahead.target);
  if (ahead && since && row) {
    const decided = fill(s.summaryDecided, { ...about(row), actual: fill(s.actualAs[since.quality], { value: fmt(since.value) }), verdict: s.verdict[scoreActual(row, since).verdict] });
    const then = fill(s.summaryThen, { asOf: ahead.last_actual_year ?? '', status: m.status[ahead.status], probability: formatProbability(ahead.probability ?? 0, locale) });
    return decided + then + s.stop;
  }
  if (ahead) {
    let sentence = fill(s.summaryAhead, {
      ...about({ ...ahead, value: ahead.target }),
      probability: formatProbability(ahead.probability ?? 0, locale),
      status: m.status[ahead.status],
    });
    if (ahead.required_growth !== null && ahead.observed_growth !== null) {
      sentence += fill(s.summaryGrowth, {
        needed: formatSignedPercent(ahead.required_growth, locale),
        seen: formatSignedPercent(ahead.observed_growth, locale),
      });
    }
    return sentence + s.stop;
  }

  // Latest target whose year has a published value: scored from the data, engine or not.
  const decided = view.targets
    .map((target) => ({ target, actual: view.picked.find((a) => a.year === target.year) }))
    .filter((d) => d.actual !== undefined)
    .sort((a, b) => b.target.year - a.target.year)[0];
  if (decided?.actual) {
    const verdict = scoreActual(decided.target, decided.actual).verdict;
    return fill(s.summaryDecided, { ...about(decided.target), actual: fill(s.actualAs[decided.actual.quality], { value: fmt(decided.actual.value) }), verdict: s.verdict[verdict] }) + s.stop;
  }

  const latest = view.picked[view.picked.length - 1];
  const pending = [...view.targets].sort((a, b) => a.year - b.year)[0];
  if (pending && latest) {
    return fill(s.summaryPendingTarget, { ...about(pending), lastYear: latest.year, last: fmt(latest.value) }) + s.stop;
  }
  if (!latest || view.firstYear === null) return (locale === 'zh' ? `${base.region}${base.indicator}` : `${base.indicator}, ${base.region}`) + s.stop;
  const gaps = view.missingYears.length > 0 ? fill(s.summaryGaps, { count: view.missingYears.length }) : '';
  // Values the user brought are never described as published.
  const template = view.picked.every((a) => a.source_publisher === FORMULA_PUBLISHER)
    ? s.summaryFormula
    : view.picked.every((a) => a.origin === 'user')
      ? s.summaryUserData
      : s.summaryDataOnly;
  return fill(template, { ...base, first: view.firstYear, last: latest.year, value: fmt(latest.value) }) + gaps + s.stop;
}
