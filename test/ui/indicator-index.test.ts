import { describe, expect, it } from 'vitest';
import { toEngineInput } from '../../src/data/engine-input.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import type { TargetRow } from '../../src/data/types.ts';
import type { TargetAssessment, TargetStatus } from '../../src/model/index.ts';
import { describeStatus, groupEntries, indexIndicators, type IndicatorEntry } from '../../src/notebook/indicator-index.ts';
import { searchIndicators } from '../../src/text/search-indicators.ts';
import { buildNotebook, groupByArea } from '../../src/notebook/notebook.ts';
import { blankAssessment } from '../fixtures/target-assessment.ts';

const plans = `id,title_zh,title_en,short_zh,short_en,issuer,issued,period,source_file,notes
a,甲计划,Plan A,甲,A,广州市人民政府,2018-09-14,2018-2020,a.txt,
b,乙计划,Plan B,乙,B,广州市人民政府,,2019-2021,b.txt,
`;
// Catalogue order of areas: rd_input, labs_and_platforms, incubation. Only national_labs has no data.
const indicators = `id,name_zh,name_en,unit,kind,lower_bound,upper_bound,definition,definition_zh,action_area,focal,measure_zh
rd_gdp_ratio,研发经费投入强度,R&D intensity (R&D / GDP),percent,share,0,100,R&D / GDP,研发/GDP,rd_input,yes,
rd_expenditure,R&D经费内部支出,R&D expenditure,yi_yuan,level,0,,Intramural,内部支出,rd_input,no,
national_labs,国家实验室数量,National laboratories,count,count,0,,Labs,实验室,labs_and_platforms,no,个
incubators,科技企业孵化器数量,Technology business incubators,count,count,0,,Incubators,孵化器,incubation,no,家
`;
const targets = `plan_id,source_file,indicator_id,region,year,value,unit,comparator,kind,value_text,clause_zh,note
a,a.txt,rd_gdp_ratio,guangzhou,2019,2.8,percent,>=,annual,2.8%,强度2.8%,
a,a.txt,rd_gdp_ratio,guangzhou,2020,3,percent,>=,end,3%,强度3%,
b,b.txt,rd_gdp_ratio,guangzhou,2021,3.2,percent,>=,end,3.2%,强度3.2%,
b,b.txt,rd_expenditure,guangzhou,2020,600,yi_yuan,>=,end,600亿元,研发经费600亿元,
a,a.txt,national_labs,guangzhou,2020,1,count,>=,end,1个,国家实验室1个,
`;
// 2019: 2.87 ≥ 2.8, met. 2020: 2.9 < 3, missed. 2021 has no value. R&D spending 2020: "more than 580"
// is a lower bound below 600, so undecidable. Incubators have data and no target.
const actuals = `indicator_id,region,year,value,unit,quality,source_publisher,source_title,source_url,source_quote,note
rd_gdp_ratio,guangzhou,2018,2.63,percent,final,局,公报,https://example.org/1,2.63%,
rd_gdp_ratio,guangzhou,2019,2.87,percent,final,局,公报,https://example.org/1,2.87%,
rd_gdp_ratio,guangzhou,2020,2.9,percent,final,局,公报,https://example.org/1,2.90%,
rd_gdp_ratio,guangdong,2020,3.14,percent,final,局,公报,https://example.org/1,3.14%,
rd_expenditure,guangzhou,2020,580,yi_yuan,lower_bound,局,报告,https://example.org/2,超过580亿元,
incubators,guangzhou,2020,400,count,final,局,公报,https://example.org/3,400家,
`;

const dataset = loadDataset({ plans, indicators, targets, actuals });
const notebook = buildNotebook(dataset);
const areaOrder = [...new Set(dataset.indicators.map((d) => d.action_area))];

