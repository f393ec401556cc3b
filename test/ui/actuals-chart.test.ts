import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { assess, type SeriesProjection } from '../../src/model/index.ts';
import { toEngineInput } from '../../src/data/engine-input.ts';
import { actualsChartOptions, type ActualsChartInput } from '../../src/charts/actuals-chart.ts';
import { chartExtent, fanLeavesChart, logScaleProblem, type ChartScaleInput } from '../../src/charts/chart-scale.ts';
import { logTicks } from '../../src/charts/log-ticks.ts';
import type { ActualRow, TargetRow } from '../../src/data/types.ts';
import { planColors } from '../../src/charts/plan-colors.ts';
import { buildNotebook } from '../../src/notebook/notebook.ts';
import { fixtureDataset } from './fixture.ts';
import { expectSvgSnapshot } from './svg-snapshot.ts';

const dataset = fixtureDataset();
const notebook = buildNotebook(dataset);
const colors = planColors(dataset.plans.map((p) => p.id));

function render(key: string, locale: 'zh' | 'en', width = 640, projection: SeriesProjection | null = null): SVGSVGElement {
  const view = notebook.charted.find((v) => v.key === key);
  if (!view) throw new Error(key);
  return Plot.plot({ ...actualsChartOptions({ view, plans: dataset.plans, colors, locale, width, projection }), document }) as SVGSVGElement;
}

/** Draw the fixture's firms chart from an input with some fields replaced. */
function renderWith(fields: Partial<ActualsChartInput>): SVGSVGElement {
  const view = notebook.charted.find((v) => v.key === 'firms@gz');
  if (!view) throw new Error('firms@gz');
  return Plot.plot({ ...actualsChartOptions({ view, plans: dataset.plans, colors, locale: 'zh', width: 640, ...fields }), document }) as SVGSVGElement;
}

/** A projection of the fixture's firms from 2020's 12,000: quantiles p05…p95 for 2021, then 2022. */
function firmsFan(quantiles: number[]): SeriesProjection {
  return { ...({} as SeriesProjection), key: 'firms@gz', startYear: 2020, startValue: 12000, years: [2021, 2022], quantiles: Float64Array.from(quantiles) };
}
/** A wide fan: its 2022 p95 (60,000) is 4.6 times the highest target (13,000). */
const WIDE = firmsFan([11000, 12500, 14000, 16000, 30000, 10500, 13000, 16000, 20000, 60000]);

/** A scale's domain as drawn. */
function domain(svg: SVGSVGElement, name: 'y'): number[] {
  return (svg as SVGSVGElement & { scale(name: string): { domain: number[]; type: string } }).scale(name).domain;
}
function scaleType(svg: SVGSVGElement): string {
  return (svg as SVGSVGElement & { scale(name: string): { type: string } }).scale('y').type;
}

/** The position a value takes on one of the chart's scales, in pixels. */
function scale(svg: SVGSVGElement, name: 'x' | 'y'): (value: number) => number {
  const plotted = svg as SVGSVGElement & { scale(name: string): { apply(value: number): number } };
  return (value) => plotted.scale(name).apply(value);
}

/** Round every number in the SVG to 3 decimals so snapshots do not churn on float noise. */
function normalise(svg: SVGSVGElement): string {
  return svg.outerHTML.replace(/\d+\.\d{4,}/g, (n) => String(Number(Number(n).toFixed(3))));
}

