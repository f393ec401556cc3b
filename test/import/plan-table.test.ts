import { describe, expect, it } from 'vitest';
import { planIdFor, planLayer, readPlanTable } from '../../src/import/plan-table/index.ts';
import { comparatorFromClause, readComparatorCell } from '../../src/import/plan-table/read-comparator.ts';
import { planBaseYears } from '../../src/data/plan-base-year.ts';
import { loadFormulaParser } from '../../src/model/index.ts';
import { parseLayers } from '../../src/user/parse-layers.ts';
import { withLayers } from '../../src/user/merge-layers.ts';
import type { Dataset } from '../../src/data/types.ts';
import { CATALOGUE } from './catalogue.ts';

await loadFormulaParser();

const TABLE = [
  'plan,issuer,issued,indicator,region,year,comparator,value,tolerance,clause,note',
  '创新链意见,省委省政府,2024-10,,,,,,,,按2029年记',
  '创新链意见,省委省政府,2024-10,rd_gdp_ratio,广东,2029,左右,4.0%,2%,研发投入强度达4.0%左右,',
  '创新链意见,省委省政府,2024-10,高技术制造业增加值占比,广东,2029,达到,33%,,高技术制造业增加值占比达33%,新指标',
  '年度计划,市政府,2023-03-01,national_incubators,广州,2023,>=,45,,每年新增国家级孵化器，年度达到45家,',
].join('\n');

const emptyDataset = (): Dataset => ({ plans: [], indicators: [...CATALOGUE], targets: [], actuals: [], problems: [] });

describe('plan table comparators', () => {
  it.each([
    ['>=', '>=', false],
    ['≥', '>=', false],
    ['>', '>=', true],
    ['达到', '>=', false],
    ['不低于', '>=', false],
    ['以上', '>=', false],
    ['超过', '>=', true],
    ['突破', '>=', true],
    ['不超过', '<=', false],
    ['以下', '<=', false],
    ['控制在', '<=', false],
    ['左右', '~', false],
    ['约', '~', false],
    ['上下', '~', false],
    ['~', '~', false],
    ['==', '==', false],
  ])('reads %j as %s (strict %s)', (cell, comparator, strict) => expect(readComparatorCell(cell)).toEqual({ comparator, strict }));
  it('refuses words it does not know', () => expect(readComparatorCell('大约是')).toBeNull());
  it('reads "about" from a clause that also says 达到, and the first word otherwise', () => {
    expect(comparatorFromClause('研发投入强度达到3.4%左右')).toEqual({ comparator: '~', strict: false });
    expect(comparatorFromClause('高新技术企业突破1.2万家')).toEqual({ comparator: '>=', strict: true });
    expect(comparatorFromClause('能耗控制在100以下')).toEqual({ comparator: '<=', strict: false });
    expect(comparatorFromClause('建成一批平台')).toBeNull();
  });
});

describe('plan ids', () => {
  it('are stable, prefixed and differ by name', () => {
    expect(planIdFor('创新链意见')).toBe(planIdFor('创新链意见'));
    // Normalised first: a full-width space or a trailing space is the same name.
    expect(planIdFor(' 创新链意见 ')).toBe(planIdFor('创新链意见'));
    expect(planIdFor('创新链意见')).not.toBe(planIdFor('年度计划'));
    expect(planIdFor('创新链意见')).toMatch(/^u_plan_[a-z0-9]{1,7}$/);
  });
});

describe('a plan table as a layer', () => {
  const preview = readPlanTable({ text: TABLE, name: '粘贴' }, CATALOGUE);
  const layer = planLayer(preview, { id: 'u1', label: '粘贴', created: '2026-12-01T10:00:00.000Z' });

  it('groups rows by plan, with plan-level fields and the note row', () => {
    expect(preview.problems).toEqual([]);
    expect(preview.plans).toEqual([
      { id: planIdFor('创新链意见'), name: '创新链意见', issuer: '省委省政府', issued: '2024-10', source: null, notes: '按2029年记' },
      { id: planIdFor('年度计划'), name: '年度计划', issuer: '市政府', issued: '2023-03-01', source: null, notes: null },
    ]);
    // 4.0% is 4 in a percent indicator; the tolerance 2% is 0.02; 33% makes a new percent indicator.
    expect(preview.targets.map((t) => [t.plan_id, t.indicator_id, t.region, t.year, t.comparator, t.value, t.tolerance])).toEqual([
      [planIdFor('创新链意见'), 'rd_gdp_ratio', 'guangdong', 2029, '~', 4, 0.02],
      [planIdFor('创新链意见'), 'u_1', 'guangdong', 2029, '>=', 33, undefined],
      [planIdFor('年度计划'), 'national_incubators', 'guangzhou', 2023, '>=', 45, undefined],
    ]);
  });

  it('passes the layer schema unchanged (a link or a file reads back what the reader made)', () => {
    const parsed = parseLayers(JSON.parse(JSON.stringify([layer])), { catalogue: CATALOGUE });
    expect(parsed.problems).toEqual([]);
    expect(parsed.layers).toEqual([layer]);
  });

  it('refuses hostile plan fields by path and keeps the rest', () => {
    const hostile = JSON.parse(JSON.stringify(layer));
    hostile.plans[0].id = 'gz_innovation_centre_2018';
    hostile.plans[1].name = '=HYPERLINK("x")';
    hostile.targets[0].tolerance = 5;
    hostile.targets[2].plan_id = 'u_plan_nosuch';
    const parsed = parseLayers([hostile], { catalogue: CATALOGUE });
    expect(parsed.problems.map((p) => [p.path, p.code])).toEqual([
      ['layers[0].plans[0].id', 'bad-id'],
      ['layers[0].plans[1].name', 'formula-cell'],
      ['layers[0].targets[0].tolerance', 'out-of-range'],
      ['layers[0].targets[1].plan_id', 'unknown-plan'],
      ['layers[0].targets[2].plan_id', 'unknown-plan'],
    ]);
    expect(parsed.layers[0]?.plans).toEqual([]);
    expect(parsed.layers[0]?.targets).toEqual([]);
  });

  it('merges as plans beside the seeded ones, end-of-period unless the clause says 每年/年度', () => {
    const merged = withLayers(emptyDataset(), [layer]);
    expect(merged.plans.map((p) => [p.id, p.title_zh, p.title_en, p.issuer, p.issued])).toEqual([
      [planIdFor('创新链意见'), '创新链意见', '创新链意见', '省委省政府', '2024-10'],
      [planIdFor('年度计划'), '年度计划', '年度计划', '市政府', '2023-03-01'],
    ]);
    expect(merged.targets.map((t) => [t.plan_id, t.indicator_id, t.kind, t.clause_zh])).toEqual([
      [planIdFor('创新链意见'), 'rd_gdp_ratio', 'end', '研发投入强度达4.0%左右'],
      [planIdFor('创新链意见'), 'u_1', 'end', '高技术制造业增加值占比达33%'],
      [planIdFor('年度计划'), 'national_incubators', 'annual', '每年新增国家级孵化器，年度达到45家'],
    ]);
    // No hand-made target, so no 我的目标 pseudo-plan.
    expect(merged.plans.some((p) => p.id === 'user')).toBe(false);
    // The plans' view: an issue date gives the year before it, whether it names the day (2023-03-01) or only the month (2024-10).
    expect(planBaseYears(merged.plans)).toEqual({ [planIdFor('创新链意见')]: 2023, [planIdFor('年度计划')]: 2022 });
  });
});