/** An engine assessment with only the fields the index reads set. */
function assessment(t: TargetRow, status: TargetStatus): TargetAssessment {
  return blankAssessment({ id: `${t.plan_id}:${t.line}`, plan_id: t.plan_id, indicator_id: t.indicator_id, region: t.region, year: t.year, target: t.value, comparator: t.comparator, status });
}

const rdTargets = notebook.charted.find((v) => v.key === 'rd_gdp_ratio@guangzhou')?.targets ?? [];
const [t2019, t2020, t2021] = rdTargets as [TargetRow, TargetRow, TargetRow];
// A hindcast as of 2018: the model rated 2019 likely and 2021 very likely; 2020's series was not
// projected (it says no-data). The verdicts come from the published values all the same.
const assessments = new Map([['rd_gdp_ratio@guangzhou', [assessment(t2019, 'likely'), assessment(t2020, 'no-data'), assessment(t2021, 'very-likely')]]]);
const entries = indexIndicators(groupByArea(notebook.charted), notebook.uncharted, { scores: notebook.scores, assessments, areaOrder });
const byKey = (key: string) => entries.find((e) => e.key === key) as IndicatorEntry;
const keys = (list: readonly IndicatorEntry[]) => list.map((e) => e.key);

describe('indexIndicators', () => {
  it('loads the fixture cleanly', () => expect(dataset.problems).toEqual([]));

  it('lists every indicator once, charted ones under their headings and the one without data under its area', () => {
    expect(entries.map((e) => [e.key, e.area, e.hasData])).toEqual([
      ['rd_gdp_ratio@guangzhou', 'focal', true],
      ['rd_gdp_ratio@guangdong', 'focal', true],
      ['rd_expenditure@guangzhou', 'rd_input', true],
      // labs_and_platforms has no chart; the catalogue puts it between R&D input and incubation.
      ['national_labs@guangzhou', 'labs_and_platforms', false],
      ['incubators@guangzhou', 'incubation', true],
    ]);
    expect(byKey('national_labs@guangzhou')).toMatchObject({ indicatorId: 'national_labs', name_zh: '国家实验室数量', name_en: 'National laboratories', region: 'guangzhou' });
  });

  it('without the catalogue order, places an area without charts after the charted ones it cannot place', () => {
    const plain = indexIndicators(groupByArea(notebook.charted), notebook.uncharted);
    // No charted area follows labs_and_platforms among the views without data: it goes last.
    expect(plain.map((e) => e.area)).toEqual(['focal', 'focal', 'rd_input', 'incubation', 'labs_and_platforms']);
  });

  it('counts the published verdicts and the projected likelihood words target by target', () => {
    // 3 targets: 2019 met (2.87 ≥ 2.8) and rated likely from 2018; 2020 missed (2.9 < 3); 2021 very likely.
    expect(byKey('rd_gdp_ratio@guangzhou').status).toEqual({
      targets: 3,
      verdicts: { met: 1, missed: 1, undetermined: 0 },
      likelihoods: [
        { likelihood: 'very-likely', count: 1 },
        { likelihood: 'likely', count: 1 },
      ],
      unassessed: 0,
    });
    // "More than 580" does not decide a target of 600.
    expect(byKey('rd_expenditure@guangzhou').status).toEqual({ targets: 1, verdicts: { met: 0, missed: 0, undetermined: 1 }, likelihoods: [], unassessed: 0 });
    expect(byKey('national_labs@guangzhou').status).toEqual({ targets: 1, verdicts: { met: 0, missed: 0, undetermined: 0 }, likelihoods: [], unassessed: 1 });
  });

  it('has defaults: no scores and no result leave every target unassessed', () => {
    const bare = indexIndicators(groupByArea(notebook.charted), notebook.uncharted);
    expect(bare.find((e) => e.key === 'rd_gdp_ratio@guangzhou')?.status).toEqual({ targets: 3, verdicts: { met: 0, missed: 0, undetermined: 0 }, likelihoods: [], unassessed: 3 });
  });

  it('counts only the targets the row shows (the chosen plans)', () => {
    // Plan b alone: only the 2021 target is left, and 2019's met and likely are not counted.
    const planB = notebook.charted.map((v) => ({ ...v, targets: v.targets.filter((t) => t.plan_id === 'b') }));
    const only = indexIndicators(groupByArea(planB), notebook.uncharted, { scores: notebook.scores, assessments });
    expect(only.find((e) => e.key === 'rd_gdp_ratio@guangzhou')?.status).toEqual({ targets: 1, verdicts: { met: 0, missed: 0, undetermined: 0 }, likelihoods: [{ likelihood: 'very-likely', count: 1 }], unassessed: 0 });
  });

  it('lists each entry’s target years without a value: R&D intensity lacks 2021, labs 2020, R&D spending none (a lower bound is a value)', () => {
    expect(entries.map((e) => [e.key, e.missingYears])).toEqual([
      ['rd_gdp_ratio@guangzhou', [2021]],
      ['rd_gdp_ratio@guangdong', []],
      ['rd_expenditure@guangzhou', []],
      ['national_labs@guangzhou', [2020]],
      ['incubators@guangzhou', []],
    ]);
  });

  it('names targets as the engine does, so its assessments find them', () => {
    const engineIds = toEngineInput(dataset).targets.filter((t) => t.indicatorId === 'rd_gdp_ratio').map((t) => t.id);
    expect(engineIds).toEqual([t2019, t2020, t2021].map((t) => assessment(t, 'likely').id));
  });
});

