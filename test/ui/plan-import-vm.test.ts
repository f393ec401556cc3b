import { describe, expect, it } from 'vitest';
import { readPlanTable } from '../../src/import/plan-table/index.ts';
import { planImportView } from '../../src/ui/user/plan-import-vm.ts';
import { CATALOGUE } from '../import/catalogue.ts';

const TABLE = 'plan,indicator,year,comparator,value,unit,clause\n规划甲,rd_gdp_ratio,2025,左右,3.4%,,达3.4%左右\n规划甲,引进人才数,2025,达到,1.8万,人,引进人才1.8万人\n规划甲,gdp,二〇二五,>=,1,,条文\n';

describe('the plan-import preview', () => {
  const preview = readPlanTable({ text: TABLE, name: '粘贴' }, CATALOGUE);
  it('says what was found, per plan, and each problem by line, in Chinese and English', () => {
    const zh = planImportView(preview, 'zh', new Set());
    expect(zh.summary).toBe('找到 1 个规划、2 个目标、1 个新指标、1 个问题。');
    expect(zh.plans.map((p) => p.text)).toEqual(['规划甲：2 个目标']);
    expect(zh.indicators.map((d) => d.text)).toEqual(['引进人才数 · u_1']);
    expect(zh.problems.map((p) => [p.line, p.column, p.text, p.cell])).toEqual([['第 4 行', '年份', '不是年份', '二〇二五']]);
    expect(zh.notes.map((n) => n.text)).toContain('第 3 行 · 指标：目录中没有此指标，将作为新指标导入 “u_1 引进人才数”');
    expect(zh.canImport).toBe(true);
    const en = planImportView(preview, 'en', new Set());
    expect(en.summary).toBe('Plans: 1 · targets: 2 · new indicators: 1 · problems: 1.');
    expect(en.notes.map((n) => n.text)).toContain('line 3 · indicator: not in the catalogue: imported as a new indicator “u_1 引进人才数”');
  });
  it('refuses to import a plan the notebook already has', () => {
    const view = planImportView(preview, 'zh', new Set([preview.plans[0]!.id]));
    expect(view.already).toEqual(['已导入过同名规划“规划甲”：请先移除那一层。']);
    expect(view.canImport).toBe(false);
  });
});
