import type { RuleName } from '../model/index.ts';
import { MAX_PATHS, type ScenarioProblem } from '../scenario/scenario.ts';
import { capMessages, FORBIDDEN_KEY_TEXT, MAX_MESSAGES, oneLine, preview } from './message-text.ts';

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
  // The file reader refuses such keys before the parser runs, in the same words; this is for a value from elsewhere.
  'forbidden-key': FORBIDDEN_KEY_TEXT,
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
 * Word scenario problems as `file: field: what is wrong ("value"); what is allowed`, one line each,
 * at most {@link MAX_MESSAGES} of them and then a count of the rest. Fields and values come from the
 * user's file, so they are quoted with their line breaks and format characters escaped and clipped:
 * a message is always one short line, however deep, long or strange the value.
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
  const lines = problems.slice(0, MAX_MESSAGES).map((p) => {
    const field = p.field === '' ? '(top level)' : oneLine(p.field);
    const unknownName = p.code.startsWith('unknown-');
    // An unknown name is quoted as the name itself; a refused value as it stands in the file.
    const raw = json === undefined || unknownName ? undefined : valueAt(json, p.field);
    const quoted = p.value === undefined ? '' : ` (${raw ? quote(raw.value) : oneLine(JSON.stringify(p.value), 61)})`;
    const key = p.field.slice(p.field.lastIndexOf('.') + 1);
    // The parser has one code for every bad shocks list, whether its shape or a size is wrong.
    const text = key === 'shocks' && p.code === 'out-of-range' ? 'malformed or out of range' : TEXT[p.code];
    // An unknown name has no allowed range to state; the fix is a spelling, not a value.
    const hint = unknownName ? undefined : HINTS[key];
    return `${file}: ${field}: ${text}${quoted}${hint ? `; ${hint}` : ''}`;
  });
  return capMessages(file, lines, problems.length);
}

/** A value as it stands in the file; a number too large for a double (`1e400`) is read as Infinity, and said so. */
function quote(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return `too large, read as ${String(value)}`;
  return preview(value);
}

/** Longer field paths, or ones of more parts, are not followed: the search below is quadratic in them. */
const MAX_FOLLOWED = { chars: 4096, parts: 40 };

/**
 * Follow a dotted field path into parsed JSON; keys may themselves hold dots, so the longest match wins.
 * Undefined when it cannot be followed (or a hostile key of a million dots makes it not worth trying):
 * the caller then quotes the parser's own copy of the value.
 */
function valueAt(root: unknown, field: string): { value: unknown } | undefined {
  if (field.length > MAX_FOLLOWED.chars) return undefined;
  let node = root;
  let parts = field === '' ? [] : field.split('.');
  if (parts.length > MAX_FOLLOWED.parts) return undefined;
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
