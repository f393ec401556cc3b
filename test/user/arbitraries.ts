import fc from 'fast-check';
import { COMPARATORS, UNITS } from '../../src/data/seed-schemas.ts';
import { ID_PATTERN, isRegion, LAYER_ID_PATTERN, USER_INDICATOR_ID_PATTERN, type UserIndicator, type UserLayer } from '../../src/user/layer.ts';
import { TEXT_LIMITS } from '../../src/user/layer.ts';
import { looksLikeFormula, normaliseLine, normaliseName } from '../../src/text/user-text.ts';
import { CATALOGUE } from './fixtures.ts';

// fast-check counts code points and `String.length` counts UTF-16 units, so half the limit always fits.
// Text as the page stores it: normalised (src/text/user-text.ts), and, where the reader refuses
// formula-like text (names, regions, sources, labels), not starting like a formula.
const raw = (limit: number) => fc.string({ unit: 'binary', maxLength: Math.floor(limit / 2) });
const text = (limit: number) => raw(limit).map(normaliseLine);
const plainText = (limit: number) => text(limit).filter((s) => !looksLikeFormula(s));
const nameText = (limit: number) => raw(limit).map(normaliseName).filter((s) => s !== '' && !looksLikeFormula(s));
const nonEmptyText = (limit: number) => text(limit).filter((s) => s !== '');
// JSON has no −0, so a layer the page writes never holds one.
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
const year = fc.integer({ min: 1949, max: 2100 });
// Built once: `stringMatching` parses its pattern on creation, which is slow inside `chain`.
const region = fc.oneof(
  fc.stringMatching(ID_PATTERN),
  fc.constantFrom('深圳市', '高新区 东区'),
  fc.string({ unit: 'binary', maxLength: 50 }).map(normaliseName).filter((r) => isRegion(r) && !looksLikeFormula(r)),
);
const layerId = fc.stringMatching(LAYER_ID_PATTERN);
const created = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const indicator: fc.Arbitrary<UserIndicator> = fc.record({
  id: fc.stringMatching(USER_INDICATOR_ID_PATTERN),
  name: nameText(TEXT_LIMITS.name),
  unit: fc.constantFrom(...UNITS),
  measure_zh: fc.option(raw(TEXT_LIMITS.name).map(normaliseName), { nil: null }),
  definition: text(TEXT_LIMITS.definition),
  // Formulas over catalogue ids only, so they stay valid whichever custom indicators exist.
  derive: fc.option(fc.constantFrom('gdp * 2', 'rd_gdp_ratio / 100 + gdp', 'max(gdp, 1) ^ 0.5'), { nil: null }),
});

/**
 * Valid layers as the page would save them: unique layer and custom ids, every row naming a
 * catalogue or custom indicator in its unit.
 */
export const validLayers: fc.Arbitrary<UserLayer[]> = fc
  .record({
    ids: fc.uniqueArray(layerId, { maxLength: 4 }),
    customs: fc.uniqueArray(indicator, { selector: (d) => d.id, maxLength: 5 }),
  })
  .chain(({ ids, customs }) => {
    const inScope = [...CATALOGUE, ...customs.map((d) => ({ id: d.id, unit: d.unit }))];
    const row = fc.constantFrom(...inScope).chain((d) =>
      fc.record({
        indicator_id: fc.constant(d.id),
        region,
        year,
        value: finite,
        unit: fc.constant(d.unit),
      }),
    );
    const actual = fc.record({ row, source: plainText(TEXT_LIMITS.source), line: fc.option(fc.nat(1_000_000), { nil: null }) }).map(({ row, ...rest }) => ({ ...row, ...rest }));
    const target = fc.record({ row, comparator: fc.constantFrom(...COMPARATORS), label: plainText(TEXT_LIMITS.label) }).map(({ row, ...rest }) => ({ ...row, ...rest }));
    return fc.tuple(
      ...ids.map((id, i) =>
        fc.record({
          id: fc.constant(id),
          label: nonEmptyText(TEXT_LIMITS.label),
          created,
          // Each custom indicator lives in exactly one layer: the i-th takes every ids.length-th.
          indicators: fc.constant(customs.filter((_, j) => j % ids.length === i)),
          actuals: fc.array(actual, { maxLength: 8 }),
          targets: fc.array(target, { maxLength: 4 }),
        }),
      ),
    );
  })
  .map((layers) => [...layers]);
