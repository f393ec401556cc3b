import * as Plot from '@observablehq/plot';
import { afterEach, describe, expect, it } from 'vitest';
import { actualsChartOptions, chartTips, type ActualsChartInput } from '../../src/charts/actuals-chart.ts';
import { chartExtent } from '../../src/charts/chart-scale.ts';
import { placeTargetBars } from '../../src/charts/marks/target-bars.ts';
import { planColors } from '../../src/charts/plan-colors.ts';
import { targetBand } from '../../src/charts/target-band.ts';
import type { TargetRow } from '../../src/data/types.ts';
import { aboutLegend } from '../../src/notebook/about-text.ts';
import { buildNotebook } from '../../src/notebook/notebook.ts';
import { chartInput } from '../../src/share/chart-export.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import ChartLegend from '../../src/ui/components/ChartLegend.svelte';
import { fixtureDataset } from './fixture.ts';
// The ui project resolves `svelte` to its server entry, whose `mount` refuses to run (see indicator-picker.test.ts).
// @ts-expect-error: the client entry ships no declarations of its own; its exports are typed as svelte's below.
import * as client from '../../node_modules/svelte/src/index-client.js';

const { flushSync, mount, unmount } = client as Pick<typeof import('svelte'), 'flushSync' | 'mount' | 'unmount'>;

const dataset = fixtureDataset();
const colors = planColors(dataset.plans.map((p) => p.id));
const share = buildNotebook(dataset).charted.find((v) => v.key === 'share@gz');
if (!share) throw new Error('share@gz');
/** The fixture's intensity chart with its 2020 target of 3% read as "about 3%" (published 3.1 in 2020). */
const view = { ...share, targets: share.targets.map((t) => ({ ...t, comparator: '~' as const })) };
const about = (value: number, tolerance?: number | null) => ({ value, comparator: '~' as const, tolerance });

function draw(fields: Partial<ActualsChartInput> = {}): SVGSVGElement {
  return Plot.plot({ ...actualsChartOptions({ view, plans: dataset.plans, colors, locale: 'zh', width: 640, ...fields }), document }) as SVGSVGElement;
}
/** The band's rect as drawn: its top and bottom in pixels, and what the y scale puts at a value. */
function drawnBand(svg: SVGSVGElement) {
  const rects = svg.querySelectorAll('g[aria-label=rect] rect');
  const rect = rects[0] as SVGRectElement;
  const y = (v: number) => (svg as SVGSVGElement & { scale(name: string): { apply(v: number): number } }).scale('y').apply(v);
  const top = Number(rect.getAttribute('y'));
  return { count: rects.length, top, bottom: top + Number(rect.getAttribute('height')), y };
}

