import type { Locale } from '../text/locale.ts';

/** Sentences for an indicator's gap cue (target years no figure covers, and why), Chinese first. */
const zh = {
  /** `{years}` is a list of years ("2019、2020"). */
  missing: '缺{years}年公布数据',
  fillIn: '填入数据',
  /** The button's accessible name: what it fills, and where. */
  fillInLabel: '在“补齐缺失数据”中填入{name}{years}年的数据',
  separator: ' · ',
};

const en: typeof zh = {
  missing: 'No published figure for {years}',
  fillIn: 'Fill in figures',
  fillInLabel: 'Fill in figures for {name}, {years}, in “Fill in missing figures”',
  separator: ' · ',
};

export const GAP_MESSAGES: Record<Locale, typeof zh> = { zh, en };
