/**
 * Why a file, row or cell was not accepted. The UI turns each code into zh/en text; the data layer
 * never writes sentences for users.
 */
export type ProblemCode =
  | 'empty-file'
  | 'missing-column'
  | 'unclosed-quote'
  | 'stray-quote'
  | 'field-count'
  | 'missing-value'
  | 'not-a-number'
  | 'not-an-integer'
  | 'not-in-list'
  | 'out-of-bounds'
  | 'duplicate-row'
  | 'unknown-indicator'
  | 'unknown-plan'
  | 'unit-mismatch';

/** A problem located by file, line (1-based, as an editor shows it) and column name. */
export interface Problem {
  file: string;
  line: number;
  column?: string;
  code: ProblemCode;
  /** The offending text, clipped, so a message can quote it. */
  value?: string;
}

/** Clip a cell so that a hostile or huge value cannot flood a message. */
export function clip(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
