// One answer per target, and which part of it leads. Three things may be said about a target, and
// they answer different questions: the verdict (the published figure against the target), the
// probability (the share of simulated paths that meet it) and the pace (the growth seen against the
// growth needed). Where the target's year is published the verdict leads, with what the model said
// then; otherwise the probability leads, with pace as a cue and, where the two point different ways,
// why they may. `targetAnswer` decides; `answerText` words it.
import { withTolerance } from './about-text.ts';
import { formatSignedPercent, numberFormat } from '../i18n/format.ts';
import type { Locale } from '../text/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { USER_MESSAGES } from '../i18n/user-messages.ts';
import { READING_MESSAGES } from '../i18n/reading-messages.ts';
import { likelihood, type Likelihood, type Pace, type Quality, type TargetAssessment, type Verdict, type VerdictReason } from '../model/index.ts';
import type { ScoreRow } from './notebook.ts';
import { targetId } from '../data/engine-input.ts';

/**
 * How the secondary cue stands against the lead: they agree (or nothing to compare), the outcome
 * went against the model's odds (`beat-odds`: met though under 33%; `missed-odds`: missed though at
 * least 66%), or pace and probability point different ways (`pace-ahead`: on track or achieved but
 * under 33%; `pace-behind`: short of the growth needed but at least 66%).
 */
export type AnswerTension = 'none' | 'beat-odds' | 'missed-odds' | 'pace-ahead' | 'pace-behind';

/** What is said about one target, and what leads. */
export interface TargetAnswer {
  /** `verdict` where the year is published, `probability` where the engine gave one, else `none`. */
  lead: 'verdict' | 'probability' | 'none';
  verdict: Verdict | null;
  /** The published figure the verdict rests on, with its quality. */
  actual: number | null;
  actualQuality: Quality | null;
  /** Set when the figure is the user's own (a year the publishers left empty), never a published one. */
  actualMine?: true;
  /** Why a published figure leaves the target undecided; null otherwise. */
  reason: VerdictReason | null;
  /** The share of paths meeting the target (finite), or null. */
  probability: number | null;
  likelihood: Likelihood | null;
  /** The year of the last figure the paths start from. */
  from: number | null;
  pace: Pace | null;
  tension: AnswerTension;
}

/** Pace words that say the growth seen is (nearly) enough, and those that say it is not. */
const PACE_AHEAD: ReadonlySet<Pace> = new Set(['achieved', 'on-track']);
const PACE_BEHIND: ReadonlySet<Pace> = new Set(['needs-acceleration', 'limited-progress', 'moving-away']);

/**
 * Decide what leads a target's answer. The published score wins over the engine's own reading of the
 * same year (it is what the scoreboard shows); without one, the assessment's verdict is used.
 *
 * @param t - The engine's assessment of the target.
 * @param score - The target's published score, if its year has a published value. Defaults to none.
 * @example targetAnswer(metIn2020, scoreRow).lead // 'verdict'
 */
export function targetAnswer(t: TargetAssessment, score: ScoreRow | null = null): TargetAnswer {
  const probability = t.probability !== null && Number.isFinite(t.probability) ? t.probability : null;
  const word = probability === null ? null : likelihood(probability);
  const verdict = score?.score.verdict ?? t.verdict;
  const actual = score?.actual.value ?? t.actual;
  const base = { probability, likelihood: word, from: probability === null ? null : t.last_actual_year };
  if (verdict !== null && actual !== null) {
    const beat = verdict === 'met' && probability !== null && probability < 0.33;
    const missed = verdict === 'missed' && probability !== null && probability >= 0.66;
    return {
      ...base,
      lead: 'verdict',
      verdict,
      actual,
      actualQuality: score?.actual.quality ?? t.actual_quality,
      ...(score?.actual.origin === 'user' ? { actualMine: true as const } : {}),
      reason: verdict === 'undetermined' ? (score?.score.reason ?? null) : null,
      pace: null,
      tension: beat ? 'beat-odds' : missed ? 'missed-odds' : 'none',
    };
  }
  const none = { verdict: null, actual: null, actualQuality: null, reason: null };
  if (probability === null) return { ...base, ...none, lead: 'none', pace: null, tension: 'none' };
  const pace = t.pace;
  const ahead = pace !== null && PACE_AHEAD.has(pace) && probability < 0.33;
  const behind = pace !== null && PACE_BEHIND.has(pace) && probability >= 0.66;
  return { ...base, ...none, lead: 'probability', pace, tension: ahead ? 'pace-ahead' : behind ? 'pace-behind' : 'none' };
}

