import { clip } from '../../data/problems.ts';
import type { PlanColumn } from './plan-columns.ts';

/** Why a plan table, a row or a cell was not imported. The UI and the CLI word each code in zh/en. */
export const PLAN_PROBLEM_CODES = [
  'empty',
  'too-large',
  'too-many-rows',
  'binary',
  'excel-file',
  'internal-error',
  'unclosed-quote',
  'no-header',
  'missing-column',
  'no-targets',
  'ragged-row',
  'missing-plan',
  'missing-clause',
  'no-indicator',
  'not-a-year',
  'year-out-of-range',
  'unknown-comparator',
  'not-a-number',
  'bad-tolerance',
  'unknown-unit',
  'unit-mismatch',
  'indicator-needs-unit',
  'bad-region',
  'bad-date',
  'cell-too-long',
  'formula-cell',
  'conflicting-target',
] as const;
/** One of {@link PLAN_PROBLEM_CODES}. */
export type PlanProblemCode = (typeof PLAN_PROBLEM_CODES)[number];

/** What the reader decided on its own; nothing is refused for these. */
export const PLAN_NOTE_CODES = [
  'title-skipped',
  'column-ignored',
  'undecodable-bytes',
  'duplicate-target',
  'strict-read-as-at-least',
  'comparator-from-clause',
  'indicator-matched',
  'new-indicator',
  'unknown-region',
  'unit-converted',
  'tolerance-ignored',
  'plan-field-conflict',
] as const;
/** One of {@link PLAN_NOTE_CODES}. */
export type PlanNoteCode = (typeof PLAN_NOTE_CODES)[number];

/** A problem or a note, at a 1-based line and a named column (null for the whole line or file). */
export interface PlanFinding<Code extends string> {
  line: number;
  column: PlanColumn | null;
  code: Code;
  /** The cell as read, clipped so hostile input cannot flood a message. */
  text: string;
  /** The other line a duplicate or a conflicting target is on. */
  otherLine?: number;
}
export type PlanProblem = PlanFinding<PlanProblemCode>;
export type PlanNote = PlanFinding<PlanNoteCode>;

/** Collects problems and notes as the reader finds them; `sorted` orders them by line, then column. */
export class PlanFindings {
  readonly problems: PlanProblem[] = [];
  readonly notes: PlanNote[] = [];
  problem(line: number, column: PlanColumn | null, code: PlanProblemCode, text = '', otherLine?: number): void {
    this.problems.push({ line, column, code, text: clip(text), ...(otherLine === undefined ? {} : { otherLine }) });
  }
  note(line: number, column: PlanColumn | null, code: PlanNoteCode, text = '', otherLine?: number): void {
    this.notes.push({ line, column, code, text: clip(text), ...(otherLine === undefined ? {} : { otherLine }) });
  }
}

/** Order findings by line, then file order of the columns named (whole-line findings first). */
export const byLine = <T extends { line: number }>(a: T, b: T): number => a.line - b.line;
