// The scenario box of a printed briefing: everything a reader handed the paper needs to tell the
// reader's own choices from the published figures, and the link that rebuilds the page.
import { ABOUT_MESSAGES } from '../i18n/about-messages.ts';
import { formatTolerance } from './about-text.ts';
import { planBaseYear } from '../data/plan-base-year.ts';
import type { IndicatorRow, PlanRow } from '../data/types.ts';
import { formatSignedValue, formatValue, numberFormat } from '../i18n/format.ts';
import type { Locale } from '../text/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { PRINT_MESSAGES } from '../i18n/print-messages.ts';
import { DEFAULT_WINDOW, type Assumption, type RuleName } from '../model/index.ts';
import { PLANS_AS_OF, type Scenario } from '../scenario/scenario.ts';
import { layerSummary } from '../user/layer-summary.ts';
import type { UserLayer } from '../user/layer.ts';
import { planName } from './plan-name.ts';
import { regionName } from './region-name.ts';

/** What the engine fits for a series when the reader sets nothing: the "from" of each change. */
export interface FittedSetting {
  rule: string;
  growth: number | null;
  increment: number | null;
  rate: number | null;
  ceiling: number | null;
  volatility: number | null;
  trendSd: number | null;
  window: number | null;
  persistence: number | null;
}

/** One line of the box: a label and what it says (several items for plans, changes, layers). */
export interface SummaryEntry {
  id: 'as-of' | 'horizon' | 'paths' | 'seed' | 'about-tolerance' | 'plans' | 'changes' | 'layers' | 'link';
  label: string;
  items: string[];
}

export interface ScenarioSummary {
  title: string;
  intro: string;
  entries: SummaryEntry[];
}

export interface ScenarioSummaryInput {
  scenario: Scenario;
  /** The plans whose targets are on the page; the scenario's `plans`, when it names some, picks among them. */
  plans: readonly PlanRow[];
  /** The indicators (published and the reader's) by id, for names and units. */
  indicators: ReadonlyMap<string, IndicatorRow>;
  /** The reader's layers. Defaults to none. */
  layers?: readonly UserLayer[];
  /** The page's address that reopens this scenario. */
  link: string;
  /**
   * The fitted settings by the scenario's own assumption keys, where known (`fittedSettings`). A
   * change without one says only the reader's value, never a guessed "from". Defaults to none.
   */
  fitted?: ReadonlyMap<string, FittedSetting>;
}

/**
 * Describe the scenario on the page: as-of (in the plans' view, each plan's base year), horizon,
 * paths, seed, the plans assessed, every assumption the reader changed (from the fitted or default
 * value to theirs, in the indicator's unit), the reader's layers and the page's link.
 *
 * @param input - The scenario, the plans and indicators it names, layers, link and fitted settings.
 * @param locale - zh or en.
 * @example scenarioSummary({ scenario, plans, indicators, link: 'http://localhost:4173/#s=1.…' }, 'en').entries[0]
 *   // { id: 'as-of', label: 'Data used', items: ['data up to 2018 (hindcast)'] }
 */
export function scenarioSummary(input: ScenarioSummaryInput, locale: Locale): ScenarioSummary {
  const p = PRINT_MESSAGES[locale];
  const { scenario } = input;
  const shown = scenario.plans.length > 0 ? scenario.plans : input.plans.map((plan) => plan.id);
  const names = shown.map((id) => planName(input.plans, id, locale));
  const sep = locale === 'zh' ? '、' : ', ';
  const layers = input.layers ?? [];
  const changes = Object.entries(scenario.indicators)
    .map(([key, assumption]) => describeChange(key, assumption, input, locale))
    .filter((line): line is string => line !== null);
  return {
    title: p.title,
    intro: p.intro,
    entries: [
      { id: 'as-of', label: p.asOf, items: asOfItems(scenario, input.plans, shown, locale) },
      { id: 'horizon', label: p.horizon, items: [fill(p.horizonYear, { year: scenario.horizon })] },
      { id: 'paths', label: p.paths, items: [fill(p.pathsValue, { paths: numberFormat(locale, {}).format(scenario.paths) })] },
      // A seed is an identifier, not a quantity: written without grouping, as it is typed.
      { id: 'seed', label: p.seed, items: [String(scenario.seed)] },
      // Only a changed tolerance is a line of the box: at the default (±2%) it says nothing new.
      ...(scenario.aboutTolerance === undefined ? [] : [{ id: 'about-tolerance' as const, label: ABOUT_MESSAGES[locale].summaryTolerance, items: [fill(ABOUT_MESSAGES[locale].summaryToleranceValue, { tolerance: formatTolerance(scenario.aboutTolerance, locale) })] }]),
      { id: 'plans', label: p.plans, items: [scenario.plans.length > 0 ? names.join(sep) : fill(p.plansAll, { names: names.join(sep) })] },
      { id: 'changes', label: p.changes, items: changes.length > 0 ? changes : [p.changesNone] },
      {
        id: 'layers',
        label: p.layers,
        items: layers.length > 0 ? layers.map((layer) => layerLine(layer, locale)) : [p.layersNone],
      },
      { id: 'link', label: p.link, items: [input.link] },
    ],
  };
}

