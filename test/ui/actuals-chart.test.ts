import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { assess, type SeriesProjection } from '../../src/model/index.ts';
import { toEngineInput } from '../../src/data/engine-input.ts';
import { actualsChartOptions } from '../../src/charts/actuals-chart.ts';
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
