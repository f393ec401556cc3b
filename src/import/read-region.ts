import { compactKey } from '../text/half-width.ts';

// The regions the seeds use (seeds/actuals.csv, seeds/targets.csv) and the ways people write them.
const REGION_IDS = new Map<string, string>([
  ...['广州', '广州市', 'guangzhou', 'gz'].map((name): [string, string] => [name, 'guangzhou']),
  ...['广东', '广东省', '全省', 'guangdong', 'gd'].map((name): [string, string] => [name, 'guangdong']),
  ...['珠三角', '珠江三角洲', '珠三角地区', '珠三角九市', 'prd', 'pearlriverdelta'].map((name): [string, string] => [name, 'prd']),
]);

/**
 * Turn a region cell into the id the seeds use.
 *
 * @param text - The region as written, e.g. 广州市.
 * @returns The seed region id and whether it was recognised; an unknown region is kept as written (trimmed).
 */
export function readRegion(text: string): { region: string; known: boolean } {
  const id = REGION_IDS.get(compactKey(text));
  return id ? { region: id, known: true } : { region: text.trim(), known: false };
}
