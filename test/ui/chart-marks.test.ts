import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import type { ActualRow, TargetRow } from '../../src/data/types.ts';
import { comparisonOutline, fan, fanPoints } from '../../src/charts/marks/fan.ts';
import { lowerBounds, publishedValues, roundedRanges } from '../../src/charts/marks/published-values.ts';
import { userValues } from '../../src/charts/marks/user-values.ts';
import { USER_INK } from '../../src/charts/plan-colors.ts';
import { placeTargetBars, requiredPathLines, targetBars } from '../../src/charts/marks/target-bars.ts';
import type { SeriesProjection } from '../../src/model/index.ts';
import { expectSvgSnapshot } from './svg-snapshot.ts';

// Each composite mark drawn alone on fixed scales, as Plot's own mark tests do, so its snapshot
// shows that mark and nothing else.
const draw = (mark: Plot.Markish) =>
  (Plot.plot({ width: 320, height: 160, x: { domain: [2014, 2025], axis: null }, y: { domain: [0, 200], axis: null }, marks: [mark], document }) as SVGSVGElement).outerHTML.replace(
    /\d+\.\d{4,}/g,
    (n) => String(Number(Number(n).toFixed(3))),
  );
const actual = (year: number, value: number, quality: ActualRow['quality']) => ({ year, value, quality }) as ActualRow;
const projection = { startYear: 2020, startValue: 100, years: [2021, 2022], quantiles: Float64Array.from([90, 95, 105, 115, 120, 85, 95, 110, 125, 140]) } satisfies Pick<SeriesProjection, 'startYear' | 'startValue' | 'years' | 'quantiles'>;

