import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewImport, type ImportPreview } from '../../src/import/index.ts';
import { fileSource } from '../../src/import/resolve-values.ts';
import { normaliseCell, normaliseRows, splitRows } from '../../src/import/split-rows.ts';
import { normaliseLine } from '../../src/text/user-text.ts';
import { CATALOGUE } from './catalogue.ts';

// Cells are normalised once, after splitting; every check then runs on the text that is stored, so
// nothing hidden in front of `=`, `+`, `-` or `@` gets a formula past the rule.

const preview = (text: string, name = '粘贴') => previewImport({ text, name }, CATALOGUE);
const at = (p: ImportPreview) => p.problems.map((x) => [x.line, x.column, x.code, x.text]);

describe('normaliseRows', () => {
  it('normalises cells after splitting, so a tab delimiter stays a delimiter and a tab inside a cell is a space', () => {
    const split = splitRows('指标\t2023\n\u200b地区生产总值\t"1\t2"\n', '\t');
    expect(normaliseRows(split.rows).map((r) => r.cells)).toEqual([
      ['指标', '2023'],
      ['地区生产总值', '1 2'],
    ]);
  });
  it('drops cells and rows left blank, keeping each row its line and width', () => {
    const split = splitRows('a,b,\u200b\n\u200b,\u2060\nc,\u3164,d', ',');
    expect(normaliseRows(split.rows)).toEqual([
      { line: 1, cells: ['a', 'b'], width: 3 },
      { line: 3, cells: ['c', '', 'd'], width: 3 },
    ]);
  });
  it('reads quoted line breaks as spaces, as one line of text is stored', () => {
    expect(normaliseRows(splitRows('"统计局\r\n年报",1', ',').rows)[0]?.cells).toEqual(['统计局  年报', '1']);
  });
  it('takes the short way for ASCII, CJK and full-width text and gives what normaliseLine gives', () => {
    // Characters in and just outside the short way's ranges, and some that normalisation changes.
    const code = fc.oneof(
      fc.integer({ min: 0x00, max: 0x7f }),
      fc.integer({ min: 0x2ff0, max: 0x304f }),
      fc.integer({ min: 0x4dff, max: 0x4e01 }),
      fc.integer({ min: 0x9ffe, max: 0xa000 }),
      fc.integer({ min: 0xff00, max: 0xff60 }),
      fc.constantFrom(0x0301, 0x200b, 0xfeff, 0x00a0, 0x3164, 0x1100, 0x1161),
    );
    const mixed = fc.string({ unit: code.map((c) => String.fromCodePoint(c)), maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'binary', maxLength: 20 })), (text) => {
        expect(normaliseCell(text)).toBe(normaliseLine(text));
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('the formula-cell rule sees through what normalisation removes', () => {
  it('in names, regions and sources, quoting the cell as stored', () => {
    const text = [
      '指标,地区,年份,数值,来源',
      '"\u200b=HYPERLINK(""http://x"",""y"")（亿元）",广州,2023,1,统计局',
      '地区生产总值,\u200d=1+2,2023,2,统计局',
      '地区生产总值,广州,2022,3,\u2060=1+2',
      '地区生产总值,广州,2021,4,\u202e@SUM(A1)',
      '地区生产总值,广州,2020,5,\u3164-2+3',
      '地区生产总值,广州,2019,6,＝1+2',
      '地区生产总值,\u00ad＠广州,2018,7,统计局',
    ].join('\n');
    const result = preview(text);
    expect(result.actuals).toEqual([]);
    expect(result.indicators).toEqual([]);
    expect(at(result)).toEqual([
      [2, 1, 'formula-cell', '=HYPERLINK("http://x","y")（亿元）'],
      [3, 2, 'formula-cell', '=1+2'],
      [4, 5, 'formula-cell', '=1+2'],
      [5, 5, 'formula-cell', '@SUM(A1)'],
      [6, 5, 'formula-cell', '-2+3'],
      [7, 5, 'formula-cell', '＝1+2'],
      [8, 2, 'formula-cell', '＠广州'],
    ]);
  });
  it('in the header cells that name indicators in a transposed table', () => {
    const result = preview('年份,\u200b=1+2（亿元）,地区生产总值\n2023,1,30355.73');
    expect(at(result)).toEqual([[1, 2, 'formula-cell', '=1+2（亿元）']]);
    expect(result.actuals.map((a) => a.indicator_id)).toEqual(['gdp']);
  });
  it('after the unit bracket is split off a name and widths are folded, as the name is stored', () => {
    expect(at(preview('指标,2023\n\u200b＝x（亿元）,1'))).toEqual([[2, 1, 'formula-cell', '＝x（亿元）']]);
  });
  it('but a cell of dashes is a blank ("no data"), not a formula: the default region and source apply', () => {
    const result = preview('指标,地区,年份,数值,来源\n地区生产总值,\u200b--,2023,1,\u2060－', 'file.csv');
    expect(result.problems).toEqual([]);
    expect(result.actuals[0]).toMatchObject({ region: 'guangzhou', source: 'file.csv' });
  });
  it('but a formula character inside a text is prose, and a signed number is a number', () => {
    const result = preview('指标,地区,年份,数值,来源\n研发经费投入强度,广州,2023,\u200b-0.5,统计局 =1');
    expect(result.problems).toEqual([]);
    expect(result.actuals[0]).toMatchObject({ value: -0.5, source: '统计局 =1' });
  });
});

describe('what is stored is normalised', () => {
  it('names and regions through normaliseName, sources through normaliseLine', () => {
    const text = ['指标,地区,年份,数值,来源', '"Ｒ＆Ｄ\u200b项目（件）",\u3000深圳市\u200b,2023,12,"统计局\u00ad（年报）\n第２版"'].join('\n');
    const result = preview(text);
    expect(result.problems).toEqual([]);
    expect(result.indicators.map((i) => i.name)).toEqual(['R&D项目']);
    expect(result.actuals.map((a) => [a.region, a.source])).toEqual([['深圳市', '统计局（年报） 第２版']]);
  });
  it('groups spellings that differ only in hidden characters and widths under one indicator', () => {
    const result = preview('指标,2022,2023\n专利授权量（发明）,8件,\n专利\u200b授权量(发明),,10件');
    expect(result.indicators.map((i) => [i.id, i.name, i.unit])).toEqual([['u_1', '专利授权量(发明)', 'items']]);
    expect(result.actuals.map((a) => [a.indicator_id, a.year, a.value])).toEqual([
      ['u_1', 2022, 8],
      ['u_1', 2023, 10],
    ]);
  });
  it('keys a unit choice the way names are grouped, hidden characters and all', () => {
    const result = previewImport({ text: '指标,2023\n新型\u200b研发机构数量,68', name: 'x' }, CATALOGUE, { units: { '新型研发机构数量\u2060': 'count' } });
    expect(result.indicators.map((i) => i.name)).toEqual(['新型研发机构数量']);
    expect(result.actuals).toHaveLength(1);
  });
});

describe('fileSource: the default source from a file name', () => {
  it.each([
    ['统计公报.csv', '统计公报.csv'],
    ['\u200b统计公报.csv\u202e', '统计公报.csv'],
    ['-副本.csv', '副本.csv'],
    ['\u200b=-+@ x.csv', 'x.csv'],
    ['＝１.csv', '１.csv'],
    ['===', ''],
    ['粘贴 2026-11-23 10:41', '粘贴 2026-11-23 10:41'],
  ])('%j → %j', (name, source) => expect(fileSource(name)).toBe(source));
  it('is cut to the 500 characters a source may have, never inside a character', () => {
    expect(fileSource('统'.repeat(600))).toBe('统'.repeat(500));
    expect(fileSource('\u{20000}'.repeat(300))).toBe('\u{20000}'.repeat(250));
  });
  it('is what values without a source cell get', () => {
    expect(previewImport({ text: '指标,2023\n地区生产总值,30355.73', name: '\u200b=统计.csv' }, CATALOGUE).actuals[0]?.source).toBe('统计.csv');
  });
});

// Everything that can hide in front of a formula character: format characters, fillers, variation
// selectors, controls (tab and line breaks too), and spaces of every width.
const HIDDEN = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u061c', '\u2062',
  '\u180e', '\u{e0041}', '\u115f', '\u1160', '\u3164', '\uffa0', '\u2800', '\u034f', '\ufe0f',
  '\u0000', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029',
  ' ', '\u00a0', '\u3000', '\u2003', '\u202f',
];
const STARTERS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '\ufe62', '\ufe63', '\ufe66', '\u2212'];
// What a formula start looks like to someone reading a stored text, independent of the importer:
// spaces and format characters before a formula character.
const STARTS_LIKE_FORMULA = /^(?:[\s\p{Cf}\u115f\u1160\u3164\uffa0\u2800]|\u034f|\ufe0f)*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\u2212]/u;

const hiddenPrefix = fc.array(fc.constantFrom(...HIDDEN), { maxLength: 8 }).map((chars) => chars.join(''));
// With combining marks too, which normalisation drops at the start of a text.
const prefixWithMarks = fc.array(fc.constantFrom(...HIDDEN, '\u0301', '\u0308', '\u20dd'), { maxLength: 8 }).map((chars) => chars.join(''));
const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

type Column = 'name' | 'region' | 'value' | 'source';
const COLUMNS: Record<Column, number> = { name: 1, region: 2, value: 4, source: 5 };

/** A long table of twelve good rows and, on line 2, a row with `cell` in one column. */
function longTable(column: Column, cell: string): string {
  const good = (year: number) => ['地区生产总值', '广州', String(year), '1', '统计局'];
  const hostile = good(2099);
  hostile[COLUMNS[column] - 1] = cell;
  return ['指标,地区,年份,数值,来源', hostile, ...Array.from({ length: 12 }, (_, i) => good(2000 + i))]
    .map((cells) => (Array.isArray(cells) ? cells.map(quote).join(',') : cells))
    .join('\n');
}

/** Tell whether the whole input was refused for a NUL character (then nothing at all is imported). */
function refusedAsBinary(result: ImportPreview): boolean {
  const binary = result.problems.some((p) => p.code === 'binary');
  if (binary) expect(result.actuals).toEqual([]);
  return binary;
}

/** Check that nothing the preview would store starts like a formula. */
function nothingStoredLooksLikeFormula(result: ImportPreview): void {
  for (const indicator of result.indicators) expect(indicator.name).not.toMatch(STARTS_LIKE_FORMULA);
  for (const actual of result.actuals) {
    expect(actual.region).not.toMatch(STARTS_LIKE_FORMULA);
    expect(actual.source).not.toMatch(STARTS_LIKE_FORMULA);
    expect(Number.isFinite(actual.value)).toBe(true);
  }
}

describe('a formula behind anything hidden is never imported', () => {
  it('as a name, region or source: the row is refused as formula-cell (or, for a cell of dashes, read as blank)', () => {
    fc.assert(
      fc.property(hiddenPrefix, fc.constantFrom(...STARTERS), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom<Column>('name', 'region', 'source'), (prefix, starter, rest, column) => {
        const result = preview(longTable(column, `${prefix}${starter}${rest}`), 'file.csv');
        nothingStoredLooksLikeFormula(result);
        // A NUL anywhere refuses the whole input as `binary`, which imports nothing.
        if (refusedAsBinary(result)) return;
        // Otherwise the twelve good rows are always read.
        expect(result.actuals.filter((a) => a.line !== 2)).toHaveLength(12);
        const row = result.actuals.find((a) => a.line === 2);
        if (row === undefined) expect(result.problems).toContainEqual(expect.objectContaining({ line: 2, column: COLUMNS[column], code: 'formula-cell' }));
        // Only a blank cell (`-`, `--`, `－`…: "no data" in yearbooks) lets the row in, with the default region or source.
        else expect(column === 'region' ? row.region : column === 'source' ? row.source : null).toBe(column === 'region' ? 'guangzhou' : 'file.csv');
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('as a value: = and @ never start a number', () => {
    fc.assert(
      fc.property(hiddenPrefix, fc.constantFrom('=', '@', '＝', '＠'), fc.string({ unit: 'binary', maxLength: 20 }), (prefix, starter, rest) => {
        const result = preview(longTable('value', `${prefix}${starter}${rest}`));
        expect(result.actuals.find((a) => a.line === 2)).toBeUndefined();
        if (!refusedAsBinary(result)) expect(result.actuals).toHaveLength(12);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('as anything stored, whatever the cell, column, shape or file name, with combining marks in front too', () => {
    const shapes = fc.constantFrom('long-name', 'long-region', 'long-source', 'long-value', 'wide', 'transposed');
    fc.assert(
      fc.property(prefixWithMarks, fc.constantFrom(...STARTERS), fc.string({ unit: 'binary', maxLength: 20 }), shapes, fc.boolean(), (prefix, starter, rest, shape, inFileName) => {
        const cell = `${prefix}${starter}${rest}`;
        let text: string;
        if (shape === 'wide') text = `指标,2022,2023\n${quote(`${cell}（亿元）`)},1,2\n地区生产总值,3,4`;
        else if (shape === 'transposed') text = `年份,${quote(`${cell}（亿元）`)},地区生产总值\n2022,1,2\n2023,3,4`;
        else text = longTable(shape.slice(5) as Column, cell);
        nothingStoredLooksLikeFormula(preview(text, inFileName ? `${cell}.csv` : 'file.csv'));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
