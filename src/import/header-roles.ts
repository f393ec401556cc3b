import { compactKey } from '../text/half-width.ts';

/** What a header says a column holds. Columns with no role are indicator names or years, or ignored. */
export type ColumnRole = 'indicator' | 'year' | 'value' | 'region' | 'unit' | 'source';

const ROLE_NAMES: Record<ColumnRole, readonly string[]> = {
  indicator: ['指标', '指标名称', '指标名', '项目', '名称', 'indicator', 'indicator_id', 'indicatorid', 'id', 'name'],
  year: ['年份', '年度', '年', 'year'],
  value: ['数值', '值', '数据', 'value'],
  region: ['地区', '城市', '区域', '地区名称', 'region', 'city', 'area'],
  unit: ['单位', '计量单位', 'unit', 'units'],
  source: ['来源', '资料来源', '数据来源', 'source'],
};

const ROLE_BY_NAME = new Map<string, ColumnRole>(
  (Object.entries(ROLE_NAMES) as [ColumnRole, readonly string[]][]).flatMap(([role, names]) =>
    names.map((name): [string, ColumnRole] => [name, role]),
  ),
);

/**
 * Read the role of a header cell.
 *
 * A split corner cell such as "指标＼年份" or "项目/年份" takes the role of its first part, which names
 * the row labels below it.
 *
 * @param header - The header cell as written.
 * @returns The role, or null for a header that names no role (a year, an indicator, anything else).
 */
export function readColumnRole(header: string): ColumnRole | null {
  const key = compactKey(header).replace(/[:：]$/, '');
  const first = key.split(/[\\/＼]/)[0] ?? '';
  return ROLE_BY_NAME.get(key) ?? (first !== key ? (ROLE_BY_NAME.get(first) ?? null) : null);
}