describe('the chart’s composite marks', () => {
  it('fan: a 90% band, a 50% band and a dashed median growing out of the last value', () => {
    const points = fanPoints(projection);
    // The first point is the last published value itself, so the fan starts on the data.
    expect(points[0]).toEqual({ year: 2020, p05: 100, p25: 100, p50: 100, p75: 100, p95: 100 });
    expect(points[2]).toEqual({ year: 2022, p05: 85, p25: 95, p50: 110, p75: 125, p95: 140 });
    const svg = draw(fan(points));
    expect(svg.match(/<path/g)).toHaveLength(3);
    expectSvgSnapshot('mark-fan', svg);
  });
  it('comparison outline: three grey lines, no fill', () => {
    const svg = draw(comparisonOutline(fanPoints(projection)));
    expect(svg).not.toContain('fill-opacity');
    expect(svg.match(/<path/g)).toHaveLength(3);
    expectSvgSnapshot('mark-comparison-outline', svg);
  });
  it('target bars: plans sharing a year split its slot, and only a non-"at least" comparator is written', () => {
    const targets = [
      { plan_id: 'a', year: 2020, value: 150, comparator: '>=' },
      { plan_id: 'b', year: 2020, value: 160, comparator: '<=' },
    ] as TargetRow[];
    const bars = placeTargetBars(targets, new Map([['a', '#111'], ['b', '#222']]));
    expect(bars.map((b) => [b.x1, b.x2])).toEqual([
      [expect.closeTo(2019.65, 9), expect.closeTo(2020, 9)],
      [expect.closeTo(2020, 9), expect.closeTo(2020.35, 9)],
    ]);
    const svg = draw(targetBars(bars, (c) => (c === '<=' ? '≤' : c)));
    expect(svg.match(/<text/g)).toHaveLength(1);
    expect(svg).toContain('≤');
    expectSvgSnapshot('mark-target-bars', svg);
  });
  it('about target: a translucent band from v(1−t) to v(1+t) with a thin tick at v, its "≈" above the band', () => {
    const targets = [
      { plan_id: 'a', year: 2020, value: 150, comparator: '>=' },
      { plan_id: 'b', year: 2020, value: 100, comparator: '~', tolerance: 0.1 },
    ] as TargetRow[];
    const bars = placeTargetBars(targets, new Map([['a', '#111'], ['b', '#222']]), 0.02);
    // Its own ±10% wins over the scenario's ±2%: 100 × 0.9 = 90 to 100 × 1.1 = 110.
    expect(bars.map((b) => b.band)).toEqual([null, { low: 90, high: expect.closeTo(110, 9), tolerance: 0.1 }]);
    const svg = draw(targetBars(bars, (c) => (c === '~' ? '≈' : c), (b) => `about ${b.target.value}`));
    // This frame puts v at y = 159 − 0.795v (the bars' snapshot has 150 at 39.75): the rect runs
    // from y(110) = 71.55 down to y(90) = 87.45, 15.9 px.
    const rect = /<rect([^>]*)>/.exec(svg)?.[1] ?? '';
    expect(rect).toContain('y="71.55"');
    expect(rect).toContain('height="15.9"');
    expect(svg).toContain('<title>about 100</title>');
    // The "at least" bar is drawn as before (3.5 wide), the band's tick thinner; only "≈" is written.
    expect(svg.match(/<text/g)).toHaveLength(1);
    expectSvgSnapshot('mark-target-band', svg);
  });
  it('required path: compound growth from the last value to the target year', () => {
    const svg = draw(requiredPathLines([{ planId: 'a', startYear: 2020, startValue: 100, year: 2022, rate: 0.1 }], new Map([['a', '#111']])));
    expect(svg).toContain('stroke-dasharray="1,3"');
    expectSvgSnapshot('mark-required-path', svg);
  });
  it('published values: the line breaks at a missing year and skips estimates', () => {
    const svg = draw(publishedValues([actual(2014, 40, 'final'), actual(2015, 50, 'final'), actual(2017, 70, 'preliminary'), actual(2018, 80, 'estimate')], { first: 2014, last: 2018 }));
    const line = /<g[^>]*aria-label="line"[^>]*>\s*<path[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
    // 2014–2015 is one run, 2017 stands alone (2016 missing, 2018 an estimate): two moves.
    expect(line.match(/M/g)).toHaveLength(2);
    expectSvgSnapshot('mark-published-values', svg);
  });
  it('user values: open amber diamonds with a title each, a dashed line only between neighbouring years', () => {
    const mine = [actual(2014, 40, 'final'), actual(2015, 50, 'final'), actual(2017, 70, 'final')];
    const svg = draw(userValues(mine, (a) => `${a.year} · ${a.value} · 我的数据`, { first: 2014, last: 2017 }));
    const line = /<g[^>]*aria-label="line"[^>]*>\s*<path[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
    // 2014–2015 is one run, 2017 stands alone (2016 missing): two moves, never bridged.
    expect(line.match(/M/g)).toHaveLength(2);
    expect(svg).toContain(`stroke="${USER_INK}"`);
    expect(svg).not.toContain('fill="#1f2328"');
    expect(svg.match(/<title>/g)).toHaveLength(3);
    expect(svg).toContain('<title>2017 · 70 · 我的数据</title>');
    expectSvgSnapshot('mark-user-values', svg);
  });
  it('rounded ranges: an open square with a bar over its rounding range', () => {
    const svg = draw(roundedRanges([actual(2020, 120, 'rounded')]));
    expect(svg).toContain('aria-label="rule"');
    expectSvgSnapshot('mark-rounded-ranges', svg);
  });
  it('lower bounds: an open triangle with a dashed ray upward', () => {
    const svg = draw(lowerBounds([actual(2019, 110, 'lower_bound')], 20));
    expect(svg).toContain('stroke-dasharray="2,2"');
    expectSvgSnapshot('mark-lower-bounds', svg);
  });
  it('lower bounds on a log axis: the ray ends where the function says, 110 × 1.2 = 110 + 22', () => {
    const bound = [actual(2019, 110, 'lower_bound')];
    expect(draw(lowerBounds(bound, (v) => v * 1.2))).toBe(draw(lowerBounds(bound, 22)));
  });
});
