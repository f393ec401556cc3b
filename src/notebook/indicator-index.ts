import type { TargetRow } from '../data/types.ts';
import type { Locale } from '../text/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { PICKER_MESSAGES } from '../i18n/picker-messages.ts';
import type { Likelihood, TargetAssessment, Verdict } from '../model/index.ts';
import type { AreaGroup, IndicatorView, ScoreRow } from './notebook.ts';
import { targetId } from '../data/engine-input.ts';
import { gapYears, listYears } from './target-gap.ts';

/** What an indicator's targets stand at, counted target by target. */
export interface StatusSummary {
  /** The targets the indicator's row shows. */
  targets: number;
  /** Published verdicts: targets whose year has a value. */
  verdicts: Record<Verdict, number>;
  /** Projected targets by likelihood word, most likely first; words no target has are left out. */
  likelihoods: { likelihood: Likelihood; count: number }[];
  /** Targets with neither a published verdict nor a projection (not run yet, or nothing to run from). */
  unassessed: number;
}

/** One line of the notebook's contents: an indicator in one region. */
export interface IndicatorEntry {
  /** The series key `id@region`, as in the element id `ind-<key>`. */
  key: string;
  indicatorId: string;
  name_zh: string;
  name_en: string;
  region: string;
  /** The heading it sits under: `focal`, an action area, or `user` for the reader's own indicators. */
  area: string;
  /** Whether any value is published (or imported); an indicator without one has no chart. */
  hasData: boolean;
  status: StatusSummary;
  /** Target years no value covers, published or the user's (`gapYears`), ascending. */
  missingYears: number[];
}

/** What `indexIndicators` reads besides the views; every field may be left out. */
export interface IndexOptions {
  /** The notebook's scores (`Notebook.scores`, of the notebook the views come from). Defaults to none. */
  scores?: readonly ScoreRow[];
  /** The engine's projected targets by series key (`ShownResults.assessments`). Defaults to none: no likelihood words. */
  assessments?: ReadonlyMap<string, readonly TargetAssessment[]>;
  /**
   * The action areas in the catalogue's order (each indicator's `action_area`, first seen first), so
   * an area whose indicators all lack data sits where the catalogue puts it. Defaults to placing such
   * an area before the next charted area that the views without data name after it.
   */
  areaOrder?: readonly string[];
  /** The last year a figure could be published for; later target years are not counted missing. Defaults to every year. */
  gapThrough?: number;
}

// Every word, so a new one fails to compile here until it has a place in the order.
const LIKELIHOOD_RANK: Record<Likelihood, number> = {
  'virtually-certain': 0,
  'very-likely': 1,
  likely: 2,
  'about-as-likely-as-not': 3,
  unlikely: 4,
  'very-unlikely': 5,
};

const isLikelihood = (status: string): status is Likelihood => status in LIKELIHOOD_RANK;

/** The engine's id of a target; src/data/engine-input.ts names targets the same way. */

/**
 * List every indicator of the notebook for its contents: the charted views in their order, under
 * their headings, with the views without data placed under their own action area after the charted
 * ones. Each entry counts its targets' published verdicts and, when a result is given, the likelihood
 * words of its projected targets. A hindcast target is counted twice: what happened and what the model
 * said from before it.
 *
 * @param groups - The charted views by heading (`groupByArea`, as `NotebookVM.areaGroups`).
 * @param uncharted - Views with targets and no published value (`Notebook.uncharted`).
 * @param options - Scores, the engine's assessments and the areas' order; see {@link IndexOptions}. Defaults to none of them.
 * @example indexIndicators(vm.areaGroups, vm.notebook.uncharted, { scores: vm.notebook.scores, assessments: vm.shown.assessments })
 */
export function indexIndicators(groups: readonly AreaGroup[], uncharted: readonly IndicatorView[], options: IndexOptions = {}): IndicatorEntry[] {
  const verdictOf = new Map((options.scores ?? []).map((s) => [s.target, s.score.verdict]));
  const entry = (view: IndicatorView, area: string, hasData: boolean): IndicatorEntry => ({
    key: view.key,
    indicatorId: view.indicator.id,
    name_zh: view.indicator.name_zh,
    name_en: view.indicator.name_en,
    region: view.region,
    area,
    hasData,
    status: summarise(view.targets, verdictOf, options.assessments?.get(view.key) ?? []),
    missingYears: gapYears(view, options.gapThrough),
  });
  const byArea = new Map<string, IndicatorEntry[]>();
  const add = (e: IndicatorEntry) => {
    const list = byArea.get(e.area);
    if (list) list.push(e);
    else byArea.set(e.area, [e]);
  };
  for (const g of groups) for (const v of g.views) add(entry(v, g.area, true));
  const charted = [...byArea.keys()];
  const noData = uncharted.map((v) => entry(v, areaOf(v), false));
  noData.forEach(add);
  const order = options.areaOrder ? sortAreas([...byArea.keys()], options.areaOrder) : placeAreas(charted, noData.map((e) => e.area));
  return order.flatMap((area) => byArea.get(area) ?? []);
}