describe('actuals chart', () => {
  it('breaks the line at a missing year and joins only final or preliminary values', () => {
    const svg = render('firms@gz', 'zh');
    const path = svg.querySelector('g[aria-label=line] path')?.getAttribute('d') ?? '';
    // 2014–2016 is one run; 2018 stands alone (2017 missing, 2019 is a bound): two "M" moves.
    expect(path.match(/M/g)).toHaveLength(2);
  });

  it('draws a lower bound as an open triangle and a rounded value with its range', () => {
    const svg = render('firms@gz', 'zh');
    const dots = [...svg.querySelectorAll('g[aria-label=dot]')];
    const triangles = dots.flatMap((g) => [...g.querySelectorAll('path')]).filter((p) => (p.getAttribute('d') ?? '').split('L').length === 3);
    expect(triangles.length).toBe(1);
    // 2020's 1.2万 is rounded to the thousand, so it stands for 11500–12500: the one solid upright
    // rule is at 2020 and runs from y(11500) to y(12500). (The zero line lies flat; the lower bound's
    // ray is dashed.)
    const x = scale(svg, 'x');
    const y = scale(svg, 'y');
    const upright = [...svg.querySelectorAll('g[aria-label=rule]')]
      .filter((g) => !g.hasAttribute('stroke-dasharray'))
      .flatMap((g) => [...g.querySelectorAll('line')])
      .filter((l) => l.getAttribute('x1') === l.getAttribute('x2'));
    expect(upright.map((l) => ['x1', 'y1', 'y2'].map((a) => Number(l.getAttribute(a))))).toEqual([
      [expect.closeTo(x(2020), 3), expect.closeTo(y(11500), 3), expect.closeTo(y(12500), 3)],
    ]);
  });

  it('puts two plans’ targets for the same year side by side, each in its plan colour', () => {
    const svg = render('firms@gz', 'zh');
    const links = [...svg.querySelectorAll('g[aria-label=link] path')];
    expect(links).toHaveLength(3);
    const strokes = new Set(links.map((l) => l.getAttribute('stroke')));
    expect(strokes).toEqual(new Set([colors.get('a'), colors.get('b')]));
  });

  it('labels the y axis with the unit in each language', () => {
    expect(render('firms@gz', 'zh').textContent).toContain('企业数（家）');
    expect(render('share@gz', 'en').textContent).toContain('Intensity (%)');
  });

  it('draws the model fan from the last published value: two bands and a dashed median', () => {
    const result = assess({ ...toEngineInput(dataset), scenario: { asOf: null, horizon: 2022, seed: 3, paths: 500, assumptions: {} } });
    const projection = result.series.find((s) => s.key === 'share@gz') ?? null;
    // share@gz has one value (2020), too little to fit growth: no fan, and nothing breaks.
    expect(projection?.problem).toBe('insufficient-history');
    const firms = result.series.find((s) => s.key === 'firms@gz') ?? null;
    expect(firms?.startYear).toBe(2020);
    const svg = render('firms@gz', 'zh', 640, firms);
    expect(svg.querySelectorAll('g[aria-label=area] path')).toHaveLength(2);
    const dashed = [...svg.querySelectorAll('g[aria-label=line] path')].filter((p) => p.getAttribute('stroke-dasharray') === '4,3' || p.parentElement?.getAttribute('stroke-dasharray') === '4,3');
    expect(dashed).toHaveLength(1);
    expectSvgSnapshot('actuals-firms-fan-zh', normalise(svg));
  });

  it('matches the stored snapshots', () => {
    expectSvgSnapshot('actuals-firms-zh', normalise(render('firms@gz', 'zh')));
    expectSvgSnapshot('actuals-share-en-phone', normalise(render('share@gz', 'en', 360)));
  });
});

