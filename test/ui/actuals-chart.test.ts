import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { actualsChartOptions } from '../../src/ui/charts/actuals-chart.ts';
import { planColors } from '../../src/ui/charts/plan-colors.ts';
import { buildNotebook } from '../../src/ui/notebook.ts';
import { fixtureDataset } from './fixture.ts';
import { expectSvgSnapshot } from './svg-snapshot.ts';

const dataset = fixtureDataset();
const notebook = buildNotebook(dataset);
const colors = planColors(dataset.plans.map((p) => p.id));

function render(key: string, locale: 'zh' | 'en', width = 640): SVGSVGElement {
  const view = notebook.charted.find((v) => v.key === key);
  if (!view) throw new Error(key);
  return Plot.plot({ ...actualsChartOptions({ view, plans: dataset.plans, colors, locale, width }), document }) as SVGSVGElement;
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
    // The rounded 1.2万 bar spans 11500–12500: the two rule ends differ by the rounding step.
    const rules = [...svg.querySelectorAll('g[aria-label=rule] line')].filter((l) => l.getAttribute('stroke-dasharray') === null);
    expect(rules.length).toBeGreaterThanOrEqual(1);
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

  it('matches the stored snapshots', () => {
    expectSvgSnapshot('actuals-firms-zh', normalise(render('firms@gz', 'zh')));
    expectSvgSnapshot('actuals-share-en-phone', normalise(render('share@gz', 'en', 360)));
  });
});
