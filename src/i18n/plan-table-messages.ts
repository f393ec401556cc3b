import type { PlanColumn } from '../import/plan-table/plan-columns.ts';
import type { PlanNoteCode, PlanProblemCode } from '../import/plan-table/plan-findings.ts';
import type { Locale } from '../text/locale.ts';

/** The words for a plan table's problems and notes, Chinese first; `{other}` is the other line a duplicate is on. */
const zh = {
  problem: {
    empty: '表格是空的',
    'too-large': '文件超过 5 MB',
    'too-many-rows': '行数超过上限',
    binary: '不是文本文件',
    'excel-file': '这是 Excel 工作簿：请另存为 CSV，或复制后粘贴',
    'internal-error': '读取时出错',
    'unclosed-quote': '引号没有闭合',
    'no-header': '找不到表头（需要规划名称、指标、年份、目标值、原文等列）',
    'missing-column': '缺少必需的列',
    'no-targets': '表中没有可导入的目标',
    'ragged-row': '这一行的单元格比表头多',
    'missing-plan': '缺少规划名称',
    'missing-clause': '缺少原文条款',
    'no-indicator': '有目标值但没有指标',
    'not-a-year': '不是年份',
    'year-out-of-range': '年份超出 1949–2100',
    'unknown-comparator': '看不懂比较方式（可写 >=、<=、==、~，或达到、不超过、左右等）',
    'not-a-number': '目标值不是数字',
    'bad-tolerance': '容差应在 0 与 100% 之间，如 2% 或 0.02',
    'unknown-unit': '不认识的单位',
    'unit-mismatch': '单位与指标不符',
    'indicator-needs-unit': '新指标需要单位',
    'bad-region': '地区写法不对',
    'bad-date': '发布日期应写成 YYYY-MM-DD、YYYY-MM 或 YYYY',
    'cell-too-long': '单元格太长',
    'formula-cell': '以 =、+、- 或 @ 开头，像是电子表格公式，未采用',
    'conflicting-target': '同一目标有两个不同的值（另见第 {other} 行），两行都未导入',
  } satisfies Record<PlanProblemCode, string>,
  note: {
    'title-skipped': '跳过了表头上方的标题行',
    'column-ignored': '不认识的列，已忽略',
    'undecodable-bytes': '有无法解码的字节',
    'duplicate-target': '与第 {other} 行重复，只保留一条',
    'strict-read-as-at-least': '“超过”按“不低于”计',
    'comparator-from-clause': '比较方式取自原文',
    'indicator-matched': '按名称近似匹配到目录指标',
    'new-indicator': '目录中没有此指标，将作为新指标导入',
    'unknown-region': '不认识的地区，按原样保留',
    'unit-converted': '已换算为指标的单位',
    'tolerance-ignored': '容差只用于“左右”目标，已忽略',
    'plan-field-conflict': '与同一规划前面的行不同，以前面的为准',
  } satisfies Record<PlanNoteCode, string>,
};

const en: typeof zh = {
  problem: {
    empty: 'the table is empty',
    'too-large': 'the file is over 5 MB',
    'too-many-rows': 'too many rows',
    binary: 'not a text file',
    'excel-file': 'an Excel workbook: save it as CSV, or copy and paste it',
    'internal-error': 'reading failed',
    'unclosed-quote': 'a quote is never closed',
    'no-header': 'no header row (columns plan, indicator, year, value, clause…)',
    'missing-column': 'a required column is missing',
    'no-targets': 'no target to import',
    'ragged-row': 'this row has more cells than the header',
    'missing-plan': 'no plan name',
    'missing-clause': 'no clause',
    'no-indicator': 'a value without an indicator',
    'not-a-year': 'not a year',
    'year-out-of-range': 'year outside 1949–2100',
    'unknown-comparator': 'comparator not understood (>=, <=, ==, ~, or 达到, 不超过, 左右…)',
    'not-a-number': 'the value is not a number',
    'bad-tolerance': 'a tolerance is between 0 and 100%, e.g. 2% or 0.02',
    'unknown-unit': 'unknown unit',
    'unit-mismatch': "the unit does not fit the indicator's",
    'indicator-needs-unit': 'a new indicator needs a unit',
    'bad-region': 'malformed region',
    'bad-date': 'the date must be YYYY-MM-DD, YYYY-MM or YYYY',
    'cell-too-long': 'the cell is too long',
    'formula-cell': 'starts with =, +, - or @ like a spreadsheet formula; left out',
    'conflicting-target': 'the same target with another value on line {other}: neither line imported',
  },
  note: {
    'title-skipped': 'title line above the header skipped',
    'column-ignored': 'unknown column ignored',
    'undecodable-bytes': 'bytes that could not be decoded',
    'duplicate-target': 'the same as line {other}; kept once',
    'strict-read-as-at-least': '"more than" is read as "at least"',
    'comparator-from-clause': 'comparator read from the clause',
    'indicator-matched': 'matched to a catalogue indicator by a similar name',
    'new-indicator': 'not in the catalogue: imported as a new indicator',
    'unknown-region': 'unknown region, kept as written',
    'unit-converted': "converted to the indicator's unit",
    'tolerance-ignored': 'a tolerance applies to "about" targets only; ignored',
    'plan-field-conflict': "differs from the plan's earlier rows; the earlier is kept",
  },
};

