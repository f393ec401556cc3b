import type { PlanRow } from '../data/types.ts';
import type { Locale } from '../i18n/locale.ts';
import { fill } from '../i18n/messages.ts';
import { SHARE_MESSAGES } from '../i18n/share-messages.ts';
import type { SeriesProjection, TargetAssessment } from '../model/index.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { actualsChartOptions, requiredPaths } from '../charts/actuals-chart.ts';
import { chartSummary } from '../charts/chart-summary.ts';
import { planName } from '../notebook/plan-name.ts';
import { regionName } from '../notebook/region-name.ts';
import type { IndicatorView } from '../notebook/notebook.ts';
import { standaloneSvg, svgFileText } from './chart-svg.ts';

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
  const lines = [fill(s.sourceLine, { publishers: list(view.picked.map((a) => a.source_publisher)) })];
  if (view.targets.length > 0) lines.push(fill(s.targetsLine, { plans: list(view.targets.map((t) => planName(plans, t.plan_id, locale))) }));
  if (projection && projection.years.length > 0) {
    const paths = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB').format(scenario.paths);
    lines.push(fill(s.modelLine, { paths, seed: scenario.seed, asOf: scenario.asOf === null ? s.asOfLatest : String(scenario.asOf) }));
  }
  return lines;
}

/** The chart's one-sentence summary (see `chartSummary`), from its context. */
export function contextSummary(context: ChartContext): string {
  return chartSummary({ view: context.view, plans: context.plans, assessments: context.assessments }, context.locale);
}

/**
 * Plot options for an exported or embedded chart: the notebook's chart with its summary as its
 * description; without pointer tips when it is a static file.
 *
 * @param context - The chart's numbers.
 * @param width - Pixel width.
 * @param interactive - Whether pointer tips are drawn.
 * @param summary - The chart's summary, which the caller also shows as its caption.
 */
export function chartOptions(context: ChartContext, width: number, interactive: boolean, summary: string) {
  const { view, plans, colors, locale, projection, assessments, comparison = null, scenario } = context;
  return actualsChartOptions({
    view,
    plans,
    colors,
    locale,
    width,
    projection,
    required: requiredPaths(assessments),
    comparison,
    asOf: scenario.asOf,
    description: summary,
    interactive,
  });
}

/**
 * One chart as a self-contained SVG file: title, summary, chart, sources and the link back.
 *
 * @param context - The chart's numbers and scenario.
 * @param link - The notebook address that reproduces it.
 * @param document - The page's document, or jsdom's in Node.
 */
export function chartSvgFile(context: ChartContext, link: string, document: Document): string {
  const { view, locale } = context;
  const summary = contextSummary(context);
  const svg = standaloneSvg({
    options: chartOptions(context, EXPORT_WIDTH, false, summary),
    title: chartTitle(view, locale),
    summary,
    footer: chartFooter(context),
    link,
    linkLabel: SHARE_MESSAGES[locale].linkLine,
    document,
  });
  const Serializer = document.defaultView?.XMLSerializer ?? XMLSerializer;
  return svgFileText(svg, new Serializer());
}

/** A file name for a chart's downloads: `targetline-hightech_enterprises-guangzhou.svg`. */
export function chartFileName(view: IndicatorView, extension: 'svg' | 'png' | 'csv'): string {
  return `targetline-${view.indicator.id}-${view.region}.${extension}`.replace(/[^\w.-]/g, '_');
}
