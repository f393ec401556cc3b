import type { Locale } from '../text/locale.ts';

/**
 * Sentences of the notebook's contents (the indicator picker): its bar, its search and each
 * indicator's compact status. Kept apart from the notebook's messages so each file stays readable.
 */
const zh = {
  navLabel: '指标目录',
  toggle: '目录',
  searchLabel: '查找指标',
  searchPlaceholder: '名称或代码，如“研发”',
  hint: '↑↓ 选择，Enter 打开，Esc 关闭',
  /** How many indicators the list shows, read out as the reader types. */
  found: '共 {count} 个指标',
  foundOne: '共 1 个指标',
  noMatch: '没有与“{query}”匹配的指标。',
  targets: '{count} 个目标',
  oneTarget: '1 个目标',
  noTargets: '无目标',
  noData: '无公布数据',
  /** Target years without a figure, after “无公布数据”; `{years}` is a list (“2019、2020”). */
  missingShort: '缺{years}年',
  /** The same for an indicator with data in other years. */
  missing: '缺{years}年公布数据',
  /** One count of the status line: “1 已达成”, “2 很可能”. */
  count: '{count} {status}',
  /** Put before the first likelihood word, so the model's words are not read as what happened. */
  model: '模型：',
  separator: ' · ',
};

type PickerMessages = typeof zh;

const en: PickerMessages = {
  navLabel: 'Indicators',
  toggle: 'Contents',
  searchLabel: 'Find an indicator',
  searchPlaceholder: 'Name or id, e.g. R&D',
  hint: '↑↓ to move, Enter to open, Esc to close',
  found: '{count} indicators',
  foundOne: '1 indicator',
  noMatch: 'No indicator matches “{query}”.',
  targets: '{count} targets',
  oneTarget: '1 target',
  noTargets: 'no targets',
  noData: 'no data',
  missingShort: 'missing {years}',
  missing: 'no published figure for {years}',
  count: '{count} {status}',
  model: 'model: ',
  separator: ' · ',
};

/** The picker's sentences by locale. */
export const PICKER_MESSAGES: Record<Locale, PickerMessages> = { zh, en };
