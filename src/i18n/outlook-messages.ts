import type { Locale } from '../text/locale.ts';

/**
 * Sentences of the outlook table and its presets: the A/B difference, the count of changed words and
 * what each preset changes. Kept apart from the notebook's messages so each file stays readable.
 */
const zh = {
  /** What each preset changes, shown under its button (not in a hover title). */
  presetNote: {
    trend: '清除手调假设：各指标按历史拟合的增速与波动外推',
    'plan-pace': '各指标按其目标所需的最高年增速增长，中位数恰好达标',
    shock: '在你的假设上，首个预测年份增速下调{size}个百分点（如2020年）',
  },
  /** Said (politely, for a screen reader too) while a preset is on. */
  presetOn: '已应用预设“{preset}”；再按一次或按“撤销预设”恢复之前的假设。',
  undoPreset: '撤销预设',
  colDifference: 'B − A',
  /** Under the difference column's header: B's probability minus A's is in percentage points. */
  colDifferenceUnit: '百分点',
  /** A difference in probability: "+3.1个百分点". */
  points: '{value}个百分点',
  /** How many targets changed their word, by the count's plural category (Intl.PluralRules). */
  compareChanged: { one: '与对照情景A相比，当前情景B中 {count} 项目标的可能性判断变了，已在表中标出。', other: '与对照情景A相比，当前情景B中 {count} 项目标的可能性判断变了，已在表中标出。' },
  /** Nothing changed its word. */
  compareSame: '对照情景A与当前情景B的可能性判断完全相同。',
  /** The last published value, under the target. */
  lastActual: '最后实际值 {value}（{year}）',
  colGrowth: '所需 / 实际增速',
};

type OutlookMessages = typeof zh;

const en: OutlookMessages = {
  presetNote: {
    trend: 'Clears hand-set assumptions: each indicator follows the growth and spread fitted to its history',
    'plan-pace': 'Each indicator grows at the highest rate its targets need, so its median just meets them',
    shock: 'On your assumptions, growth in the first projected year is {size} points lower (as in 2020)',
  },
  presetOn: 'Preset “{preset}” is on; press it again or “Undo preset” to restore the assumptions from before.',
  undoPreset: 'Undo preset',
  colDifference: 'B − A',
  colDifferenceUnit: 'points',
  points: '{value} pp',
  compareChanged: {
    one: 'Against comparison A, {count} target changed its likelihood word in scenario B; it is marked in the table.',
    other: 'Against comparison A, {count} targets changed their likelihood word in scenario B; they are marked in the table.',
  },
  compareSame: 'Scenario A and the current scenario B give the same likelihood for every target.',
  lastActual: 'last actual {value} ({year})',
  colGrowth: 'Growth needed / seen',
};

/** The outlook's sentences by language. */
export const OUTLOOK_MESSAGES: Record<Locale, OutlookMessages> = { zh, en };
