// These tests compile formulas: mathjs's parser (loaded on demand, ~2 s in Node) must be ready first.
import '../setup/formula-parser.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withLayers } from '../../src/user/merge-layers.ts';
import { parseLayers } from '../../src/user/parse-layers.ts';
import { validLayers } from './arbitraries.ts';
import { CATALOGUE, sampleLayer, smallDataset } from './fixtures.ts';

const parse = (value: unknown) => parseLayers(value, { catalogue: CATALOGUE });
const roundTrip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

// Keys that matter to the parser or to JavaScript objects, so random objects hit them often.
const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'layers', 'id', 'label', 'created', 'indicators', 'actuals', 'targets'),
  fc.constantFrom('indicator_id', 'region', 'year', 'value', 'unit', 'source', 'line', 'comparator', 'derive', 'name'),
  fc.string(),
);
const anyJsonLike = fc.anything({ key, maxDepth: 6, withNullPrototype: true, withBoxedValues: true, withSparseArray: true });

/** A valid layer list with one field somewhere replaced by anything. */
const damagedLayers = fc.tuple(validLayers, fc.nat(), fc.nat(), anyJsonLike).map(([layers, at, field, junk]) => {
  const json = roundTrip(layers) as Record<string, unknown>[];
  const layer = json[at % Math.max(json.length, 1)];
  if (!layer) return json;
  const lists = ['indicators', 'actuals', 'targets'] as const;
  const list = layer[lists[field % 3]!] as Record<string, unknown>[];
  const row = list[at % Math.max(list.length, 1)];
  const target = row ?? layer;
  const keys = Object.keys(target);
  target[keys[field % keys.length]!] = junk;
  return json;
});

describe('parseLayers properties', () => {
  it('never throws on arbitrary values, and what it keeps parses again unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(anyJsonLike, fc.record({ layers: fc.array(anyJsonLike) }), damagedLayers), (value) => {
        const { layers } = parse(value);
        expect(parse(roundTrip(layers))).toEqual({ layers, problems: [] });
      }),
      { numRuns: 500 },
    );
  });
  it('round-trips valid layers through JSON unchanged', () => {
    fc.assert(
      fc.property(validLayers, (layers) => {
        expect(parse(roundTrip(layers))).toEqual({ layers, problems: [] });
      }),
      { numRuns: 300 },
    );
  });
  it('survives a value nested 100,000 deep, reading no deeper than the fields it knows', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { layers: [deep], actuals: [deep] };
    // Its one layer is an object with no id, label or date: refused, and nothing below it read.
    expect(parse(deep)).toEqual({
      layers: [],
      problems: ['id', 'label', 'created'].map((field) => ({ path: `layers[0].${field}`, code: 'missing-field' })),
    });
    // In a good layer, the deep values are refused where they stand and the rest is kept.
    const fields = ['indicator_id', 'region', 'year', 'value', 'unit', 'source'];
    expect(parse([{ ...sampleLayer(), actuals: [deep, deep], indicators: deep }])).toEqual({
      layers: [{ ...sampleLayer(), indicators: [], actuals: [] }],
      problems: [
        { path: 'layers[0].indicators', code: 'not-an-array', value: 'object' },
        ...[0, 1].flatMap((i) => fields.map((field) => ({ path: `layers[0].actuals[${i}].${field}`, code: 'missing-field' }))),
      ],
    });
  });
});

describe('withLayers properties', () => {
  it('never loses or alters a published row', () => {
    fc.assert(
      fc.property(validLayers, (layers) => {
        const published = smallDataset();
        const before = structuredClone(published);
        const merged = withLayers(published, layers);
        expect(published).toEqual(before);
        for (const table of ['plans', 'indicators', 'targets', 'actuals'] as const) {
          const rows = published[table] as readonly object[];
          rows.forEach((row, i) => expect(merged[table][i]).toBe(row));
          expect(merged[table].slice(rows.length).every((r: { origin?: string; id?: string }) => r.origin === 'user' || r.id === 'user')).toBe(true);
        }
        // Every user actual and target is in, since the layers fit the catalogue.
        const count = (k: 'actuals' | 'targets') => layers.reduce((n, l) => n + l[k].length, 0);
        expect(merged.actuals.length - published.actuals.length).toBe(count('actuals'));
        expect(merged.targets.length - published.targets.length).toBe(count('targets'));
        // Pages key target rows by line, so no two targets may share one.
        expect(new Set(merged.targets.map((t) => t.line)).size).toBe(merged.targets.length);
      }),
      { numRuns: 200 },
    );
  });
});
