import type { Assumption } from '../model/index.ts';
import { PLANS_AS_OF, type AsOf, type Scenario } from '../scenario/scenario.ts';

/**
 * What a CSV file says about the run behind its numbers, in comment lines before its header (see
 * `writeCsv`): without it a file handed on cannot be told from another scenario's.
 */
export interface CsvScenario {
  /** The scenario the numbers come from; the scoreboard's published verdicts need only `plans`. */
  scenario: Pick<Scenario, 'plans'> & Partial<Scenario>;
  /** The notebook address that reopens it, when known. */
  link?: string | null;
  /** The data and engine fingerprint (`dataVersion`), when known. */
  dataVersion?: string | null;
}

/** The as-of year as a file says it: a year, `latest` (today's data) or `plans` (each plan's base year). */
export function asOfWord(asOf: AsOf): string {
  return asOf === null ? 'latest' : asOf === PLANS_AS_OF ? 'plans' : String(asOf);
}

/** One assumption as `key=value` pairs in a fixed order, e.g. `rule=compound; growth=0.04; volatility=0.08`. */
function assumptionText(assumption: Assumption): string {
  return Object.entries(assumption)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? JSON.stringify(v).replaceAll('"', '') : String(v)}`)
    .join('; ');
}

/**
 * Write the scenario block of a CSV file: what kind of file it is, as-of year, horizon, paths, seed,
 * plans, every assumption the scenario changes from the fitted defaults (one line each, or `none`),
 * the data version and the link (each when known). Keys are fixed English words, like the column names.
 *
 * @param kind - What the rows are, e.g. `chart tech_contract_value@guangzhou` or `scoreboard`.
 * @param header - The scenario, link and data version.
 * @returns The comment lines, without the leading `# `.
 * @example
 * scenarioComments('chart gdp@guangzhou', { scenario: { ...DEFAULT_SCENARIO, asOf: 2018 } });
 * // ['targetline: chart gdp@guangzhou', 'as_of: 2018', 'horizon: 2025', 'paths: 10000', 'seed: 1', 'plans: all', 'assumptions: none', …]
 */
export function scenarioComments(kind: string, header: CsvScenario): string[] {
  const { scenario, link = null, dataVersion = null } = header;
  const lines = [`targetline: ${kind}`];
  if (scenario.asOf !== undefined) lines.push(`as_of: ${asOfWord(scenario.asOf)}`);
  if (scenario.horizon !== undefined) lines.push(`horizon: ${scenario.horizon}`);
  if (scenario.paths !== undefined) lines.push(`paths: ${scenario.paths}`);
  if (scenario.seed !== undefined) lines.push(`seed: ${scenario.seed}`);
  lines.push(`plans: ${scenario.plans.length === 0 ? 'all' : scenario.plans.join('; ')}`);
  if (scenario.indicators !== undefined) {
    const changed = Object.entries(scenario.indicators).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (changed.length === 0) lines.push('assumptions: none (fitted defaults)');
    for (const [key, assumption] of changed) lines.push(`assumption ${key}: ${assumptionText(assumption)}`);
  }
  if (dataVersion) lines.push(`data_version: ${dataVersion}`);
  if (link) lines.push(`link: ${link}`);
  return lines;
}
