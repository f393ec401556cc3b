import type { IndicatorRow } from '../../data/types.ts';
import type { Locale } from '../../text/locale.ts';
import { fill } from '../../i18n/messages.ts';
import { OPEN_MESSAGES, refusedPartText } from '../../i18n/open-messages.ts';
import { USER_MESSAGES } from '../../i18n/user-messages.ts';
import { loadFormulaParser } from '../../model/index.ts';
import type { JsonIssue } from '../../text/read-json.ts';
import { openWorkspaceText, type Workspace } from '../../user/workspace.ts';
import { workspaceProblemText } from './workspace-problem-text.ts';

/** What the page says after an import, a removal or a file: a sentence, and the parts it is about by path. */
export interface UserNotice {
  text: string;
  details: string[];
}

/** Nothing to say. */
export const NO_NOTICE: UserNotice = { text: '', details: [] };

/** A file larger than this is refused before it is read (the reader's limit is 20 million characters). */
const MAX_FILE_BYTES = 80_000_000;
/** The notice lists at most this many refused or skipped parts. */
const MAX_DETAILS = 20;

/**
 * Read a scenario file the reader chose. A file that cannot be opened gives no workspace, so the page
 * (and so the store) stays as it was; the notice says why, or which parts of an opened file were left out.
 *
 * @param file - The chosen file.
 * @param catalogue - The published indicators, to check the file's layers against.
 * @param locale - The notice's language.
 * @returns The workspace to open (null when refused) and the notice to show.
 */
export async function openWorkspaceFile(file: File, catalogue: readonly IndicatorRow[], locale: Locale): Promise<{ workspace: Workspace | null; notice: UserNotice }> {
  const o = OPEN_MESSAGES[locale];
  const u = USER_MESSAGES[locale];
  // A file refused whole says the first reason, and lists every refused part that has a path.
  const refuse = (issues: readonly JsonIssue[]) => {
    const first = issues[0] ?? { path: '', code: 'not-json' as const };
    const text = fill(o.fileRefused, { name: file.name, reason: refusedPartText({ ...first, path: '' }, locale) });
    const details = issues.filter((i) => i.path !== '').slice(0, MAX_DETAILS).map((i) => refusedPartText(i, locale));
    return { workspace: null, notice: { text, details } };
  };
  if (file.size > MAX_FILE_BYTES) return refuse([{ path: '', code: 'too-large', detail: (20_000_000).toLocaleString() }]);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { workspace: null, notice: { text: fill(u.fileUnreadable, { name: file.name }), details: [] } };
  }
  // A file's layers may hold formulas, which are checked with mathjs (a chunk of its own).
  await loadFormulaParser();
  const opened = openWorkspaceText(text, catalogue);
  if ('refused' in opened) {
    if (opened.refused.kind === 'json') return refuse(opened.refused.issues);
    return { workspace: null, notice: { text: fill(o.fileNotWorkspace, { name: file.name }), details: [] } };
  }
  const { workspace, problems } = opened;
  const said = problems.length > 0 ? fill(u.fileProblems, { name: file.name, count: problems.length }) : fill(u.fileOpened, { name: file.name });
  return { workspace, notice: { text: said, details: problems.slice(0, MAX_DETAILS).map((p) => workspaceProblemText(p, locale)) } };
}