describe('fanLeavesChart', () => {
  // Published 100, 110, 121 (2018–2020) and a target of 150 for 2021; the fan starts at 121.
  const actual = (year: number, value: number) => ({ year, value, quality: 'final' }) as ActualRow;
  const view = { picked: [actual(2018, 100), actual(2019, 110), actual(2020, 121)], targets: [{ year: 2021, value: 150, comparator: '>=' } as TargetRow] };
  const withFan = (p75: number, p95: number): ChartScaleInput => ({
    view,
    projection: { startYear: 2020, startValue: 121, years: [2021, 2022], quantiles: Float64Array.of(110, 120, 130, p75, p95, 105, 120, 140, p75, p95) },
  });

  it('says true for a fan whose p95 is far above the data, false for one inside the frame', () => {
    // The scale's top is the larger of the data (150) and the fan's p75 (200), at most twice the
    // data (300): 200. With 12% headroom, 224, which Plot's nice rounds up to the next step of 20
    // (224 / 10 ticks = 22.4 → a step of 20): the frame ends at 240.
    expect(chartExtent(withFan(200, 1000))).toMatchObject({ top: 200, frameTop: 240 });
    expect(fanLeavesChart(withFan(200, 1000))).toBe(true);
    // 230 is above 224 but under the frame's 240: nothing is cut.
    expect(fanLeavesChart(withFan(200, 230))).toBe(false);
    expect(fanLeavesChart({ view })).toBe(false);
  });

  it('counts the pinned comparison’s band too, and only the years the chart shows', () => {
    const compared = withFan(200, 230).projection;
    expect(fanLeavesChart({ view, comparison: { ...compared!, quantiles: Float64Array.of(110, 120, 130, 200, 1000, 105, 120, 140, 200, 230) } })).toBe(true);
    // A fan to 2030 is shown only to 2022 (two years past its start; the target is 2021): a p95 of
    // 1,000 in 2023 is off the chart's years, not above its frame.
    const long = { startYear: 2020, startValue: 121, years: [2021, 2022, 2023], quantiles: Float64Array.of(110, 120, 130, 200, 230, 105, 120, 140, 200, 230, 100, 120, 150, 200, 1000) };
    expect(fanLeavesChart({ view, projection: long })).toBe(false);
  });

  it('works the frame out as Plot does: the drawn domain ends at frameTop', () => {
    const svg = renderWith({ projection: WIDE });
    // Data 13,000, fan p75 20,000: top 20,000, 22,400 with headroom, nice (a step of 2,000) 24,000.
    expect(chartExtent({ view: notebook.charted.find((v) => v.key === 'firms@gz')!, projection: WIDE }).frameTop).toBe(24000);
    expect(domain(svg, 'y')).toEqual([0, 24000]);
  });
});

describe('log ticks', () => {
  it('keeps the densest round set that fits', () => {
    // 3,000–200,000: 1-3-10 gives 4 ticks, 1-2-5 gives 5,000…200,000 (6), every digit gives 18.
    expect(logTicks(3000, 200000, 6)).toEqual([5000, 10000, 20000, 50000, 100000, 200000]);
    expect(logTicks(0.8, 3, 6)).toEqual([0.8, 0.9, 1, 2, 3]);
  });
  it('keeps every second power of ten over six decades, and steps linearly inside one decade', () => {
    // 1…1,000,000 has 7 powers of ten, more than 6: every second one.
    expect(logTicks(1, 1e6, 6)).toEqual([1, 100, 10000, 1e6]);
    // 11,000–16,000 holds no 1-2-5 value; steps of 1,000 make 6 ticks.
    expect(logTicks(11000, 16000, 6)).toEqual([11000, 12000, 13000, 14000, 15000, 16000]);
  });
  it('has no ticks for a domain a log axis cannot have', () => {
    expect(logTicks(0, 10)).toEqual([]);
    expect(logTicks(10, 10)).toEqual([]);
  });
});

