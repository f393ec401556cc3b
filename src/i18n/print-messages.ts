import type { Locale } from '../text/locale.ts';

/**
 * The scenario box a printed briefing opens with: what the numbers on the page assume, so a reader
 * handed the paper can tell the reader's own choices from the published figures and rebuild the page.
 */
const zh = {
  title: '本页情景',
  intro: '以下是本页数字所依据的设定；未列出的假设均按历史拟合。',
  asOf: '起点数据',
  asOfPlans: '各规划编制时的数据（回测）',
  asOfLatest: '最新公布数据',
  asOfYear: '截至 {year} 年的数据（回测）',
  /** One plan's base year in the plans' view. */
  planBase: '{plan}：截至 {year} 年',
  planBaseNone: '{plan}：文本未载日期，按最新数据',
  horizon: '预测至',
  horizonYear: '{year} 年',
  paths: '模拟路径',
  pathsValue: '{paths} 条',
  seed: '随机种子',
  plans: '所评估的规划',
  plansAll: '全部（{names}）',
  changes: '你改动的假设',
  changesNone: '无：全部按历史拟合',
  /** One changed assumption: the series, then what changed. */
  change: '{indicator} · {region}：{what}',
  allRegions: '所有地区',
  /** One field: from the fitted or default value to the reader's. */
  fromTo: '{field} {from} → {to}',
  /** A field whose fitted value this page could not work out: only the reader's value is said. */
  setTo: '{field} 设为 {to}（原为拟合值）',
  fieldSep: '；',
  field: {
    rule: '增长规则',
    growth: '年增长率',
    increment: '年增量',
    rate: '逻辑斯蒂增长率',
    ceiling: '上限',
    volatility: '波动（σ）',
    trendSd: '趋势不确定性',
    window: '历史窗口',
    persistence: '冲击持续性 ρ',
    shocks: '一次性冲击',
    expression: '自定义公式',
    derive: '计算公式',
  },
  years: '{count} 年',
  perYear: '{value}/年',
  shock: '{year} 年 {size}',
  none: '无',
  layers: '我的数据',
  layersNone: '无：只有公布数据',
  layer: '{label}：{actuals} 个数值、{targets} 项目标、{indicators} 个自定义指标',
  link: '本页链接',
};

type PrintMessages = typeof zh;

const en: PrintMessages = {
  title: 'Scenario on this page',
  intro: 'What the numbers on this page rest on; every assumption not listed is fitted to history.',
  asOf: 'Data used',
  asOfPlans: 'the data each plan was written with (hindcast)',
  asOfLatest: 'the latest published data',
  asOfYear: 'data up to {year} (hindcast)',
  planBase: '{plan}: data up to {year}',
  planBaseNone: '{plan}: the text gives no date, so the latest data',
  horizon: 'Projected to',
  horizonYear: '{year}',
  paths: 'Simulated paths',
  pathsValue: '{paths}',
  seed: 'Random seed',
  plans: 'Plans assessed',
  plansAll: 'all ({names})',
  changes: 'Assumptions you changed',
  changesNone: 'none: all fitted to history',
  change: '{indicator} · {region}: {what}',
  allRegions: 'all regions',
  fromTo: '{field} {from} → {to}',
  setTo: '{field} set to {to} (was the fitted value)',
  fieldSep: '; ',
  field: {
    rule: 'growth rule',
    growth: 'growth a year',
    increment: 'increment a year',
    rate: 'logistic rate',
    ceiling: 'ceiling',
    volatility: 'volatility (σ)',
    trendSd: 'trend uncertainty',
    window: 'history window',
    persistence: 'shock persistence ρ',
    shocks: 'one-off shock',
    expression: 'custom formula',
    derive: 'formula',
  },
  years: '{count} years',
  perYear: '{value} a year',
  shock: '{year} {size}',
  none: 'none',
  layers: 'Your data',
  layersNone: 'none: published data only',
  // Counts after their nouns, so one and many read alike.
  layer: '{label}: values {actuals}, targets {targets}, custom indicators {indicators}',
  link: 'Link to this page',
};

/** The printed scenario box's words by language. */
export const PRINT_MESSAGES: Record<Locale, PrintMessages> = { zh, en };
