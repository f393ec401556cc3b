import type { PlanRow } from '../data/types.ts';
import type { Locale } from '../text/locale.ts';
import { fill } from '../i18n/messages.ts';
import { SHARE_MESSAGES } from '../i18n/share-messages.ts';
import type { SeriesProjection, TargetAssessment } from '../model/index.ts';
import { PLANS_AS_OF, type Scenario } from '../scenario/scenario.ts';
import { asOfWord } from './csv-scenario.ts';
import type { ActualsChartInput } from '../charts/actuals-chart.ts';
import type { ChartScale } from '../charts/chart-scale.ts';
import { requiredPaths } from '../charts/required-paths.ts';
import { chartSummary } from '../charts/chart-summary.ts';
import { planName } from '../notebook/plan-name.ts';
import { publisherName } from '../i18n/source-text.ts';
import { regionName } from '../notebook/region-name.ts';
import type { IndicatorView } from '../notebook/notebook.ts';

/** Exports have one width whatever the screen, so the page and the CLI write the same file. */
export const EXPORT_WIDTH = 720;

/** Everything one chart is drawn from. */
export interface ChartContext {
  view: IndicatorView;
  plans: readonly PlanRow[];
  colors: ReadonlyMap<string, string>;
  locale: Locale;
  projection: SeriesProjection | null;
  assessments: readonly TargetAssessment[];
  comparison?: SeriesProjection | null;
  scenario: Scenario;
  /** The value axis the reader chose on the page, so a download is drawn as it was seen. Defaults to `'linear'`. */
  scale?: ChartScale;
  /** Fingerprint of the data and engine (`dataVersion`), named in the CSV's scenario block. */
  dataVersion?: string;
}

/** The chart's heading: indicator and region, e.g. “高新技术企业数 · 广州市”. */
export function chartTitle(view: IndicatorView, locale: Locale): string {
  const name = locale === 'zh' ? view.indicator.name_zh : view.indicator.name_en;
  return `${name} · ${regionName(view.region, locale)}`;
}

/**
 * The lines under a chart: who published the values drawn, which plans set the targets, and what
 * the model band assumed. Every exported chart carries them, so it never travels without its sources.
 *
 * @param context - The chart's numbers and scenario.
 */
export function chartFooter(context: ChartContext): string[] {
  const { view, plans, locale, projection, scenario } = context;
  const s = SHARE_MESSAGES[locale];
  const list = (items: string[]) => [...new Set(items)].join(locale === 'zh' ? '、' : '; ');
  // Publishers in the reader's language (the names as written stay in the CSV, for auditors).
  const lines = [fill(s.sourceLine, { publishers: list(view.picked.map((a) => publisherName(a, locale))) })];
  if (view.targets.length > 0) lines.push(fill(s.targetsLine, { plans: list(view.targets.map((t) => planName(plans, t.plan_id, locale))) }));
  if (projection && projection.years.length > 0) {
    const paths = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB').format(scenario.paths);
    lines.push(fill(s.modelLine, { paths, seed: scenario.seed, asOf: scenario.asOf === null ? s.asOfLatest : scenario.asOf === PLANS_AS_OF ? s.asOfPlans : String(scenario.asOf) }));
  }
  return lines;
}

/** The chart's one-sentence summary (see `chartSummary`), from its context. */
export function contextSummary(context: ChartContext): string {
  return chartSummary({ view: context.view, plans: context.plans, assessments: context.assessments }, context.locale);
}

/**
 * What an exported or embedded chart is drawn from: the notebook's chart with its summary as its
 * description, on the scale the reader chose; without pointer tips when it is a static file. Plot
 * is not needed to work it out.
 *
 * @param context - The chart's numbers.
 * @param width - Pixel width.
 * @param interactive - Whether pointer tips are drawn.
 * @param summary - The chart's summary, which the caller also shows as its caption.
 */
export function chartInput(context: ChartContext, width: number, interactive: boolean, summary: string): ActualsChartInput {
  const { view, plans, colors, locale, projection, assessments, comparison = null, scenario, scale } = context;
  return {
    view,
    plans,
    colors,
    locale,
    width,
    projection,
    required: requiredPaths(assessments),
    comparison,
    asOf: projection?.asOf ?? (scenario.asOf === PLANS_AS_OF ? null : scenario.asOf),
    description: summary,
    interactive,
    // Only when chosen: a linear chart's input stays as it was, field for field.
    ...(scale === undefined ? {} : { scale }),
    // The band an "about" target is drawn with is the one it is scored with.
    ...(scenario.aboutTolerance === undefined ? {} : { aboutTolerance: scenario.aboutTolerance }),
  };
}

/**
 * A file name for a chart's downloads: `targetline-hightech_enterprises-guangzhou.svg`. With a
 * scenario, its as-of year and seed are named too, so files of two scenarios never overwrite each
 * other: `targetline-rd_gdp_ratio-guangzhou-asof2018-seed1.csv` (`asoflatest`, `asofplans`). The page
 * and `cli render` both name their files here.
 *
 * @param view - The chart's series.
 * @param extension - The file type.
 * @param scenario - The scenario behind the numbers; without it, the series alone names the file.
 */
export function chartFileName(view: IndicatorView, extension: 'svg' | 'png' | 'csv', scenario?: Pick<Scenario, 'asOf' | 'seed'>): string {
  const run = scenario ? `-asof${asOfWord(scenario.asOf)}-seed${scenario.seed}` : '';
  return `targetline-${view.indicator.id}-${view.region}${run}.${extension}`.replace(/[^\w.-]/g, '_');
}