/**
 * Word a plan-table finding in one language.
 *
 * @param locale - zh or en.
 * @param kind - A problem (not imported) or a note (imported as said).
 * @param finding - Its code and, for duplicates, the other line.
 */
export function planFindingText(locale: Locale, kind: 'problem' | 'note', finding: { code: string; otherLine?: number }): string {
  const words = (locale === 'zh' ? zh : en)[kind] as Record<string, string>;
  return (words[finding.code] ?? finding.code).replace('{other}', String(finding.otherLine ?? '?'));
}

/** The plan-import panel's words, Chinese first. */
const panelZh = {
  title: '导入规划目标表',
  intro: '每行一个目标：规划名称、指标、地区、年份、比较、目标值、单位、原文（必填）、来源。可上传 CSV/TSV，或从表格、网页复制后粘贴。',
  chooseFile: '选择文件',
  pasteLabel: '或粘贴表格',
  pasteName: '粘贴的规划表',
  preview: '预览',
  reading: '正在读取…',
  failed: '读取失败，未做任何改动。',
  timeout: '读取超时，未做任何改动。',
  found: '找到 {plans} 个规划、{targets} 个目标、{indicators} 个新指标、{problems} 个问题。',
  planLine: '{name}：{targets} 个目标',
  newIndicators: '新指标（目录中没有）',
  problems: '问题（这些行不会导入）',
  notes: '说明',
  line: '第 {line} 行',
  /** A note in the preview: where (line · column), then what; a full-width colon in Chinese. */
  noteLine: '{where}：{text}',
  already: '已导入过同名规划“{name}”：请先移除那一层。',
  columns: { plan: '规划名称', issuer: '发布机关', issued: '发布日期', indicator: '指标', region: '地区', year: '年份', comparator: '比较', value: '目标值', unit: '单位', tolerance: '容差', clause: '原文', source: '来源', note: '备注' } as Record<PlanColumn, string>,
  confirm: '确认导入',
  cancel: '取消',
  nothing: '没有可导入的目标。',
};
const panelEn: typeof panelZh = {
  title: "Import a plan's targets",
  intro: 'One target per row: plan, indicator, region, year, comparator, value, unit, clause (required), source. Upload a CSV/TSV, or copy from a spreadsheet or a web page and paste.',
  chooseFile: 'Choose a file',
  pasteLabel: 'Or paste a table',
  pasteName: 'Pasted plan table',
  preview: 'Preview',
  reading: 'Reading…',
  failed: 'Reading failed; nothing was changed.',
  timeout: 'Reading took too long; nothing was changed.',
  found: 'Plans: {plans} · targets: {targets} · new indicators: {indicators} · problems: {problems}.',
  planLine: '{name} — targets: {targets}',
  newIndicators: 'New indicators (not in the catalogue)',
  problems: 'Problems (these rows are not imported)',
  notes: 'Notes',
  line: 'line {line}',
  noteLine: '{where}: {text}',
  already: 'A plan named “{name}” is already imported: remove that layer first.',
  columns: { plan: 'plan', issuer: 'issuer', issued: 'issued', indicator: 'indicator', region: 'region', year: 'year', comparator: 'comparator', value: 'value', unit: 'unit', tolerance: 'tolerance', clause: 'clause', source: 'source', note: 'note' },
  confirm: 'Import',
  cancel: 'Cancel',
  nothing: 'Nothing to import.',
};

/** The plan-import panel's words by language. */
export const PLAN_IMPORT_MESSAGES: Record<Locale, typeof panelZh> = { zh: panelZh, en: panelEn };
