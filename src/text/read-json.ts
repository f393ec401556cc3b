/**
 * Read JSON that came from a user (a file, a link, the browser's store, the command line) without
 * letting its shape hurt the reader: a size limit before parsing, a nesting limit checked by a flat
 * scan of the text (so nothing recursive ever meets a deep input), a limit on how many values it may
 * hold, and keys that name an object's machinery (`__proto__`, `constructor`, `prototype`) refused
 * by name with their path. Never throws.
 */

/** Keys refused wherever they appear: code that copies or merges objects could be steered by them. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export interface JsonLimits {
  /** Longest text accepted, in UTF-16 code units. */
  maxChars: number;
  /** Deepest nesting of arrays and objects; the top-level value is depth 1. */
  maxDepth: number;
  /** Most values (objects, arrays, strings, numbers, booleans, nulls) in the whole document. */
  maxValues: number;
}

/**
 * Enough for every workspace the page can hold (20,000 rows of 8 fields, a scenario's assumptions
 * are five levels deep) and far below what would slow a page or a CLI down.
 */
export const DEFAULT_JSON_LIMITS: JsonLimits = { maxChars: 20_000_000, maxDepth: 32, maxValues: 2_000_000 };

/** Why a JSON text was refused. `path` names where (`indicators.gdp.__proto__`), '' for the whole text. */
export interface JsonIssue {
  path: string;
  code: 'too-large' | 'too-deep' | 'too-many-values' | 'not-json' | 'forbidden-key';
  /** The parser's reason for `not-json`, shortened to one line; the limit for the limit codes. */
  detail?: string;
}

/**
 * Parse a user's JSON text within limits.
 *
 * @param text - The text; a leading byte-order mark (some Windows editors write one) is ignored.
 * @param limits - Overrides of {@link DEFAULT_JSON_LIMITS}.
 * @returns The value, or every issue found (the forbidden keys all listed, each with its path).
 * @example readJson('{"seed": 7}') // { value: { seed: 7 } }
 */
export function readJson(text: string, limits: Partial<JsonLimits> = {}): { value: unknown } | { issues: JsonIssue[] } {
  const { maxChars, maxDepth, maxValues } = { ...DEFAULT_JSON_LIMITS, ...limits };
  if (typeof text !== 'string') return { issues: [{ path: '', code: 'not-json' }] };
  if (text.length > maxChars) return { issues: [{ path: '', code: 'too-large', detail: String(maxChars) }] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const depth = deepestNesting(body);
  if (depth > maxDepth) return { issues: [{ path: '', code: 'too-deep', detail: String(maxDepth) }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).replace(/[ \t\r\n]+/g, ' ');
    return { issues: [{ path: '', code: 'not-json', detail: reason.length > 120 ? `${reason.slice(0, 120)}…` : reason }] };
  }
  const issues = checkValue(value, maxValues);
  return issues.length > 0 ? { issues } : { value };
}

/**
 * Check an already parsed value (a link's payload, a value handed over by other code) the same way:
 * forbidden keys and the value count, walked with an explicit stack. Cycles cannot come from JSON;
 * a value seen twice is walked once.
 *
 * @param value - The value.
 * @param maxValues - The most values allowed.
 */
export function checkValue(value: unknown, maxValues = DEFAULT_JSON_LIMITS.maxValues): JsonIssue[] {
  const issues: JsonIssue[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  let count = 0;
  while (stack.length > 0) {
    const { value: v, path } = stack.pop() as { value: unknown; path: string };
    if (++count > maxValues) return [{ path: '', code: 'too-many-values', detail: String(maxValues) }];
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: `${path}[${i}]` });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const at = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.includes(key)) issues.push({ path: at, code: 'forbidden-key' });
      else stack.push({ value: (v as Record<string, unknown>)[key], path: at });
    }
  }
  return issues;
}

/** The deepest nesting of `[` and `{` outside strings, found in one pass without recursion. */
function deepestNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character, a quote included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