describe('describeStatus', () => {
  it('words verdicts, then the model’s words, in both languages', () => {
    // 2021 has no published value: the entry ends with it.
    expect(describeStatus(byKey('rd_gdp_ratio@guangzhou'), 'zh')).toBe('3 个目标 · 1 已达成 · 1 未达成 · 模型：1 很可能 · 1 可能 · 缺2021年公布数据');
    expect(describeStatus(byKey('rd_gdp_ratio@guangzhou'), 'en')).toBe('3 targets · 1 met · 1 missed · model: 1 very likely · 1 likely · no published figure for 2021');
    expect(describeStatus(byKey('rd_expenditure@guangzhou'), 'en')).toBe('1 target · 1 undecidable');
  });

  it('marks an indicator without data, and one without targets', () => {
    expect(describeStatus(byKey('national_labs@guangzhou'), 'zh')).toBe('1 个目标 · 无公布数据 · 缺2020年');
    expect(describeStatus(byKey('national_labs@guangzhou'), 'en')).toBe('1 target · no data · missing 2020');
    expect(describeStatus(byKey('incubators@guangzhou'), 'zh')).toBe('无目标');
    expect(describeStatus(byKey('incubators@guangzhou'), 'en')).toBe('no targets');
  });
});

describe('searchIndicators', () => {
  it('finds R&D intensity by its Chinese name, first, and R&D spending through 研发 for R&D', () => {
    // 研发经费投入强度 starts with 研发 (a prefix, both regions); R&D经费内部支出 reads 研发经费内部支出.
    expect(keys(searchIndicators(entries, '研发'))).toEqual(['rd_gdp_ratio@guangzhou', 'rd_gdp_ratio@guangdong', 'rd_expenditure@guangzhou']);
  });

  it('finds it by English name, case- and width-insensitive', () => {
    const rd = ['rd_gdp_ratio@guangzhou', 'rd_gdp_ratio@guangdong', 'rd_expenditure@guangzhou'];
    expect(keys(searchIndicators(entries, 'r&d'))).toEqual(rd);
    expect(keys(searchIndicators(entries, 'Ｒ＆Ｄ'))).toEqual(rd);
    expect(keys(searchIndicators(entries, '  R&D  '))).toEqual(rd);
  });

  it('finds it by id', () => {
    expect(keys(searchIndicators(entries, 'rd_gdp'))).toEqual(['rd_gdp_ratio@guangzhou', 'rd_gdp_ratio@guangdong']);
    expect(keys(searchIndicators(entries, 'ＲＤ＿ＧＤＰ'))).toEqual(['rd_gdp_ratio@guangzhou', 'rd_gdp_ratio@guangdong']);
  });

  it('ranks exact, then prefix, then word start, then inside, then without punctuation; ties keep their order', () => {
    const made = (id: string, name_en: string): IndicatorEntry => ({ ...byKey('incubators@guangzhou'), key: `${id}@gz`, indicatorId: id, name_en, name_zh: '某指标' });
    // Listed worst first. For "lab": "L.A.B. index" only without its dots (tier 4); "Collaboration"
    // inside a word (3); "National laboratories" and "x_lab_count" at a word's start (2, in list order);
    // "Laboratories" at the start (1); the id "lab" exactly (0).
    const list = [made('loose', 'L.A.B. index'), made('inside', 'Collaboration'), made('word', 'National laboratories'), made('x_lab_count', 'Counts'), made('prefix', 'Laboratories'), made('lab', 'Exact')];
    expect(keys(searchIndicators(list, 'lab'))).toEqual(['lab@gz', 'prefix@gz', 'word@gz', 'x_lab_count@gz', 'inside@gz', 'loose@gz']);
    expect(keys(searchIndicators(list, 'LAB'))).toEqual(keys(searchIndicators(list, 'ｌａｂ')));
  });

  it('finds an indicator without data and keeps its mark', () => {
    const found = searchIndicators(entries, '实验室');
    expect(keys(found)).toEqual(['national_labs@guangzhou']);
    expect(found[0]?.hasData).toBe(false);
  });

  it('needs every word of a query of several', () => {
    expect(keys(searchIndicators(entries, 'r&d expenditure'))).toEqual(['rd_expenditure@guangzhou']);
    expect(keys(searchIndicators(entries, '研发 支出'))).toEqual(['rd_expenditure@guangzhou']);
    expect(keys(searchIndicators(entries, '研发 孵化'))).toEqual([]);
  });

  it('returns every entry in order for an empty query, and none for a stranger', () => {
    expect(keys(searchIndicators(entries, ''))).toEqual(keys(entries));
    expect(keys(searchIndicators(entries, '\u3000'))).toEqual(keys(entries));
    expect(searchIndicators(entries, 'zzz')).toEqual([]);
  });

  it('finds R&D by “rd” once punctuation is dropped, after the ids that start with it', () => {
    // Both rd_* ids start with "rd" (tier 1, in index order); no other field contains "rd".
    expect(keys(searchIndicators(entries, 'rd'))).toEqual(['rd_gdp_ratio@guangzhou', 'rd_gdp_ratio@guangdong', 'rd_expenditure@guangzhou']);
    // "r&d/gdp" is in "R&D intensity (R&D / GDP)" once its spaces go (compact "(r&d/gdp)"): tier 3.
    expect(keys(searchIndicators(entries, 'r&d/gdp'))).toEqual(['rd_gdp_ratio@guangzhou', 'rd_gdp_ratio@guangdong']);
  });
});

describe('groupEntries', () => {
  it('keeps the notebook’s headings in order for the whole index', () => {
    expect(groupEntries(entries).map((g) => [g.area, g.entries.length])).toEqual([
      ['focal', 2],
      ['rd_input', 1],
      ['labs_and_platforms', 1],
      ['incubation', 1],
    ]);
  });

  it('puts the heading of the best match first for a search', () => {
    // A search ranked incubators first: their heading leads, the others follow in the order met.
    const ranked = [byKey('incubators@guangzhou'), byKey('rd_gdp_ratio@guangzhou'), byKey('national_labs@guangzhou')];
    expect(groupEntries(ranked).map((g) => g.area)).toEqual(['incubation', 'focal', 'labs_and_platforms']);
  });
});