/**
 * Format a probability to the whole percent, as the answer shows it. A run of 1,000 paths measures a
 * share near 50% to about ±1.6 points (√(0.25/1000)), 10,000 paths to ±0.5, and the assumptions
 * matter more than either, so a decimal would claim more than the paths carry. The figure never
 * contradicts its word: 65.99% is "about as likely as not", so it shows 65%, not 66%. What would round
 * to 0% is "below 1%", and to 100% "above 99%": no run of paths shows a target to be impossible or sure.
 *
 * @param p - A probability in [0, 1].
 * @param locale - zh or en.
 * @example formatProbability(0.062, 'en') // '6%'
 */
export function formatProbability(p: number, locale: Locale): string {
  const r = READING_MESSAGES[locale];
  const percent = (x: number) => numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  let whole = Math.round(p * 100);
  if (whole <= 0) return fill(r.below, { share: percent(0.01) });
  if (whole >= 100) return fill(r.above, { share: percent(0.99) });
  // The band edges are whole percents, so only rounding up can carry a figure across one (65.99 →
  // 66, out of "about as likely as not"); it then steps back inside its word's band.
  if (likelihood(whole / 100) !== likelihood(p)) whole -= 1;
  return percent(whole / 100);
}

/** A target's answer in words: the label, the lead and the sentences after it. */
export interface AnswerText {
  /** "2020 年目标 ≥3%：" */
  label: string;
  /** "已达成 · 实际 3.1%", or "很不可能 · 6%". */
  lead: string;
  /** Whole sentences after the lead: what the model said then, or pace and why it may differ. */
  notes: string[];
}

/**
 * Word a target's answer in the reader's language.
 *
 * @param answer - What `targetAnswer` decided.
 * @param t - The same assessment (its year, target and growths).
 * @param locale - zh or en.
 * @param format - Formats a value in the indicator's unit ("3.1%", "1.2万家").
 * @example answerText(targetAnswer(t, score), t, 'en', fmt).lead // 'Met · actual 3.1%'
 */
export function answerText(answer: TargetAnswer, t: TargetAssessment, locale: Locale, format: (value: number) => string): AnswerText {
  const m = MESSAGES[locale];
  const r = READING_MESSAGES[locale];
  const label = fill(r.targetLabel, { year: t.year, target: `${m.comparators[t.comparator]}${withTolerance(format(t.target), t, locale)}` });
  const share = answer.probability === null ? '' : formatProbability(answer.probability, locale);
  const word = answer.likelihood === null ? '' : m.status[answer.likelihood];
  if (answer.lead === 'verdict' && answer.verdict !== null && answer.actual !== null) {
    const quality = answer.actualQuality;
    // The user's own figure always says so: its rows are `final` to the engine, but it is no published value.
    const qualityText = answer.actualMine ? USER_MESSAGES[locale].mine : quality === null || quality === 'final' ? null : m.quality[quality];
    const figure = qualityText === null ? format(answer.actual) : fill(r.actualWithQuality, { actual: format(answer.actual), quality: qualityText });
    const notes: string[] = [];
    if (answer.reason !== null && m.reason[answer.reason] !== '') notes.push(fill(r.undecidedWhy, { reason: m.reason[answer.reason] }));
    if (answer.probability !== null) notes.push(fill(r.modelThen, { from: answer.from ?? '—', likelihood: word, probability: share }));
    if (answer.tension === 'beat-odds') notes.push(r.beatOdds);
    if (answer.tension === 'missed-odds') notes.push(r.missedOdds);
    return { label, lead: fill(r.verdictLead, { verdict: r.verdictWord[answer.verdict], actual: figure }), notes };
  }
  if (answer.lead === 'probability') {
    const growth = (x: number | null) => (x === null ? '—' : formatSignedPercent(x, locale));
    const notes: string[] = [];
    if (answer.pace !== null) notes.push(fill(r.pace, { pace: m.pace[answer.pace], needed: growth(t.required_growth), seen: growth(t.observed_growth) }));
    if (answer.tension === 'pace-ahead') notes.push(answer.pace === 'achieved' ? fill(r.paceAchievedLow, { year: t.year }) : r.paceAhead);
    if (answer.tension === 'pace-behind') notes.push(r.paceBehind);
    return { label, lead: fill(r.probabilityLead, { likelihood: capitalise(word, locale), probability: share }), notes };
  }
  return { label, lead: r.noAnswer, notes: [] };
}

/**
 * Index published scores by the engine's target id (`plan:line`, as `toEngineInput` writes it), so
 * each target finds its score.
 *
 * @param rows - The notebook's scores.
 */
export function scoresById(rows: readonly ScoreRow[]): Map<string, ScoreRow> {
  return new Map(rows.map((row) => [targetId(row.target), row]));
}

/** An English word at the head of the answer takes a capital; Chinese has none. */
function capitalise(word: string, locale: Locale): string {
  return locale === 'en' ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
