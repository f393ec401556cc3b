import type { Locale } from '../../text/locale.ts';
import { USER_MESSAGES } from '../../i18n/user-messages.ts';
import { fill } from '../../i18n/messages.ts';
import { OPEN_MESSAGES, refusedPartText } from '../../i18n/open-messages.ts';
import type { WorkspaceProblem } from '../../user/workspace.ts';

/**
 * One line for a part of a scenario file that was left out: where it is (a path such as
 * `layers[0].actuals[12].year`) and why, quoting the value as text.
 *
 * @param problem - The problem from `readWorkspace`.
 * @param locale - zh or en.
 */
export function workspaceProblemText(problem: WorkspaceProblem, locale: Locale): string {
  const u = USER_MESSAGES[locale];
  const colon = locale === 'zh' ? '：' : ': ';
  if (problem.kind === 'note') {
    const o = OPEN_MESSAGES[locale];
    const why = problem.code === 'renumbered' ? fill(o.noteRenumbered, { id: problem.id ?? '' }) : problem.code === 'too-many' ? o.notesTooMany : u.noteInvalid;
    return `${problem.index < 0 ? 'notes' : `notes[${problem.index}]`}${colon}${why}`;
  }
  if (problem.kind === 'scenario') {
    const p = problem.problem;
    return refusedPartText({ path: p.field || '(scenario)', code: p.code, ...(p.value ? { value: p.value } : {}) }, locale);
  }
  const p = problem.problem;
  const why = p.code === 'formula-refused' && p.formulaCode ? `${u.layerProblem[p.code]} (${p.formulaCode}${p.detail ? `: ${p.detail}` : ''})` : u.layerProblem[p.code];
  return `${p.path || '(layers)'}${colon}${why}${p.value ? ` (${p.value})` : ''}`;
}
