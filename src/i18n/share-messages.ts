import type { Locale } from './locale.ts';

/**
 * Sentences for sharing: chart summaries (captions and alt text), downloads, the embed page and
 * the data-changed comparison. Kept apart from the notebook's messages so each file stays readable.
 */
const zh = {
  /** Comparator words inside a sentence: “要求2020年达到1.2万家”. */
  reach: { '>=': '达到', '<=': '不超过', '==': '为' },
  summaryAhead: '{region}{indicator}：{plan}要求{year}年{reach}{target}，本情景下达成概率{probability}（{status}）',
  summaryGrowth: '；需年均增长{needed}，此前实际年均增长{seen}',
  summaryDecided: '{region}{indicator}：{plan}要求{year}年{reach}{target}，实际为{actual}，{verdict}',
  summaryPendingTarget: '{region}{indicator}：{plan}要求{year}年{reach}{target}；最新公布数据为{lastYear}年的{last}',
  summaryDataOnly: '{region}{indicator}：已公布{first}–{last}年数据，最新为{last}年的{value}',
  summaryUserData: '{region}{indicator}（我的数据）：已导入{first}–{last}年数据，最新为{last}年的{value}',
  summaryFormula: '{region}{indicator}（按公式计算）：由公布数据算得{first}–{last}年的值，最新为{last}年的{value}',
  derivedNote: '此指标由公式逐条路径计算：{formula}；其不确定性来自各组成指标的假设。',
  summaryGaps: '（其中{count}年缺数）',
  verdict: { met: '已达成', missed: '未达成', undetermined: '因公布值为取整值或下限而无法判定' },
  stop: '。',
  downloads: '下载与分享',
  downloadSvg: 'SVG矢量图',
  downloadPng: 'PNG图片（2倍）',
  downloadCsv: '图表数据CSV',
  copyEmbed: '复制嵌入代码',
  copied: '已复制嵌入代码',
  copyFailed: '无法写入剪贴板，请手动复制下面的代码：',
  scoreboardCsv: '下载记分表CSV',
  sourceLine: '数据：{publishers}',
  targetsLine: '目标：{plans}',
  modelLine: '模型区间：Targetline情景，{paths}条路径，种子{seed}，截至{asOf}',
  asOfLatest: '最新数据',
  linkLine: '完整笔记本：',
  embedOpen: '在Targetline中打开完整笔记本',
  embedUnknownChart: '嵌入链接中的图表“{chart}”不存在，请检查 chart= 参数。',
  embedNoChart: '嵌入链接缺少 chart= 参数（例如 chart=hightech_enterprises）。',
  embedComputing: '正在计算模型区间…',
  dataChangedTitle: '此链接生成后数据已更新',
  dataChangedIntro: '链接记录了生成时的结果。下表把当时的达成概率与按今天数据计算的结果并列；两者不同，是因为数据变了，而非假设变了。',
  dataChangedNoDigits: '此链接未记录生成时的结果，只能按今天的数据计算。',
  colThen: '链接生成时',
  colNow: '今天的数据',
};

type ShareMessages = typeof zh;

const en: ShareMessages = {
  reach: { '>=': 'at least ', '<=': 'at most ', '==': '' },
  summaryAhead: '{indicator}, {region}: the {plan} target of {reach}{target} in {year} has a {probability} probability in this scenario ({status})',
  summaryGrowth: '; it needs {needed} growth a year against {seen} seen so far',
  summaryDecided: '{indicator}, {region}: the {plan} target of {reach}{target} for {year} was {verdict} (actual {actual})',
  summaryPendingTarget: '{indicator}, {region}: the {plan} target is {reach}{target} in {year}; the latest published value is {last} for {lastYear}',
  summaryDataOnly: '{indicator}, {region}: published {first}–{last}, latest {value} for {last}',
  summaryUserData: '{indicator}, {region} (my data): imported {first}–{last}, latest {value} for {last}',
  summaryFormula: '{indicator}, {region} (by formula): computed from published figures for {first}–{last}, latest {value} for {last}',
  derivedNote: 'Computed path by path from the formula {formula}; its uncertainty comes from the assumptions of its parts.',
  summaryGaps: ' ({count} years missing)',
  verdict: { met: 'met', missed: 'missed', undetermined: 'undecidable from the rounded or lower-bound figure' },
  stop: '.',
  downloads: 'Download and share',
  downloadSvg: 'SVG',
  downloadPng: 'PNG (2×)',
  downloadCsv: 'Chart data (CSV)',
  copyEmbed: 'Copy embed code',
  copied: 'Embed code copied',
  copyFailed: 'The clipboard is not available; copy the code below:',
  scoreboardCsv: 'Download scoreboard (CSV)',
  sourceLine: 'Data: {publishers}',
  targetsLine: 'Targets: {plans}',
  modelLine: 'Model band: Targetline scenario, {paths} paths, seed {seed}, as of {asOf}',
  asOfLatest: 'latest data',
  linkLine: 'Full notebook: ',
  embedOpen: 'Open the full notebook in Targetline',
  embedUnknownChart: 'The chart “{chart}” in this embed link does not exist; check the chart= parameter.',
  embedNoChart: 'This embed link has no chart= parameter (e.g. chart=hightech_enterprises).',
  embedComputing: 'Computing the model band…',
  dataChangedTitle: 'The data has changed since this link was made',
  dataChangedIntro: 'The link recorded its results. The table sets the probabilities then beside those on today’s data; where they differ, the data changed, not the assumptions.',
  dataChangedNoDigits: 'This link did not record its results; only today’s data can be computed.',
  colThen: 'When the link was made',
  colNow: 'On today’s data',
};

export const SHARE_MESSAGES: Record<Locale, ShareMessages> = { zh, en };
