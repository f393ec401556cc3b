import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLineBreaks } from '../../src/data/csv.ts';
import { decodeBytes } from '../../src/import/decode-text.ts';
import { previewImport } from '../../src/import/import-table.ts';
import { parseCell } from '../../src/import/parse-number.ts';
import type { Delimiter } from '../../src/import/split-rows.ts';
import { CATALOGUE } from './catalogue.ts';

/** A decimal m × 10^−k with |m| < 2^53, so the double nearest it prints back to the same k digits. */
const decimal = fc
  .record({ mantissa: fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }), scale: fc.integer({ min: 0, max: 6 }) })
  .map(({ mantissa, scale }) => ({ scale, value: Number(`${mantissa}e-${scale}`) }));

const FULL_WIDTH: Record<string, string> = { '.': '．', ',': '，', '-': '－', '+': '＋', '%': '％' };
const toFullWidth = (text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/[.,\-+%]/g, (c) => FULL_WIDTH[c] ?? c);
const valueOf = (text: string) => {
  const cell = parseCell(text);
  return cell.kind === 'number' ? cell.value : cell.kind;
};

describe('parseCell round trips', () => {
  it('reads back any double printed by String()', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        expect(valueOf(String(v))).toBe(v === 0 ? 0 : v);
      }),
    );
  });

  it("reads back toLocaleString('zh-CN') with grouping, full-width digits, parentheses and a unit", () => {
    const units = ['', '%', ' %', '亿元', '万元', '家', ' 项', '倍', '万'];
    fc.assert(
      fc.property(decimal, fc.constantFrom(...units), fc.boolean(), ({ scale, value }, unit, wide) => {
        const printed = value.toLocaleString('zh-CN', { minimumFractionDigits: scale, maximumFractionDigits: scale });
        const text = `${wide ? toFullWidth(printed) : printed}${unit}`;
        const cell = parseCell(text);
        expect(cell).toMatchObject({ kind: 'number', value: value === 0 ? 0 : value });
        if (cell.kind === 'number') expect(cell.unit?.text ?? '').toBe(unit.trim());
        if (value > 0) expect(valueOf(`(${printed})`)).toBe(-value);
      }),
    );
  });

  it('reads back numbers grouped by spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        // fr-FR groups with U+202F, the narrow no-break space.
        expect(valueOf(n.toLocaleString('fr-FR'))).toBe(n);
      }),
    );
  });
});

// Pieces that reach the interesting paths: delimiters, quotes, line ends, years, units, names, blanks.
const PIECES = ['\t', ',', ';', '|', '，', '"', '""', '\n', '\r\n', '\r', ' ', '2023', '2023年', '１９', '1,234.5', '(12)', '—', '亿元', '%', '万家',
  '指标', '年份', '数值', '单位', '地区', '来源', 'GDP', '高新技术企业数量', '新指标', '注：', '表1', '=cmd', '\u0000', '\ufeff', 'x'];
const tableLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

/** Check the invariants every preview keeps, whatever the input. */
function checkPreview(text: string, run: () => ReturnType<typeof previewImport>) {
  const preview = run();
  // previewImport would turn a throw into internal-error; the property is that nothing throws inside either.
  expect(preview.problems.map((p) => p.code)).not.toContain('internal-error');
  const lines = 1 + countLineBreaks(text);
  for (const found of [...preview.problems, ...preview.notes]) {
    expect(found.line).toBeGreaterThanOrEqual(1);
    expect(found.line).toBeLessThanOrEqual(lines);
    if (found.column !== null) expect(found.column).toBeGreaterThanOrEqual(1);
    expect(Array.from(found.text).length).toBeLessThanOrEqual(40);
  }
  const ids = new Set([...CATALOGUE.map((i) => i.id), ...preview.indicators.map((i) => i.id)]);
  for (const actual of preview.actuals) {
    expect(Number.isFinite(actual.value)).toBe(true);
    expect(ids.has(actual.indicator_id)).toBe(true);
  }
  for (const indicator of preview.indicators) expect(indicator.id).toMatch(/^u_[a-z][a-z0-9_]*$|^u_[0-9]+$/);
}

describe('previewImport is total', () => {
  it('never throws on arbitrary or table-like text, and keeps every line inside the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), tableLike), (text) => {
        checkPreview(text, () => previewImport({ text, name: 'p' }, CATALOGUE));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    const withSignature = fc.tuple(fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04]), fc.uint8Array());
    fc.assert(
      fc.property(withSignature, ([head, tail]) => {
        const bytes = new Uint8Array([...head, ...tail]);
        checkPreview(decodeBytes(bytes).text, () => previewImport({ bytes, name: 'f.csv' }, CATALOGUE));
      }),
      { numRuns: 500 },
    );
  });
});

describe('long-form round trip', () => {
  const REGIONS = [
    ['guangzhou', 'guangzhou'],
    ['广州市', 'guangzhou'],
    ['广东省', 'guangdong'],
    ['prd', 'prd'],
  ] as const;
  // Sources may hold every delimiter and quotes, but no controls or leading formula characters.
  const source = fc
    .array(fc.constantFrom('a', 'Z', '统', '计', '局', ' ', ',', ';', '|', '"', '，', '0'), { minLength: 1, maxLength: 12 })
    .map((chars) => `src ${chars.join('')}`.trim());
  const row = fc.record({
    indicator: fc.constantFrom(...CATALOGUE),
    byName: fc.boolean(),
    region: fc.constantFrom(...REGIONS),
    year: fc.integer({ min: 1949, max: 2100 }),
    value: decimal,
    grouped: fc.boolean(),
    source,
  });
  const table = fc.record({
    delimiter: fc.constantFrom<Delimiter>('\t', ',', ';', '|'),
    newline: fc.constantFrom('\n', '\r\n'),
    rows: fc.uniqueArray(row, { minLength: 1, maxLength: 30, selector: (r) => `${r.indicator.id}|${r.region[1]}|${r.year}` }),
  });

  it('reads back the rows it was written with, whatever the delimiter', () => {
    fc.assert(
      fc.property(table, ({ delimiter, newline, rows }) => {
        const quote = (cell: string) => (/[\t,;|"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
        const lines = [
          ['指标', '地区', '年份', '数值', '来源'],
          ...rows.map((r) => [
            r.byName ? r.indicator.name_zh : r.indicator.id,
            r.region[0],
            String(r.year),
            r.grouped ? r.value.value.toLocaleString('en-US', { maximumFractionDigits: r.value.scale }) : String(r.value.value),
            r.source,
          ]),
        ];
        const text = lines.map((cells) => cells.map(quote).join(delimiter)).join(newline);
        const preview = previewImport({ text, name: 'file.csv' }, CATALOGUE);
        expect(preview.problems).toEqual([]);
        expect(preview.delimiter).toBe(delimiter);
        expect(preview.actuals).toEqual(
          rows.map((r, i) => ({
            indicator_id: r.indicator.id,
            region: r.region[1],
            year: r.year,
            value: r.value.value === 0 ? 0 : r.value.value,
            unit: r.indicator.unit,
            source: r.source,
            line: i + 2,
          })),
        );
      }),
      { numRuns: 300 },
    );
  });
});
