import * as Plot from '@observablehq/plot';
import { actualsChartOptions } from '../charts/actuals-chart.ts';
import { SHARE_MESSAGES } from '../i18n/share-messages.ts';
import { chartFooter, chartInput, chartTitle, contextSummary, EXPORT_WIDTH, type ChartContext } from './chart-export.ts';
import { wrapText } from '../charts/wrap-text.ts';

export interface StandaloneSvgInput {
  /** Plot options for the chart itself, built without pointer tips. */
  options: Plot.PlotOptions;
  title: string;
  /** The one-sentence summary: the caption under the title and the SVG's description. */
  summary: string;
  /** Source and model lines, printed under the chart. */
  footer: readonly string[];
  /** The notebook link that reproduces the chart, printed and clickable. */
  link: string;
  linkLabel: string;
  /** The document to build in: the page's, or jsdom's in Node. */
  document: Document;
}

const PAD = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 13;
const SMALL_SIZE = 11;
const FONT = "system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif";
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Build a chart as one self-contained SVG: title, summary, the chart, its sources and the scenario
 * link, with fonts named and no external references, so it can be dropped into a slide or a
 * briefing and still say where its numbers come from. The same function runs in the page and in
 * Node (with jsdom's document), so both write the same SVG for the same numbers.
 *
 * @param input - The chart's options, texts and the document to build in.
 * @returns The SVG element (not attached to the document).
 */
export function standaloneSvg(input: StandaloneSvgInput): SVGSVGElement {
  const { options, title, summary, footer, link, linkLabel, document } = input;
  const chart = Plot.plot({ ...options, document }) as unknown as SVGSVGElement;
  const width = Number(chart.getAttribute('width'));
  const chartHeight = Number(chart.getAttribute('height'));
  const textWidth = width - 2 * PAD;

  const root = document.createElementNS(SVG_NS, 'svg');
  const make = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', 'tl-title tl-desc');
  root.append(make('title', { id: 'tl-title' }, title), make('desc', { id: 'tl-desc' }, summary));
  root.append(make('rect', { width: '100%', height: '100%', fill: 'white' }));

  let y = PAD + TITLE_SIZE;
  const block = (lines: readonly string[], size: number, attrs: Record<string, string | number>) => {
    for (const line of lines) {
      root.append(make('text', { x: PAD, y, 'font-size': size, ...attrs }, line));
      y += Math.round(size * 1.45);
    }
  };
  block(wrapText(title, textWidth, TITLE_SIZE), TITLE_SIZE, { 'font-weight': 'bold', fill: '#1f2328' });
  block(wrapText(summary, textWidth, TEXT_SIZE), TEXT_SIZE, { fill: '#1f2328' });
  y += 4 - TEXT_SIZE;
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(y));
  root.append(chart);
  y += chartHeight + SMALL_SIZE + 8;
  block(footer.flatMap((line) => wrapText(line, textWidth, SMALL_SIZE)), SMALL_SIZE, { fill: '#57606a' });
  const anchor = make('a', { href: link, target: '_blank' });
  anchor.append(make('text', { x: PAD, y, 'font-size': SMALL_SIZE, fill: '#0969da' }, `${linkLabel}${clipLink(link)}`));
  root.append(anchor);
  y += PAD;

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(y));
  root.setAttribute('viewBox', `0 0 ${width} ${y}`);
  root.setAttribute('font-family', FONT);
  return root;
}

/** A long scenario link is shown shortened; the whole of it is in the href. */
function clipLink(link: string): string {
  return link.length > 90 ? `${link.slice(0, 87)}…` : link;
}

/**
 * Serialise an SVG element as a standalone file with an XML declaration.
 *
 * @param svg - The element.
 * @param serializer - The document's XMLSerializer (the page's, or jsdom's).
 */
export function svgFileText(svg: SVGSVGElement, serializer: XMLSerializer): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(svg)}\n`;
}

/**
 * One chart as a self-contained SVG file: title, summary, chart, sources and the link back, on the
 * context's scale (a chart seen in log scale is exported in log scale).
 *
 * @param context - The chart's numbers, scenario and scale (linear unless `context.scale` says `'log'`).
 * @param link - The notebook address that reproduces it.
 * @param document - The page's document, or jsdom's in Node.
 */
export function chartSvgFile(context: ChartContext, link: string, document: Document): string {
  const { view, locale } = context;
  const summary = contextSummary(context);
  const svg = standaloneSvg({
    options: actualsChartOptions(chartInput(context, EXPORT_WIDTH, false, summary)),
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
