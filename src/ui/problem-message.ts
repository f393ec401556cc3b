import type { Problem } from '../data/problems.ts';
import type { Locale } from '../text/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';

/**
 * Word a data problem for the reader: file, line, and what is wrong there.
 *
 * @param problem - A problem from the loader.
 * @param locale - zh or en.
 */
export function problemMessage(problem: Problem, locale: Locale): string {
  const m = MESSAGES[locale];
  const message = fill(m.problem[problem.code], { column: problem.column ?? '', value: problem.value ?? '' });
  return fill(m.problemAt, { file: problem.file, line: problem.line, message });
}
