import { clip } from '../data/problems.ts';
import type { RuleName } from '../model/index.ts';
import { MAX_PATHS, type ScenarioProblem } from '../scenario/scenario.ts';

/** A scenario problem as the CLI reports it: the parser's codes plus ids the seed data does not know. */
export interface CliProblem {
  field: string;
  code: ScenarioProblem['code'] | 'unknown-plan' | 'unknown-indicator' | 'unknown-region';
  value?: string;
}

const TEXT: Record<CliProblem['code'], string> = {
  'not-an-object': 'not an object',
  'not-a-number': 'not a number',
  'not-an-integer': 'not an integer',
  'out-of-range': 'out of range',
  'not-in-list': 'not an allowed value',
  'not-a-string': 'not a string',
  'unknown-field': 'unknown field',
  'unknown-plan': 'unknown plan id',
  'unknown-indicator': 'unknown indicator id',
  'unknown-region': 'unknown region',
};

// A record rather than a list, so adding a rule to RuleName fails to compile until it is listed here.
const RULES: Record<RuleName, true> = { compound: true, linear: true, logistic: true, expression: true };

/** What is allowed, for the fields whose allowed values a reader cannot guess from the code alone. */
const HINTS: Record<string, string> = {
  rule: `expected ${Object.keys(RULES).join(', ')}`,
  paths: `expected an integer from 1 to ${MAX_PATHS.toLocaleString('en-GB')}`,
  shocks: 'expected a list of {"year": integer, "size": number above -1 and below 10}',
  params: 'expected an object of numbers',
  plans: 'expected a list of plan ids',
};

/**
 * Word scenario problems as `file: field: what is wrong ("value"); what is allowed`, one line each.
 * The core and the parser return codes only; these sentences are the CLI's, in English.
 *
 * @param file - The scenario file as the user named it.
 * @param problems - Problems from `parseScenario` or `checkScenarioIds`.
 * @param json - The parsed JSON, to quote each refused value exactly as written (the parser's own
 *   copy of the value is always a string, which would hide whether `7` or `"7"` was given). Optional.
 * @example describeProblems('s.json', [{ field: 'seed', code: 'not-a-number', value: '7' }], { seed: '7' })
 * // ['s.json: seed: not a number ("7")']
 */
export function describeProblems(file: string, problems: readonly CliProblem[], json?: unknown): string[] {
  return problems.map((p) => {
    const field = p.field === '' ? '(top level)' : p.field;
    const unknownName = p.code.startsWith('unknown-');
    // An unknown name is quoted as the name itself; a refused value as it stands in the file.
    const raw = json === undefined || unknownName ? undefined : valueAt(json, p.field);
    const shown = raw ? JSON.stringify(raw.value) ?? String(raw.value) : JSON.stringify(p.value);
    const quoted = p.value === undefined ? '' : ` (${clip(shown)})`;
    const key = p.field.slice(p.field.lastIndexOf('.') + 1);
    // The parser has one code for every bad shocks list, whether its shape or a size is wrong.
    const text = key === 'shocks' && p.code === 'out-of-range' ? 'malformed or out of range' : TEXT[p.code];
    // An unknown name has no allowed range to state; the fix is a spelling, not a value.
    const hint = unknownName ? undefined : HINTS[key];
    return `${file}: ${field}: ${text}${quoted}${hint ? `; ${hint}` : ''}`;
  });
}

/** Follow a dotted field path into parsed JSON; keys may themselves hold dots, so the longest match wins. */
function valueAt(root: unknown, field: string): { value: unknown } | undefined {
  let node = root;
  let parts = field === '' ? [] : field.split('.');
  while (parts.length > 0) {
    // Arrays pass too: `plans.2` is index 2 of `plans`.
    if (typeof node !== 'object' || node === null) return undefined;
    const record = node as Record<string, unknown>;
    let n = parts.length;
    while (n > 0 && !Object.hasOwn(record, parts.slice(0, n).join('.'))) n--;
    if (n === 0) return undefined;
    node = record[parts.slice(0, n).join('.')];
    parts = parts.slice(n);
  }
  return { value: node };
}
