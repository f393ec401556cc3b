import type { Locale } from '../text/locale.ts';

/** The words of "about" ('~', 左右) targets: their tolerance beside the value, and its control. */
const zh = {
  /** A target value with its band: "约 3.4%（±2%）" (the comparator word comes before it). */
  withTolerance: '{target}（±{tolerance}）',
  /** The outlook control; the field holds a percent. */
  toleranceLabel: '“左右”的容差 ±',
  toleranceUnit: '%',
  toleranceHelp: '“左右”“约”目标：实际或模拟值落在目标值上下这一比例之内即算达到（默认±2%，为本工具的约定，规划未作规定）。',
  toleranceRefused: '容差须大于0%且不超过50%；仍按±{value}计算。',
  /** The print scenario box, when changed. */
  summaryTolerance: '“左右”目标的容差',
  summaryToleranceValue: '±{tolerance}',
  /** The legend entry of a band. */
  legendAbout: '目标（约，±{tolerance}）',
};

const en: typeof zh = {
  withTolerance: '{target} (±{tolerance})',
  toleranceLabel: 'Tolerance for ‘about’ targets ±',
  toleranceUnit: '%',
  toleranceHelp: '“About” (左右, 约) targets count as met when the value lies within this share of the target value, above or below (±2% by default: our convention; the plans do not say).',
  toleranceRefused: 'The tolerance must be above 0% and at most 50%; ±{value} is still in use.',
  summaryTolerance: 'Tolerance of ‘about’ targets',
  summaryToleranceValue: '±{tolerance}',
  legendAbout: 'Target (about, ±{tolerance})',
};

export const ABOUT_MESSAGES: Record<Locale, typeof zh> = { zh, en };
