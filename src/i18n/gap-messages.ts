import type { Locale } from '../text/locale.ts';

/** Sentences for an indicator's gap cue (target years no figure covers, and why), Chinese first. */
const zh = {
  /** `{years}` is a list of years ("2019、2020"). */
  missing: '缺{years}年公布数据',
  fillIn: '填入数据',
  /** The button's accessible name: its visible words first, then what it fills and where. */
  fillInLabel: '填入数据：{name}，{years}年（补齐缺失数据）',
  separator: ' · ',
};

const en: typeof zh = {
  missing: 'No published figure for {years}',
  fillIn: 'Fill in figures',
  fillInLabel: 'Fill in figures: {name}, {years} (Fill in missing figures)',
  separator: ' · ',
};

export const GAP_MESSAGES: Record<Locale, typeof zh> = { zh, en };
