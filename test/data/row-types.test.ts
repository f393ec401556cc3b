import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Comparator, IndicatorKind, Quality, TargetKind, Unit } from '../../src/data/seed-schemas.ts';
import { parseTable, type RowOf, type TableSchema } from '../../src/data/table-schema.ts';
import type { ActualRow, ExactValue, IndicatorRow, PlanRow, TargetRow } from '../../src/data/types.ts';

// The expectTypeOf checks run in the type checker (`tsc -p tsconfig.json`); at run time they pass trivially.

/** What a user layer's rows carry; published rows leave both out. */
interface LayerMark {
  origin?: 'user';
  layer?: string;
}

describe('RowOf', () => {
  it('reads a row type off a schema: line, strings, numbers, enum unions, null for optional cells', () => {
    const schema = {
      columns: [
        { name: 'id', type: { kind: 'string' } },
        { name: 'year', type: { kind: 'integer', min: 1949 } },
        { name: 'value', type: { kind: 'number' }, required: false },
        { name: 'focal', type: { kind: 'enum', values: ['yes', 'no'] }, required: false },
        { name: 'kind', type: { kind: 'enum', values: ['a', 'b'] }, required: true },
      ],
      key: ['id'],
    } as const satisfies TableSchema;
    expectTypeOf<RowOf<typeof schema>>().toEqualTypeOf<{
      line: number;
      id: string;
      year: number;
      value: number | null;
      focal: 'yes' | 'no' | null;
      kind: 'a' | 'b';
    }>();
    // parseTable gives rows of that type, and these values: the empty optional `value` is null.
    const { rows } = parseTable('t.csv', 'id,year,value,focal,kind\nx,2020,,yes,a\n', schema);
    expectTypeOf(rows).toEqualTypeOf<RowOf<typeof schema>[]>();
    expect(rows).toEqual([{ line: 2, id: 'x', year: 2020, value: null, focal: 'yes', kind: 'a' }]);
  });
});

// The interfaces types.ts declared by hand before the rows were read off the schemas, field for
// field: the derived types must be the same, but for `kind`, once `string`, now its union.
describe('the seed row types', () => {
  it('PlanRow', () => {
    expectTypeOf<PlanRow>().toEqualTypeOf<{
      line: number;
      id: string;
      title_zh: string | null;
      title_en: string;
      short_zh: string;
      short_en: string;
      issuer: string;
      issued: string | null;
      period: string | null;
      source_file: string;
      notes: string | null;
    }>();
  });
  it('IndicatorRow, whose kind is a catalogue kind or a layer indicator’s `user`', () => {
    // `branded` compares the fields, not how the type is written (here an Omit and two intersections).
    expectTypeOf<IndicatorRow>().branded.toEqualTypeOf<
      {
        line: number;
        id: string;
        name_zh: string;
        name_en: string;
        unit: Unit;
        kind: IndicatorKind | 'user';
        lower_bound: number | null;
        upper_bound: number | null;
        definition: string;
        definition_zh: string;
        action_area: string;
        focal: 'yes' | 'no' | null;
        measure_zh: string | null;
        gap_zh: string | null;
        gap_en: string | null;
      } & LayerMark
    >();
    expectTypeOf<IndicatorKind>().toEqualTypeOf<'level' | 'share' | 'count' | 'cumulative_count' | 'growth_rate'>();
  });
  it('TargetRow', () => {
    expectTypeOf<TargetRow>().toEqualTypeOf<
      {
        line: number;
        plan_id: string;
        source_file: string;
        indicator_id: string;
        region: string;
        year: number;
        value: number;
        unit: Unit;
        comparator: Comparator;
        kind: TargetKind;
        value_text: string;
        clause_zh: string;
        note: string | null;
        tolerance: number | null;
      } & LayerMark &
        // The value cell as written (`3.0`), added by the loader for downloads.
        ExactValue
    >();
    expectTypeOf<TargetRow['comparator']>().toEqualTypeOf<'>=' | '<=' | '==' | '~'>();
  });
  it('ActualRow', () => {
    expectTypeOf<ActualRow>().toEqualTypeOf<
      {
        line: number;
        indicator_id: string;
        region: string;
        year: number;
        value: number;
        unit: Unit;
        quality: Quality;
        source_publisher: string;
        source_title: string;
        source_url: string;
        source_quote: string;
        note: string | null;
        // Written for readers; optional because user and formula rows have none.
        publisher_zh?: string | null;
        publisher_en?: string | null;
        note_zh?: string | null;
        note_en?: string | null;
      } & LayerMark &
        ExactValue
    >();
  });
});
