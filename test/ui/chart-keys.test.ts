import { describe, expect, it } from 'vitest';
import { keyOrder, movePoint, pointText } from '../../src/ui/charts/chart-keys.ts';

describe('a chart’s points by keyboard', () => {
  it('walks them by year, a year’s points in the chart’s order', () => {
    const tips = [
      { x: 2019, y: 1, title: 'value 2019' },
      { x: 2018, y: 2, title: 'value 2018' },
      { x: 2019, y: 3, title: 'target 2019' },
    ];
    expect(keyOrder(tips).map((t) => t.title)).toEqual(['value 2018', 'value 2019', 'target 2019']);
  });
  it('moves with the arrows, stops at the ends, jumps with Home and End', () => {
    expect(movePoint('ArrowRight', -1, 3)).toBe(0);
    expect(movePoint('ArrowRight', 2, 3)).toBe(2);
    expect(movePoint('ArrowLeft', 0, 3)).toBe(0);
    expect(movePoint('ArrowLeft', -1, 3)).toBe(0);
    expect(movePoint('End', 0, 3)).toBe(2);
    expect(movePoint('Home', 2, 3)).toBe(0);
    expect(movePoint('Escape', 2, 3)).toBe(-1);
    expect(movePoint('a', 1, 3)).toBeNull();
    expect(movePoint('ArrowRight', -1, 0)).toBeNull();
  });
  it('says a point with its place, its lines as one sentence', () => {
    const tip = { x: 2012, y: 1.94, title: '2012 · 1.94%\n终值 · 广州市统计局' };
    expect(pointText(tip, 2, 12, 'zh')).toBe('第 3/12 点：2012 · 1.94%，终值 · 广州市统计局');
    expect(pointText(tip, 2, 12, 'en')).toBe('Point 3 of 12: 2012 · 1.94%; 终值 · 广州市统计局');
  });
});
