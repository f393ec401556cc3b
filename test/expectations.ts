import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

/**
 * The one rule for stored expectations (corpus `*.expected.json` files and SVG snapshots): a missing
 * one fails its test, whatever the environment, so a case added without its answer can never pass by
 * default. Only `UPDATE_EXPECTATIONS=1` writes them, from what the code produced: every missing one,
 * and every one that differs from it. Review the written files with `git diff` before committing.
 */

/** Whether this run writes expectations from the output: `UPDATE_EXPECTATIONS=1`, and nothing else. */
export function updatingExpectations(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.UPDATE_EXPECTATIONS === '1';
}

/**
 * The error for a missing expectation, with the command that writes it.
 *
 * @param file - The expectation file that is missing.
 * @param testFile - The test file that reads it, from the project root.
 */
export function missingExpectation(file: string, testFile: string): Error {
  const shown = relative(process.cwd(), file);
  return new Error(`missing expectation ${shown}: write it from the output with \`UPDATE_EXPECTATIONS=1 npx vitest run ${testFile}\`, then review it`);
}

/**
 * Print JSON as the corpora's expectations are written by hand: the whole object, any value too long
 * for `width` characters and any list of objects put one member per line, indented by two spaces;
 * everything else, each object in such a list included, stays on one line (`{ "line": 2, "code": "x" }`).
 *
 * @param value - Plain JSON data.
 * @param width - The longest line a value other than an object in a list is kept whole on.
 */
export function formatJson(value: unknown, width = 120): string {
  return `${format(JSON.parse(JSON.stringify(value)) as unknown, '', 0, width)}\n`;
}

/** `value` at `indent`, after `lead` characters already on its line (a key, say). */
function format(value: unknown, indent: string, lead: number, width: number): string {
  const flat = oneLine(value);
  if (value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const objects = value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
    if (objects) return `[\n${value.map((v) => `${inner}${oneLine(v)}`).join(',\n')}\n${indent}]`;
    if (lead + flat.length <= width) return flat;
    return `[\n${value.map((v) => `${inner}${format(v, inner, inner.length, width)}`).join(',\n')}\n${indent}]`;
  }
  if (indent !== '' && lead + flat.length <= width) return flat;
  const members = Object.entries(value).map(([k, v]) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return `${key}${format(v, inner, key.length, width)}`;
  });
  return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n${indent}}`;
}

function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }`;
}

/**
 * The expectation stored as JSON in `file`. Missing, it fails the test; with `UPDATE_EXPECTATIONS=1`
 * `produced` is written first, when the file is missing or holds something else (a file that already
 * says the same is left as it is, so an update touches only what changed).
 *
 * @param file - The expectation file.
 * @param produced - What the code under test produced, in the file's shape.
 * @param testFile - The test file, from the project root, for the message.
 * @returns The expectation as stored, to compare `produced` with.
 */
export function jsonExpectation<T>(file: string, produced: T, testFile: string): T {
  const exists = existsSync(file);
  if (updatingExpectations()) {
    const plain = JSON.parse(JSON.stringify(produced)) as unknown;
    if (!exists || !isDeepStrictEqual(JSON.parse(readFileSync(file, 'utf8')), plain)) writeFileSync(file, formatJson(plain));
  } else if (!exists) {
    throw missingExpectation(file, testFile);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
