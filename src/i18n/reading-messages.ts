import type { Locale } from '../text/locale.ts';

/**
 * Sentences for reading the answers: each target's one answer (verdict or probability first), the
 * key that says what verdict, probability and pace mean, and the opening summary's two sentences.
 * Kept apart from the notebook's messages so each file stays readable.
 */
const zh = {
  /** Before a target's answer: which target. */
  targetLabel: '{year} 年目标 {target}：',
  verdictWord: { met: '已达成', missed: '未达成', undetermined: '无法判定' },
  /** The answer when the target's year is published: the verdict, then the figure. */
  verdictLead: '{verdict} · 实际 {actual}',
  /** A published figure that is not final, with its quality word. */
  actualWithQuality: '{actual}（{quality}）',
  /** The answer for a year still ahead of the data: the likelihood word, then the rounded probability. */
  probabilityLead: '{likelihood} · {probability}',
  below: '低于{share}',
  above: '高于{share}',
  modelThen: '模型按截至 {from} 年的数据，当时评为“{likelihood}”（{probability}）。',
  beatOdds: '结果好于模型当时的判断。',
  missedOdds: '结果不及模型当时的判断。',
  undecidedWhy: '原因：{reason}。',
  pace: '进度：{pace}（需年增 {needed}，此前年增 {seen}）。',
  paceAhead: '进度与概率为何不同：进度只看此前的增速是否（接近）够用；概率按模拟路径所假设的增速及其不确定性计算，假设的增速低于此前，或仍略低于所需时，概率就低。',
  paceBehind: '进度与概率为何不同：进度只看此前的增速；模拟路径所假设的增速可能高于此前（向同类指标收缩、情景预设或你的假设），所以概率较高。',
  paceAchievedLow: '进度与概率为何不同：最新数值已达标，但不少模拟路径到 {year} 年又不再达标。',
  noAnswer: '暂无结论：该年尚无公布数据，模型也未给出概率。',

  keyTitle: '怎样读每个目标的结论',
  keyLead: '目标年份已有公布数据的，先给判定；其余先给达成概率，进度作参考。',
  keyVerdict: '判定',
  keyVerdictText: '后来公布的数值与目标相比：已达成、未达成，或因公布值只是取整值或下限而无法判定。',
  keyProbability: '达成概率',
  keyProbabilityText: '模拟路径中达标的比例，计入了增速假设、波动和趋势本身的不确定性，取整到百分之一；用词按IPCC可能性等级：{scale}。',
  keyPace: '进度',
  keyPaceText: '此前实际增速与达标所需增速之比：{scale}；最新数值已达标的记为“{achieved}”。',
  keyDiffer: '为何可能不同',
  keyDifferText: '进度只比较所需增速与此前的增速；概率来自模拟路径，其增速假设可能与此前不同（向同类指标收缩、情景预设或你的假设），并计入不确定性；判定是后来公布的数值。三者回答不同的问题，不必一致。',
  keyBadges: '数据标记',
  /** Between the key's title and its rule, and after each badge's explanation. */
  keyColon: '：',
  keyBadgeEnd: '。',
  /** One entry of a scale: “很可能（90%–99%）”. */
  scaleEntry: '{word}（{range}）',
  scaleJoin: '，',

  summaryVerdicts:
    '{plans} 份规划对 {indicators} 个指标列出 {targets} 项量化目标（不含政策参数与资金安排）：已达成 {met} 项，未达成 {missed} 项，尚无法判定 {open} 项（{pending} 项的年份尚无公布数据，{undetermined} 项的公布值为下限或取整值）。',
  summaryOutlook: '在“{scenario}”情景下，模型对 {projected} {noun}给出达成概率：{likely} 项可能达成（66%及以上），{even} 项可能性约一半（33%–66%），{unlikely} 项不太可能（低于33%）。',
  /** The noun after the count of targets, by the count's plural category (Intl.PluralRules). */
  targetNoun: { one: '项目标', other: '项目标' },
  /** Stands in for a count the engine has not given yet. */
  countPending: '…',
};

type ReadingMessages = typeof zh;

const en: ReadingMessages = {
  targetLabel: '{year} target {target}:',
  verdictWord: { met: 'Met', missed: 'Missed', undetermined: 'Undecidable' },
  verdictLead: '{verdict} · actual {actual}',
  actualWithQuality: '{actual} ({quality})',
  probabilityLead: '{likelihood} · {probability}',
  below: 'below {share}',
  above: 'above {share}',
  modelThen: 'From the data up to {from}, the model then rated it {likelihood} ({probability}).',
  beatOdds: 'The outcome beat the model’s odds.',
  missedOdds: 'The outcome fell short of the model’s odds.',
  undecidedWhy: 'Because {reason}.',
  pace: 'Pace: {pace} (needs {needed} a year, seen {seen}).',
  paceAhead:
    'Why pace and probability differ: pace asks only whether the growth seen is (nearly) enough; the probability follows the growth the paths assume and its uncertainty, and is low when that growth is below the growth seen, or still a little short of what is needed.',
  paceBehind:
    'Why pace and probability differ: pace looks only at the growth seen; the paths may assume faster growth (pulled toward similar indicators, a preset, or your assumption), so the probability is higher.',
  paceAchievedLow: 'Why pace and probability differ: the latest figure already meets the target, but many paths no longer meet it by {year}.',
  noAnswer: 'No answer yet: the year has no published figure, and the model gives no probability.',

  keyTitle: 'How to read each target’s answer',
  keyLead: 'Where the target’s year is published, the verdict comes first; otherwise the probability, with pace as a cue.',
  keyVerdict: 'Verdict',
  keyVerdictText: 'The figure published later against the target: met, missed, or undecidable when the figure is only rounded or a lower bound.',
  keyProbability: 'Probability',
  keyProbabilityText:
    'The share of simulated paths that meet the target, counting the growth assumed, its spread and the uncertainty of the trend itself, to the whole percent; worded on the IPCC likelihood scale: {scale}.',
  keyPace: 'Pace',
  keyPaceText: 'The growth seen against the growth needed: {scale}; “{achieved}” where the latest figure already meets the target.',
  keyDiffer: 'Why they may differ',
  keyDifferText:
    'Pace compares the growth needed with the growth seen; the probability comes from the simulated paths, whose growth may differ from the past (pulled toward similar indicators, a preset, or your assumption), uncertainty included; the verdict is the figure published later. They answer different questions and need not agree.',
  keyBadges: 'Data badges',
  keyColon: ': ',
  keyBadgeEnd: '.',
  scaleEntry: '{word} ({range})',
  scaleJoin: ', ',

  summaryVerdicts:
    'The {plans} plans set {targets} quantified targets on {indicators} indicators (policy parameters and funding aside): {met} met, {missed} missed and {open} not yet decidable ({pending} in years without published data, {undetermined} with only a lower-bound or rounded figure).',
  summaryOutlook:
    'In the scenario “{scenario}”, the model gives a probability for {projected} {noun}: {likely} likely (66% or more), {even} about as likely as not (33–66%) and {unlikely} unlikely (below 33%).',
  targetNoun: { one: 'target', other: 'targets' },
  countPending: '…',
};

export const READING_MESSAGES: Record<Locale, ReadingMessages> = { zh, en };