/** One layer: its label and what it holds. */
function layerLine(layer: UserLayer, locale: Locale): string {
  const { actuals, targets, indicators } = layerSummary(layer);
  return fill(PRINT_MESSAGES[locale].layer, { label: layer.label, actuals, targets, indicators });
}

/** The data the projections start from; in the plans' view, one more item per plan for its base year. */
function asOfItems(scenario: Scenario, plans: readonly PlanRow[], shown: readonly string[], locale: Locale): string[] {
  const p = PRINT_MESSAGES[locale];
  if (scenario.asOf === null) return [p.asOfLatest];
  if (typeof scenario.asOf === 'number') return [fill(p.asOfYear, { year: scenario.asOf })];
  const bases = shown.map((id) => {
    const plan = plans.find((x) => x.id === id);
    const base = plan ? planBaseYear(plan) : null;
    const name = planName(plans, id, locale);
    return base ? fill(p.planBase, { plan: name, year: base.year }) : fill(p.planBaseNone, { plan: name });
  });
  return [scenario.asOf === PLANS_AS_OF ? p.asOfPlans : p.asOfLatest, ...bases];
}

/** One changed series in a sentence: its name and region, then each field the reader set, or null when none is set. */
function describeChange(key: string, assumption: Assumption, input: ScenarioSummaryInput, locale: Locale): string | null {
  const p = PRINT_MESSAGES[locale];
  const at = key.indexOf('@');
  const id = at < 0 ? key : key.slice(0, at);
  const indicator = input.indicators.get(id);
  const fields = describeFields(assumption, indicator, input.fitted?.get(key), locale);
  if (fields.length === 0) return null;
  return fill(p.change, {
    indicator: indicator ? (locale === 'zh' ? indicator.name_zh : indicator.name_en) : id,
    region: at < 0 ? p.allRegions : regionName(key.slice(at + 1), locale),
    what: fields.join(p.fieldSep),
  });
}

/** Each field the reader set, as "field from → to", in the field order of the assumption controls. */
function describeFields(a: Assumption, indicator: IndicatorRow | undefined, fitted: FittedSetting | undefined, locale: Locale): string[] {
  const p = PRINT_MESSAGES[locale];
  const m = MESSAGES[locale];
  const unit = indicator?.unit ?? 'ratio';
  const measure = indicator?.measure_zh;
  const signedPct = (x: number) => numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(x);
  const pct = (x: number) => numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(x);
  const plain = (x: number) => numberFormat(locale, { maximumFractionDigits: 3 }).format(x);
  const ruleName = (r: string) => (r in m.rules ? m.rules[r as RuleName] : m.rules.compound);
  const out: string[] = [];
  /** A field set by the reader: from the fitted value when known, else only what it was set to. */
  const push = (field: keyof typeof p.field, to: string, from: string | null) =>
    out.push(from === null ? fill(p.setTo, { field: p.field[field], to }) : fill(p.fromTo, { field: p.field[field], from, to }));
  const fittedOr = <T>(value: number | null | undefined, format: (x: number) => T): T | null => (value === null || value === undefined ? null : format(value));

  if (a.rule !== undefined) push('rule', ruleName(a.rule), ruleName(fitted?.rule ?? 'compound'));
  if (a.derive !== undefined) push('derive', a.derive, p.none);
  if (a.expression !== undefined) {
    const params = Object.entries(a.params ?? {}).map(([name, value]) => `${name} = ${plain(value)}`);
    push('expression', [a.expression, ...params].join(locale === 'zh' ? '，' : ', '), p.none);
  }
  if (a.growth !== undefined) push('growth', signedPct(a.growth), fittedOr(fitted?.growth, signedPct));
  const perYear = (x: number) => fill(p.perYear, { value: formatSignedValue(x, unit, locale, measure) });
  if (a.increment !== undefined) push('increment', perYear(a.increment), fittedOr(fitted?.increment, perYear));
  if (a.rate !== undefined) push('rate', plain(a.rate), fittedOr(fitted?.rate, plain));
  const level = (x: number) => formatValue(x, unit, locale, measure);
  if (a.ceiling !== undefined) push('ceiling', level(a.ceiling), fittedOr(fitted?.ceiling ?? indicator?.upper_bound, level));
  if (a.volatility !== undefined) push('volatility', pct(a.volatility), fittedOr(fitted?.volatility, pct));
  if (a.trendSd !== undefined) push('trendSd', fill(p.perYear, { value: pct(a.trendSd) }), fittedOr(fitted?.trendSd, (x) => fill(p.perYear, { value: pct(x) })));
  const years = (x: number) => fill(p.years, { count: x });
  // The window and persistence have fixed defaults, so their "from" is known without a fit.
  if (a.window !== undefined) push('window', years(a.window), years(fitted?.window ?? DEFAULT_WINDOW));
  if (a.persistence !== undefined) push('persistence', plain(a.persistence), plain(fitted?.persistence ?? 0));
  if (a.shocks !== undefined) {
    const shocks = a.shocks.map((s) => fill(p.shock, { year: s.year, size: signedPct(s.size) }));
    push('shocks', shocks.length > 0 ? shocks.join(locale === 'zh' ? '，' : ', ') : p.none, p.none);
  }
  return out;
}
