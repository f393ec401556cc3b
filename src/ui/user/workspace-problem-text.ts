import type { Locale } from '../../i18n/locale.ts';
import { USER_MESSAGES } from '../../i18n/user-messages.ts';
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
  if (problem.kind === 'note') return `notes[${problem.index}]${colon}${u.noteInvalid}`;
  if (problem.kind === 'scenario') {
    const p = problem.problem;
    return `${p.field || '(scenario)'}${colon}${p.code}${p.value ? ` (${p.value})` : ''}`;
  }
  const p = problem.problem;
  const why = p.code === 'formula-refused' && p.formulaCode ? `${u.layerProblem[p.code]} (${p.formulaCode}${p.detail ? `: ${p.detail}` : ''})` : u.layerProblem[p.code];
  return `${p.path || '(layers)'}${colon}${why}${p.value ? ` (${p.value})` : ''}`;
}