/** Focal first, then the catalogue's order; an area the catalogue does not name keeps its place after those it names. */
function sortAreas(areas: readonly string[], catalogue: readonly string[]): string[] {
  const rank = (area: string) => (area === 'focal' ? -1 : catalogue.includes(area) ? catalogue.indexOf(area) : catalogue.length + areas.indexOf(area));
  return [...areas].sort((a, b) => rank(a) - rank(b));
}

/**
 * Without the catalogue's order: an area with no chart goes before the first charted area that
 * follows it among the views without data, which `buildNotebook` sorted in the same order.
 */
function placeAreas(charted: readonly string[], noData: readonly string[]): string[] {
  const order = [...charted];
  const seen = noData.filter((a, i) => noData.indexOf(a) === i);
  seen.forEach((area, i) => {
    if (order.includes(area)) return;
    const next = seen.slice(i + 1).find((a) => charted.includes(a));
    order.splice(next === undefined ? order.length : order.indexOf(next), 0, area);
  });
  return order;
}

/** The heading a view sits under, as `groupByArea` chooses it. */
function areaOf(view: IndicatorView): string {
  return view.indicator.focal === 'yes' ? 'focal' : view.indicator.action_area;
}

function summarise(targets: readonly TargetRow[], verdictOf: ReadonlyMap<TargetRow, Verdict>, assessments: readonly TargetAssessment[]): StatusSummary {
  const projected = new Map<string, Likelihood>();
  for (const a of assessments) if (isLikelihood(a.status)) projected.set(a.id, a.status);
  const verdicts: Record<Verdict, number> = { met: 0, missed: 0, undetermined: 0 };
  const words = new Map<Likelihood, number>();
  let unassessed = 0;
  for (const t of targets) {
    const verdict = verdictOf.get(t);
    const word = projected.get(targetId(t));
    if (verdict) verdicts[verdict]++;
    if (word) words.set(word, (words.get(word) ?? 0) + 1);
    if (!verdict && !word) unassessed++;
  }
  const likelihoods = [...words].map(([likelihood, count]) => ({ likelihood, count })).sort((a, b) => LIKELIHOOD_RANK[a.likelihood] - LIKELIHOOD_RANK[b.likelihood]);
  return { targets: targets.length, verdicts, likelihoods, unassessed };
}

/**
 * Word an entry's status compactly: “2 个目标 · 1 已达成 · 模型：1 很可能 · 缺2021年公布数据”,
 * “3 targets · no data · missing 2019, 2020, 2021”.
 *
 * @param entry - An entry of {@link indexIndicators}.
 * @param locale - zh or en.
 */
export function describeStatus(entry: IndicatorEntry, locale: Locale): string {
  const p = PICKER_MESSAGES[locale];
  const words = MESSAGES[locale].status;
  const { status } = entry;
  const parts = [status.targets === 0 ? p.noTargets : fill(status.targets === 1 ? p.oneTarget : p.targets, { count: status.targets })];
  const years = listYears(entry.missingYears, locale);
  if (!entry.hasData) return [...parts, p.noData, ...(years ? [fill(p.missingShort, { years })] : [])].join(p.separator);
  for (const verdict of ['met', 'missed', 'undetermined'] as const) {
    const count = status.verdicts[verdict];
    if (count > 0) parts.push(fill(p.count, { count, status: words[verdict] }));
  }
  status.likelihoods.forEach(({ likelihood, count }, i) => {
    const part = fill(p.count, { count, status: words[likelihood] });
    parts.push(i === 0 ? p.model + part : part);
  });
  if (years) parts.push(fill(p.missing, { years }));
  return parts.join(p.separator);
}

/** The entries of one heading, in the order a search ranked them. */
export interface EntryGroup {
  area: string;
  entries: IndicatorEntry[];
}

/**
 * Group entries under their headings, each heading where its first entry is: with the index order
 * this is the notebook's order, with a search's the heading of the best match comes first.
 *
 * @param entries - Entries in the order to show them.
 */
export function groupEntries(entries: readonly IndicatorEntry[]): EntryGroup[] {
  const groups = new Map<string, IndicatorEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.area);
    if (list) list.push(e);
    else groups.set(e.area, [e]);
  }
  return [...groups].map(([area, list]) => ({ area, entries: list }));
}