describe('actuals chart in log scale', () => {
  it('is linear by default: no scale and scale linear draw the same chart', () => {
    const a = normalise(renderWith({ projection: WIDE }));
    const b = normalise(renderWith({ projection: WIDE, scale: 'linear' }));
    expect(a.replace(/plot-clip-\d+/g, '')).toBe(b.replace(/plot-clip-\d+/g, ''));
  });

  it('says in words, on a linear chart, that the band is cut and the log scale shows it whole', () => {
    const svg = renderWith({ projection: WIDE });
    expect(svg.textContent).toContain('模型区间在图框处截断，对数刻度可显示全貌');
    expect(svg.textContent).not.toMatch(/提示|hover/);
    expect(renderWith({ projection: WIDE, locale: 'en' }).textContent).toContain('The model band is cut at the frame; the log scale shows it whole');
    // A fan inside the frame gets no note.
    expect(renderWith({ projection: firmsFan([11000, 11500, 12000, 12500, 13000, 11000, 11500, 12500, 13000, 14000]) }).textContent).not.toContain('截断');
    expectSvgSnapshot('actuals-firms-cut-zh', normalise(svg));
  });

  it('takes in the whole 90% band, with round ticks in the unit, and no zero line', () => {
    const svg = renderWith({ projection: WIDE, scale: 'log' });
    expect(scaleType(svg)).toBe('log');
    // Values run from 4,000 (2014) to 60,000 (the 2022 p95): a span of 15, so 15^0.06 = 1.18 below
    // and 15^0.1 = 1.31 above: about 3,400 to 78,700.
    const [lo, hi] = domain(svg, 'y');
    expect(lo).toBeCloseTo(4000 / 15 ** 0.06, 6);
    expect(hi).toBeCloseTo(60000 * 15 ** 0.1, 6);
    const ticks = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toEqual(['5000', '1万', '2万', '5万']);
    expect(svg.textContent).toContain('企业数（家，对数刻度）');
    expect(svg.textContent).not.toContain('截断');
    // Only upright rules (rounding ranges, lower bounds' rays): no zero line across the frame.
    const rules = [...svg.querySelectorAll('g[aria-label=rule] line')];
    expect(rules.length).toBe(2);
    expect(rules.every((l) => l.getAttribute('x1') === l.getAttribute('x2'))).toBe(true);
    // Every corner of the 90% band lies inside the plot area: nothing is cut.
    const [bottom, top] = (svg as SVGSVGElement & { scale(name: string): { range: number[] } }).scale('y').range as [number, number];
    const band = svg.querySelector('g[aria-label=area] path')?.getAttribute('d') ?? '';
    const ys = [...band.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((match) => Number(match[1]));
    expect(ys).toHaveLength(6);
    expect(Math.min(...ys)).toBeGreaterThan(top);
    expect(Math.max(...ys)).toBeLessThan(bottom);
    expectSvgSnapshot('actuals-firms-log-zh', normalise(svg));
    const en = renderWith({ projection: WIDE, scale: 'log', locale: 'en', width: 360 });
    expect(en.textContent).toContain('Firms (log scale)');
    expectSvgSnapshot('actuals-firms-log-en-phone', normalise(en));
  });

  it('stays linear when a published value is zero, draws that value, and says why', () => {
    const view = notebook.charted.find((v) => v.key === 'firms@gz')!;
    const zero = { ...view.picked[0]!, year: 2013, value: 0 };
    const withZero = { ...view, picked: [zero, ...view.picked] };
    expect(logScaleProblem({ view: withZero })).toBe('non-positive-value');
    const svg = renderWith({ view: withZero, projection: WIDE, scale: 'log' });
    expect(scaleType(svg)).toBe('linear');
    expect(svg.textContent).toContain('有公布值为零或负数，对数刻度无法绘制，仍用线性刻度');
    // Linear and cut, and the log scale cannot help: the note does not promise it.
    expect(svg.textContent).toContain('模型区间在图框处截断');
    expect(svg.textContent).not.toContain('对数刻度可显示全貌');
    // The zero is drawn: a solid dot at y(0), x(2013).
    const x = scale(svg, 'x');
    const y = scale(svg, 'y');
    const dots = [...svg.querySelectorAll('g[aria-label=dot] circle')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
    expect(dots).toContainEqual([expect.closeTo(x(2013), 3), expect.closeTo(y(0), 3)]);
    expect(renderWith({ view: withZero, projection: WIDE, scale: 'log', locale: 'en' }).textContent).toContain(
      'A published value is zero or negative, which a log scale cannot draw: linear scale kept',
    );
  });

  it('names a target or a band at or below zero as the reason, in that order after published values', () => {
    const view = notebook.charted.find((v) => v.key === 'firms@gz')!;
    const zeroTarget = { ...view, targets: [...view.targets, { ...view.targets[0]!, value: 0 }] };
    expect(logScaleProblem({ view: zeroTarget })).toBe('non-positive-target');
    const negative = firmsFan([-500, 12500, 14000, 16000, 30000, -900, 13000, 16000, 20000, 60000]);
    expect(logScaleProblem({ view, projection: negative })).toBe('non-positive-band');
    expect(logScaleProblem({ view, projection: WIDE })).toBeNull();
    expect(renderWith({ projection: negative, scale: 'log' }).textContent).toContain('模型区间含零或负数，对数刻度无法绘制，仍用线性刻度');
  });
});
