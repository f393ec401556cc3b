import { clip } from '../data/problems.ts';
import type { FormulaErrorCode } from '../model/index.ts';

/** Why part of a user layer was not accepted. The UI turns each code into zh/en text. */
export type LayerProblemCode =
  | 'not-an-object'
  | 'not-an-array'
  | 'missing-field'
  | 'not-a-string'
  | 'not-a-number'
  | 'not-an-integer'
  | 'out-of-range'
  | 'too-long'
  | 'empty-text'
  | 'not-in-list'
  | 'bad-id'
  | 'bad-date'
  | 'duplicate-id'
  | 'unknown-indicator'
  | 'unknown-plan'
  | 'unit-mismatch'
  | 'formula-refused'
  | 'formula-cell'
  | 'too-many'
  | 'too-many-problems';

/**
 * A problem located by a path into the JSON, such as `layers[0].actuals[12].year`. A row with a
 * problem is left out; a refused `derive` is the one exception: the indicator stays, without it.
 */
export interface LayerProblem {
  path: string;
  code: LayerProblemCode;
  /**
   * The offending value, clipped, so a message can quote it (text as normalised, the text that was
   * checked); for `too-many`, the limit.
   */
  value?: string;
  /** For `formula-refused`: why `compileFormula` refused it. */
  formulaCode?: FormulaErrorCode;
  /** For `formula-refused`: the offending piece of the formula. */
  detail?: string;
}

/** More problems than this are counted, not listed: a hostile file must not flood the page. */
export const MAX_LAYER_PROBLEMS = 200;

/** A problem list that stops growing at `MAX_LAYER_PROBLEMS` and ends with a count of the rest. */
export interface ProblemLog {
  report(problem: LayerProblem): void;
  /** The problems, plus one `too-many-problems` entry when some were left off. */
  list(): LayerProblem[];
}

/** Create an empty problem log. */
export function createProblemLog(): ProblemLog {
  const problems: LayerProblem[] = [];
  let leftOff = 0;
  return {
    report(problem) {
      if (problems.length < MAX_LAYER_PROBLEMS) problems.push(problem);
      else leftOff++;
    },
    list() {
      return leftOff > 0 ? [...problems, { path: '', code: 'too-many-problems', value: String(leftOff) }] : [...problems];
    },
  };
}

/**
 * Describe an untrusted value briefly for a message, without ever throwing: no `JSON.stringify`,
 * which throws on cycles and BigInts and is slow on deep values.
 *
 * @param value - Anything.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return clip(value, 40);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  return Array.isArray(value) ? 'array' : typeof value;
}
