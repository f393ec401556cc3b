import { compactKey } from '../../text/half-width.ts';

/** The columns a plan table may have; `plan`, `clause` and (on target rows) `indicator`, `year`, `value` are required. */
export const PLAN_COLUMNS = ['plan', 'issuer', 'issued', 'indicator', 'region', 'year', 'comparator', 'value', 'unit', 'tolerance', 'clause', 'source', 'note'] as const;
/** One of {@link PLAN_COLUMNS}. */
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

// The header words of each column, English first (as docs/cli.md lists them), then Chinese. Compared by `compactKey`.
const HEADER_WORDS: Record<PlanColumn, readonly string[]> = {
  plan: ['plan', 'plan name', '规划名称', '规划', '计划名称', '文件名称'],
  issuer: ['issuer', '发布机关', '发布单位', '印发机关'],
  issued: ['issued', 'date', '发布日期', '印发日期', '日期'],
  indicator: ['indicator', 'indicator_id', '指标', '指标名称'],
  region: ['region', '地区', '区域'],
  year: ['year', '年份', '目标年份', '年度'],
  comparator: ['comparator', '比较', '比较符'],
  value: ['value', 'target', '目标值', '目标'],
  unit: ['unit', '单位'],
  tolerance: ['tolerance', '容差'],
  clause: ['clause', 'clause_zh', '原文', '条文'],
  source: ['source', 'source_url', 'url', '来源'],
  note: ['note', 'notes', '备注', '说明'],
};

const BY_WORD = new Map(Object.entries(HEADER_WORDS).flatMap(([column, words]) => words.map((w): [string, PlanColumn] => [compactKey(w), column as PlanColumn])));

/**
 * Name the column a header cell stands for, in English or Chinese, ignoring case, spaces and full-width forms.
 *
 * @param header - The header cell as written.
 * @returns The column, or null for a header this reader does not know (the column is ignored, with a note).
 */
export function readPlanColumn(header: string): PlanColumn | null {
  return BY_WORD.get(compactKey(header)) ?? null;
}
