import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chartKey } from '../../src/charts/chart-key.ts';
import { ownClipIds, prerenderOpeningCharts } from '../../src/charts/prerender-opening.ts';
import { openingChartInput } from '../../src/charts/opening-chart-input.ts';
import { fixtureDataset } from './fixture.ts';

describe('chartKey', () => {
  const input = () => {
    const found = openingChartInput(fixtureDataset(), 'zh', 600);
    if (!found) throw new Error('the fixture opens on no row');
    return found;
  };

  it('is the same for the same input, whatever order its fields were written in', () => {
    const a = input();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(chartKey(reordered)).toBe(chartKey(a));
    expect(chartKey(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with anything the chart is drawn from: width, language, a value, a colour, the scale', () => {
    const a = input();
    const [first, ...rest] = a.view.picked;
    if (!first) throw new Error('the fixture row has no published value');
    const keys = [
      chartKey(a),
      chartKey({ ...a, width: 601 }),
      chartKey({ ...a, locale: 'en' }),
      chartKey({ ...a, scale: 'log' }),
      chartKey({ ...a, view: { ...a.view, picked: [{ ...first, value: first.value + 1 }, ...rest] } }),
      // A Map counts by its entries: JSON alone writes every Map as {}.
      chartKey({ ...a, colors: new Map([...a.colors].map(([id]) => [id, '#000000'])) }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the opening chart drawn ahead', () => {
  const dataset = fixtureDataset();
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const charts = prerenderOpeningCharts(dataset, document, [1024, 358]);

  it('is drawn for each language and width, from the input the page builds, keyed by it', () => {
    expect(charts.map((c) => `${c.locale}:${c.width}`)).toEqual(['zh:1024', 'zh:358', 'en:1024', 'en:358']);
    for (const c of charts) {
      const input = openingChartInput(dataset, c.locale, c.width);
      if (!input) throw new Error('no opening input');
      expect(c.key).toBe(chartKey(input));
      expect(c.svg.startsWith('<svg')).toBe(true);
      expect(c.svg).toContain(`width="${c.width}"`);
    }
    // The fixture's first focal row with targets, in the language's words.
    expect(charts[0]?.svg).toContain('企业数');
    expect(charts[2]?.svg).toContain('Firms');
  });

  it('opens on the first focal row with targets, before any result: no fan, no required paths, linear', () => {
    const input = openingChartInput(dataset, 'en', 500);
    expect(input?.view.key).toBe('firms@gz');
    expect(input).toMatchObject({ projection: null, required: [], comparison: null, asOf: null, scale: 'linear', width: 500 });
    expect(input?.description).toContain('Firms');
  });

  it('shares no clip-path id with a chart Plot draws in the page', () => {
    const plot = '<svg><clipPath id="plot-clip-3"><rect></rect></clipPath><g clip-path="url(#plot-clip-3)"></g><g clip-path="url(#plot-clip-12)"></g></svg>';
    expect(ownClipIds(plot)).toBe('<svg><clipPath id="opening-clip-3"><rect></rect></clipPath><g clip-path="url(#opening-clip-3)"></g><g clip-path="url(#opening-clip-12)"></g></svg>');
    for (const c of charts) expect(c.svg).not.toMatch(/plot-clip-/);
  });
});