describe('the band of an "about" target', () => {
  it('spans v(1−t)..v(1+t): 65 at ±2% is 63.7..66.3, and follows a changed tolerance', () => {
    // 65 × 0.98 = 63.7 and 65 × 1.02 = 66.3.
    const band = targetBand(about(65), 0.02);
    expect(band?.low).toBeCloseTo(63.7, 9);
    expect(band?.high).toBeCloseTo(66.3, 9);
    expect(band?.tolerance).toBe(0.02);
    // The default is ±2%: no tolerance at all gives the same band.
    expect(targetBand(about(65))).toEqual(band);
    // The scenario's ±5%: 65 × 0.95 = 61.75, 65 × 1.05 = 68.25.
    const wider = targetBand(about(65), 0.05);
    expect([wider?.low, wider?.high].map((v) => Number(v?.toFixed(9)))).toEqual([61.75, 68.25]);
    // A target's own tolerance wins over the scenario's: ±10% of 65 is 58.5..71.5.
    const own = targetBand(about(65, 0.1), 0.05);
    expect([own?.low, own?.high, own?.tolerance].map((v) => Number(v?.toFixed(9)))).toEqual([58.5, 71.5, 0.1]);
    // Any other comparator has no band: it stays a bar at v.
    expect(targetBand({ value: 65, comparator: '>=' }, 0.05)).toBeNull();
  });

  it('is drawn as a rect from y(v(1+t)) to y(v(1−t)), and a wider tolerance draws a taller one', () => {
    const narrow = drawnBand(draw());
    expect(narrow.count).toBe(1);
    // 3 × 0.98 = 2.94 and 3 × 1.02 = 3.06: the top edge is the higher value.
    expect(narrow.top).toBeCloseTo(narrow.y(3.06), 2);
    expect(narrow.bottom).toBeCloseTo(narrow.y(2.94), 2);
    const wide = drawnBand(draw({ aboutTolerance: 0.05 }));
    // 3 × 0.95 = 2.85 and 3 × 1.05 = 3.15.
    expect(wide.top).toBeCloseTo(wide.y(3.15), 2);
    expect(wide.bottom).toBeCloseTo(wide.y(2.85), 2);
    expect(wide.bottom - wide.top).toBeGreaterThan(narrow.bottom - narrow.top);
  });

  it('keeps every other target a bar, with no rect', () => {
    const svg = Plot.plot({ ...actualsChartOptions({ view: share, plans: dataset.plans, colors, locale: 'zh', width: 640, aboutTolerance: 0.05 }), document }) as SVGSVGElement;
    expect(svg.querySelector('g[aria-label=rect]')).toBeNull();
  });

  it('has both ends inside the frame on a linear and on a log axis', () => {
    // ±10% of 3 reaches 3.3, above the one published value (3.1): the frame must take it in.
    const linear = chartExtent({ view, aboutTolerance: 0.1 });
    expect(linear.top).toBeCloseTo(3.3, 9);
    expect(linear.frameTop).toBeGreaterThanOrEqual(3.3);
    // Without the band the top would be the published 3.1.
    expect(chartExtent({ view: share }).top).toBe(3.1);
    const [lo, hi] = chartExtent({ view, aboutTolerance: 0.1 }).logDomain ?? [Number.NaN, Number.NaN];
    expect(lo).toBeLessThan(2.7);
    expect(hi).toBeGreaterThan(3.3);
    const svg = draw({ aboutTolerance: 0.1, scale: 'log' });
    const band = drawnBand(svg);
    expect(band.top).toBeCloseTo(band.y(3.3), 2);
    expect(band.bottom).toBeCloseTo(band.y(2.7), 2);
    const height = Number(svg.getAttribute('height'));
    expect(band.top).toBeGreaterThan(0);
    expect(band.bottom).toBeLessThan(height);
  });

  it('words its tip and, in a static file, its title as the captions do: 约 3%（±5%） / ≈ 3% (±5%)', () => {
    const zh = chartTips({ view, plans: dataset.plans, colors, locale: 'zh', width: 640, aboutTolerance: 0.05 });
    expect(zh.find((t) => t.x > 2019 && t.x < 2021 && t.y === 3)?.title.split('\n')[0]).toBe('2020 · 目标 约 3%（±5%）');
    const en = chartTips({ view, plans: dataset.plans, colors, locale: 'en', width: 640 });
    expect(en.find((t) => t.y === 3)?.title.split('\n')[0]).toMatch(/^2020 · Target ≈ 3% \(±2%\)$/);
    // A live chart's tip says it; a static one carries it as the band's <title>.
    expect(draw({ aboutTolerance: 0.05 }).querySelector('g[aria-label=rect] title')).toBeNull();
    expect(draw({ aboutTolerance: 0.05, interactive: false }).querySelector('g[aria-label=rect] title')?.textContent?.split('\n')[0]).toBe('2020 · 目标 约 3%（±5%）');
  });

  it('gets the scenario’s tolerance in the chart input the embed and the CLI build', () => {
    const context = { view, plans: dataset.plans, colors, locale: 'zh' as const, projection: null, assessments: [] };
    expect(chartInput({ ...context, scenario: { ...DEFAULT_SCENARIO, aboutTolerance: 0.05 } }, 720, false, '').aboutTolerance).toBe(0.05);
    // At the default the input has no such field: every other chart's input is as it was.
    expect(chartInput({ ...context, scenario: DEFAULT_SCENARIO }, 720, false, '')).not.toHaveProperty('aboutTolerance');
    const bars = placeTargetBars(view.targets as TargetRow[], colors, 0.05);
    expect(bars[0]?.band?.tolerance).toBe(0.05);
  });
});

describe('the legend of a chart with an "about" target', () => {
  let app: ReturnType<typeof mount> | null = null;
  afterEach(() => {
    if (app) unmount(app);
    app = null;
    document.body.innerHTML = '';
  });

  it('has one entry per tolerance in use, in both languages, and none without such a target', () => {
    expect(aboutLegend(view.targets, undefined, 'zh')).toEqual(['目标（约，±2%）']);
    expect(aboutLegend(view.targets, 0.05, 'en')).toEqual(['Target (about, ±5%)']);
    // A target's own tolerance is its own entry beside the scenario's.
    expect(aboutLegend([about(3), about(4, 0.025), about(5)], 0.05, 'zh')).toEqual(['目标（约，±5%）', '目标（约，±2.5%）']);
    expect(aboutLegend(share.targets, 0.05, 'zh')).toEqual([]);
  });

  it('shows the entry with a band swatch', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const plans = dataset.plans.filter((p) => p.id === 'a');
    app = mount(ChartLegend, { target, props: { locale: 'zh', plans, colors, qualities: new Set(['final']), about: aboutLegend(view.targets, 0.05, 'zh') } });
    flushSync();
    const entry = target.querySelector('li[data-legend=about]');
    expect(entry?.textContent?.trim()).toBe('目标（约，±5%）');
    expect(entry?.querySelector('svg rect')?.getAttribute('fill-opacity')).toBe('0.22');
    unmount(app);
    target.innerHTML = '';
    app = mount(ChartLegend, { target, props: { locale: 'en', plans, colors, qualities: new Set(['final']) } });
    flushSync();
    expect(target.querySelector('li[data-legend=about]')).toBeNull();
  });
});
