import { POOLED_BELOW, type Assumption, type RuleName, type SeriesProjection } from '../../model/index.ts';
import { ASSUMPTION_NUMBERS } from '../../scenario/scenario.ts';
import { numberFormat } from '../../i18n/format.ts';
import type { Locale } from '../../text/locale.ts';
import { fill, MESSAGES } from '../../i18n/messages.ts';

/** The controls a user sees for one series, in display units (percent for rates). */
export interface ControlValues {
  rule: RuleName;
  /** Compound growth, percent per year. */
  growthPct: number;
  /** σ of yearly log growth, in percent. */
  volatilityPct: number;
  window: number;
}

/** Each control's model field and its factor from display units (percent) to the model's. */
const FIELDS = { growthPct: ['growth', 100], volatilityPct: ['volatility', 100], window: ['window', 1] } as const;

/**
 * Read what the controls show: the user's assumption where set, else what the engine fitted.
 *
 * @param projection - The engine's projection for the series (its fitted parameters).
 * @param assumption - The user's assumption, if any.
 */
export function controlValues(projection: SeriesProjection | null, assumption: Assumption | undefined): ControlValues {
  return {
    rule: assumption?.rule ?? (projection?.rule as RuleName | undefined) ?? 'compound',
    growthPct: round1(100 * (assumption?.growth ?? projection?.growth ?? projection?.observedGrowth ?? 0)),
    volatilityPct: round1(100 * (assumption?.volatility ?? projection?.sigma ?? 0)),
    window: assumption?.window ?? projection?.window ?? 5,
  };
}

/**
 * Return the assumption after one control changed. A number that is not finite leaves the
 * assumption as it was; one outside the model's limits is clamped to them.
 *
 * @param current - The assumption now (may be undefined: all defaults).
 * @param field - The control that changed.
 * @param value - Its new value in display units.
 */
export function withControl(current: Assumption | undefined, field: keyof ControlValues, value: number | RuleName): Assumption {
  const next: Assumption = { ...current };
  if (field === 'rule') {
    next.rule = value as RuleName;
    return next;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return next;
  const [name, factor] = FIELDS[field];
  // The scenario schema's ranges, so the controls never make a scenario a link could not reopen.
  const [lo, hi] = ASSUMPTION_NUMBERS[name] ?? [-Infinity, Infinity];
  const clamped = Math.min(hi, Math.max(lo, value / factor));
  next[name] = name === 'window' ? Math.round(clamped) : clamped;
  return next;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The shock a new shock control starts with: a 10% lower level in the chosen year. */
export const DEFAULT_SHOCK_PCT = -10;

/**
 * Set or clear the one-off shock the controls edit (the first in the list; others are kept).
 *
 * @param current - The assumption now.
 * @param year - The shock's year, or null for none.
 * @param pct - The change of that year's level in percent, e.g. −10; kept above −99.
 */
export function withShock(current: Assumption | undefined, year: number | null, pct: number): Assumption {
  const next: Assumption = { ...current };
  const rest = (current?.shocks ?? []).slice(1);
  if (year === null || !Number.isFinite(pct)) {
    if (rest.length > 0) next.shocks = rest;
    else delete next.shocks;
    return next;
  }
  next.shocks = [{ year, size: Math.max(-99, Math.min(900, pct)) / 100 }, ...rest];
  return next;
}

/**
 * Say, in the reader's language, what the fitted defaults rest on: the growth history shows against
 * the growth used and why (its own history, pulled toward similar indicators with its evidence
 * weight, borrowed from them, or the user's), then σ and the uncertainty of the trend itself.
 *
 * @param projection - The engine's projection for the series.
 * @param assumption - The user's assumption, if any (what the user set is said to be theirs).
 * @param locale - The reader's language.
 * @returns Zero to two sentences; none without a projection.
 */
export function fitBasisLines(projection: SeriesProjection | null, assumption: Assumption | undefined, locale: Locale): string[] {
  const basis = projection?.basis;
  if (!projection || !basis) return [];
  const m = MESSAGES[locale];
  const lines: string[] = [];
  const growth = (g: number) => numberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: Math.abs(g) < 0.1 ? 1 : 0 }).format(g);
  const share = (x: number, digits: number) => numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(x);
  const used = assumption?.growth ?? basis.growthUsed;
  if (used !== null && used !== undefined) {
    const weight = basis.evidenceWeight;
    const reason = assumption?.growth !== undefined || weight === null ? 'user' : weight === 0 ? 'kind' : weight < POOLED_BELOW ? 'shrunk' : 'own';
    const years = basis.fitYears === 1 ? m.basisYear : fill(m.basisYears, { count: basis.fitYears ?? 0 });
    const why = fill(m.basisWhy[reason], { weight: share(weight ?? 0, 0), points: basis.fitPoints, years });
    lines.push(
      basis.growthSeen === null || reason === 'kind'
        ? fill(m.basisGrowthNoSeen, { used: growth(used), why })
        : fill(m.basisGrowth, { seen: growth(basis.growthSeen), used: growth(used), why }),
    );
  }
  const sigma = assumption?.volatility ?? projection.sigma;
  if (sigma !== null) {
    const source = assumption?.volatility !== undefined ? 'user' : basis.sigmaSource;
    const trend = assumption?.trendSd ?? basis.driftSd;
    lines.push(fill(m.basisSpread, { sigma: share(sigma, 1), why: m.basisSigmaWhy[source], trend: share(trend, 1) }));
  }
  return lines;
}
