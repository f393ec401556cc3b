import type { Locale } from '../text/locale.ts';

/**
 * Sentences about how a chart is drawn: where the model band is cut at the frame, the log scale
 * that shows it whole, and why a chart cannot have one. Kept apart from the notebook's messages so
 * each file stays readable.
 */
const zh = {
  /** Printed on a linear chart whose band runs above the frame, when a log scale can draw it. */
  fanCut: '模型区间在图框处截断，对数刻度可显示全貌',
  /** The same, when a log scale cannot draw the chart (see `logProblem`). */
  fanCutOnly: '模型区间在图框处截断',
  /** Why a chart asked for a log scale is still linear. */
  logProblem: {
    'non-positive-value': '有公布值为零或负数，对数刻度无法绘制，仍用线性刻度',
    'non-positive-target': '有目标值为零或负数，对数刻度无法绘制，仍用线性刻度',
    'non-positive-band': '模型区间含零或负数，对数刻度无法绘制，仍用线性刻度',
  },
  /** Added to the value axis's title: “企业数（家，对数刻度）”. */
  logAxis: '对数刻度',
  /** The switch's label; pressed, the chart is drawn in log scale. */
  scaleSwitch: '对数刻度',
  /** The one sentence beside the switch that says why it is offered. */
  scaleSwitchWhy: '模型区间超出图框：改用对数刻度可看全',
};

type ChartMessages = typeof zh;

const en: ChartMessages = {
  fanCut: 'The model band is cut at the frame; the log scale shows it whole',
  fanCutOnly: 'The model band is cut at the frame',
  logProblem: {
    'non-positive-value': 'A published value is zero or negative, which a log scale cannot draw: linear scale kept',
    'non-positive-target': 'A target is zero or negative, which a log scale cannot draw: linear scale kept',
    'non-positive-band': 'The model band reaches zero or below, which a log scale cannot draw: linear scale kept',
  },
  logAxis: 'log scale',
  scaleSwitch: 'Log scale',
  scaleSwitchWhy: 'The model band runs past the frame: the log scale shows all of it',
};

export const CHART_MESSAGES: Record<Locale, ChartMessages> = { zh, en };
