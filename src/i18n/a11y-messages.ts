import type { Locale } from '../text/locale.ts';

/**
 * What a screen reader hears where the screen shows less: the names that tell one row's controls
 * from another's, the value text of every slider with its unit, the names of value buttons and the
 * keyboard readout of a chart's points. Kept apart from the notebook's messages so each file stays readable.
 */
const zh = {
  /** Which series a control belongs to: “研发经费投入强度（广州市）”. */
  subject: '{indicator}（{region}）',
  /** A control's name: the series, then what the control sets. */
  controlName: '{subject}{control}',
  /** The number field beside a slider, told apart from the slider. */
  typedName: '{subject}{control}，输入数值（{unit}）',
  valueGrowth: '年增长 {value}',
  /** σ is the spread of the yearly growth rate, so it is in percentage points of growth. */
  valueVolatility: '波动 {value} 个百分点',
  valueWindow: '历史窗口 {years} 年',
  valueWindowYears: '历史窗口 {years} 年（{from}–{to}年）',
  /** A button that sets the growth slider to what a target needs. */
  neededName: '{subject}：年增长率设为{label}目标所需的 {value}',
  /** The scoreboard's actual value, a button that opens its source. */
  actualName: '{subject}{year}年实际值 {value}，查看来源',
  /** A chart's keyboard readout. */
  chartPoints: '{name}：图表数值，按左右方向键逐点读取，Home、End 跳到首末',
  chartPoint: '第 {index}/{count} 点：{text}',
  chartLineBreak: '，',
  /** A whole-number field (seed, horizon) refusing what was typed; the value in use is kept. */
  integerRangeRefused: '请输入 {min}–{max} 之间的整数；仍使用 {value}。',
  integerFromRefused: '请输入不小于 {min} 的整数；仍使用 {value}。',
};

type A11yMessages = typeof zh;

const en: A11yMessages = {
  subject: '{indicator} ({region})',
  controlName: '{subject}: {control}',
  typedName: '{subject}: {control}, typed ({unit})',
  valueGrowth: '{value} growth a year',
  valueVolatility: 'volatility {value} percentage points',
  valueWindow: 'history window {years} years',
  valueWindowYears: 'history window {years} years ({from}–{to})',
  neededName: '{subject}: set growth to {value}, what the {label} target needs',
  actualName: '{subject}, actual {year}: {value}; show its source',
  chartPoints: '{name}: chart values; left and right arrow keys read them point by point, Home and End go to the first and last',
  chartPoint: 'Point {index} of {count}: {text}',
  chartLineBreak: '; ',
  integerRangeRefused: 'Enter a whole number from {min} to {max}; {value} is still used.',
  integerFromRefused: 'Enter a whole number of at least {min}; {value} is still used.',
};

/** Screen-reader names and value texts, Chinese first. */
export const A11Y_MESSAGES: Record<Locale, A11yMessages> = { zh, en };
