import type { Locale } from '../text/locale.ts';
import type { JsonIssue } from '../text/read-json.ts';
import type { LinkDetail } from '../scenario/link-codec.ts';

/**
 * Sentences about opening things: a link, a scenario file, the browser's store. What could not be
 * opened, what was refused and where, and that the reader's stored work was left as it was.
 */
const zh = {
  /** Under a link that could not be opened: the store is safe, and the way back to it. */
  linkKeepsStore: '你保存在本浏览器中的工作区没有改动；在你修改本页内容之前，本页不会保存任何东西。',
  backToWorkspace: '回到我的工作区',
  linkRefusedParts: '链接中未被接受的部分：',
  /** The store held damaged text that could not be set aside (storage full). */
  storeHeld: '本浏览器中保存的工作区已损坏，而存储已满，无法另存一份：它原样留在原处。在你决定之前，本页不会保存任何修改。',
  downloadDamaged: '下载损坏的内容',
  replaceDamaged: '舍弃它，从现在起保存本页',
  storeHeldUnsaved: '修改尚未保存：本浏览器中损坏的工作区还在等你决定如何处理（见页首）。',
  fileRefused: '无法打开“{name}”：{reason}。本页和已保存的工作区都没有改动。',
  fileNotWorkspace: '无法打开“{name}”：它不是目标线的情景文件（没有任何情景或工作区字段）。本页和已保存的工作区都没有改动。',
  restoredParts: '打开的工作区中有 {count} 处内容未能按原样恢复（已跳过或改编号）：',
  /** Over a link that opened, when the reader has work of their own in this browser. */
  linkKeepsWork: '这个链接不会覆盖你在本浏览器中的数据层与注释：在你修改本页之前什么都不保存，修改时它们会先被保留下来，随时可以取回。',
  jsonIssue: {
    'too-large': '内容过大（上限 {detail} 个字符）',
    'too-deep': '嵌套层数过多（上限 {detail} 层）',
    'too-many-values': '数值个数过多（上限 {detail} 个）',
    'not-json': '不是有效的 JSON',
    'forbidden-key': '这个键名不被接受（它指向对象的内部机制）',
  } satisfies Record<JsonIssue['code'], string>,
  fieldProblem: {
    'not-an-object': '应为对象',
    'not-a-number': '应为数字',
    'not-an-integer': '应为整数',
    'out-of-range': '超出允许范围',
    'not-in-list': '不是可选的值',
    'not-a-string': '应为文字',
    'unknown-field': '未知字段，已忽略',
    'forbidden-key': '这个键名不被接受（它指向对象的内部机制）',
    'bad-results': '记录的结果不是 0 到 1 之间的概率',
  } satisfies Record<Exclude<LinkDetail['code'], JsonIssue['code']> | 'forbidden-key', string>,
  noteRenumbered: '编号与另一条注释重复，已改为 {id}',
  notesTooMany: '注释最多 100 条，从这一条起未恢复',
  /** A growth rule the engine refused (a custom formula outside the allowlist, from a link or file). */
  ruleRefused: '这张图的增长规则未被接受，图中没有预测；可以修改它，或点“恢复默认（按历史拟合）”。原因：',
  ruleRefusedOther: '这张图的假设无法使用（{code}），图中没有预测；可以修改，或点“恢复默认（按历史拟合）”。',
  /** A part of the page that failed to render. */
  renderFailed: '本页有一部分无法显示（{message}）。你保存在本浏览器中的工作区没有被改动。',
};

const en: typeof zh = {
  linkKeepsStore: 'The workspace saved in this browser has not been changed; this page saves nothing until you change something on it.',
  backToWorkspace: 'Back to my workspace',
  linkRefusedParts: 'What the link held that was refused:',
  storeHeld:
    'The workspace saved in this browser is damaged, and storage is too full to set a copy aside, so it has been left where it is. This page saves no change until you decide.',
  downloadDamaged: 'Download the damaged text',
  replaceDamaged: 'Discard it and save this page from now on',
  storeHeldUnsaved: 'Changes not saved yet: the damaged workspace in this browser is waiting for your decision (see the top of the page).',
  fileRefused: 'Cannot open “{name}”: {reason}. Neither this page nor the saved workspace has changed.',
  fileNotWorkspace: 'Cannot open “{name}”: it is not a Targetline scenario file (it has no scenario or workspace field). Neither this page nor the saved workspace has changed.',
  restoredParts: '{count} parts of the opened workspace could not be restored as they were (left out or renumbered):',
  linkKeepsWork: 'This link does not overwrite your own layers and notes in this browser: nothing is saved until you change this page, and when you do they are kept first, to bring back at any time.',
  jsonIssue: {
    'too-large': 'it is too large (at most {detail} characters)',
    'too-deep': 'it is nested too deeply (at most {detail} levels)',
    'too-many-values': 'it holds too many values (at most {detail})',
    'not-json': 'it is not valid JSON',
    'forbidden-key': 'this key is refused (it names an object’s machinery)',
  },
  fieldProblem: {
    'not-an-object': 'should be an object',
    'not-a-number': 'should be a number',
    'not-an-integer': 'should be a whole number',
    'out-of-range': 'out of the allowed range',
    'not-in-list': 'not one of the allowed values',
    'not-a-string': 'should be text',
    'unknown-field': 'unknown field, ignored',
    'forbidden-key': 'this key is refused (it names an object’s machinery)',
    'bad-results': 'the recorded results are not probabilities between 0 and 1',
  },
  noteRenumbered: 'its id was another note’s; now {id}',
  notesTooMany: 'at most 100 notes are kept; this one and those after it were left out',
  ruleRefused: 'This chart’s growth rule was refused, so it has no projection; change it, or press “Reset to the fitted defaults”. Why:',
  ruleRefusedOther: 'This chart’s assumption cannot be used ({code}), so it has no projection; change it, or press “Reset to the fitted defaults”.',
  renderFailed: 'Part of this page could not be shown ({message}). The workspace saved in this browser has not been changed.',
};

export const OPEN_MESSAGES: Record<Locale, typeof zh> = { zh, en };

/**
 * One line for a refused part: its path, then why, then the refused value quoted as text.
 *
 * @param detail - The path and code (from a link, a JSON reader or the scenario schema).
 * @param locale - zh or en.
 */
export function refusedPartText(detail: { path: string; code: LinkDetail['code']; detail?: string; value?: string }, locale: Locale): string {
  const o = OPEN_MESSAGES[locale];
  const why = Object.hasOwn(o.jsonIssue, detail.code) ? o.jsonIssue[detail.code as JsonIssue['code']] : o.fieldProblem[detail.code as keyof typeof o.fieldProblem];
  const quoted = detail.value === undefined ? '' : locale === 'zh' ? `（${detail.value}）` : ` (${detail.value})`;
  const text = `${(why ?? detail.code).replace('{detail}', detail.detail ?? '')}${quoted}`;
  return detail.path === '' ? text : `${detail.path}${locale === 'zh' ? '：' : ': '}${text}`;
}
