/** A point of a sparkline, in the box's pixels. */
export interface SparkPoint {
  x: number;
  y: number;
}

/** What a sparkline draws: the published values' line (breaking at a missing year) and the targets. */
export interface Sparkline {
  /** SVG path data; a missing year starts a new segment rather than being bridged. */
  line: string;
  /** The last published value, marked. */
  last: SparkPoint | null;
  targets: SparkPoint[];
}

/**
 * Lay out a sparkline of published values and targets in a small box: years across, values up, the
 * scale from the lowest to the highest of both. Plot-free, so a closed row draws without the chart
 * code. A year with no value breaks the line: nothing is interpolated.
 *
 * @param values - Published values by year, in year order.
 * @param targets - Targets by year.
 * @param width - Box width in pixels.
 * @param height - Box height in pixels.
 * @example sparkline([{ year: 2018, value: 1 }, { year: 2019, value: 2 }], [], 10, 10).line // 'M3,7L7,3'
 */
export function sparkline(values: readonly { year: number; value: number }[], targets: readonly { year: number; value: number }[], width: number, height: number): Sparkline {
  const all = [...values, ...targets];
  if (values.length === 0) return { line: '', last: null, targets: [] };
  // Room for the marks: a circle of radius 2 with a 1.25 px stroke reaches 2.6 px past its centre,
  // so a value or target at the top or bottom of the scale would otherwise be cut into a stray mark.
  const pad = 3;
  const years = all.map((p) => p.year);
  const numbers = all.map((p) => p.value);
  const [x0, x1] = [Math.min(...years), Math.max(...years)];
  const [y0, y1] = [Math.min(...numbers), Math.max(...numbers)];
  const x = (year: number) => (x1 === x0 ? width / 2 : pad + ((year - x0) / (x1 - x0)) * (width - 2 * pad));
  const y = (value: number) => (y1 === y0 ? height / 2 : height - pad - ((value - y0) / (y1 - y0)) * (height - 2 * pad));
  const round = (v: number) => Math.round(v * 10) / 10;
  let line = '';
  let previous: number | null = null;
  for (const p of values) {
    line += `${previous !== null && p.year === previous + 1 ? 'L' : 'M'}${round(x(p.year))},${round(y(p.value))}`;
    previous = p.year;
  }
  const end = values[values.length - 1] as { year: number; value: number };
  return { line, last: { x: round(x(end.year)), y: round(y(end.value)) }, targets: targets.map((t) => ({ x: round(x(t.year)), y: round(y(t.value)) })) };
}
