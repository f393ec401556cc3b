import { maybeLocale, type Locale } from '../text/locale.ts';
import { decodeLink, type LinkDetail, type LinkProblem } from './link-codec.ts';
import type { Scenario } from './scenario.ts';

/** What an address fragment (`#s=…&a=…&lang=…&chart=…`) carries. */
export interface AddressScenarios {
  scenario: Scenario | null;
  /** The pinned comparison scenario A (`a=`), when the link carries one. */
  comparison: Scenario | null;
  problem: LinkProblem | null;
  /** What the refused link held that could not be accepted, by path (`a.` in front for the pinned scenario). */
  problemDetails: LinkDetail[];
  /** The data version the link was made with. */
  madeWith: string | null;
  /** Results recorded when the link was made, by target key (see `resultDigest`). */
  recorded: Record<string, number> | null;
  /** `chart=`: the chart an embed shows. */
  chart: string | null;
  /** `lang=`: the language the link was made in; null when it does not say (older links). */
  locale?: Locale | null;
  /** The user's layers and notes carried by the link, unchecked JSON (see `readWorkspace`). */
  layers: unknown;
  notes: unknown;
}

/**
 * Read shared scenarios from an address fragment; a bad one yields a problem, never an exception.
 *
 * @param hash - `location.hash` (with or without `#`), or a whole URL, or just the fragment's text.
 */
export async function scenariosFromFragment(hash: string): Promise<AddressScenarios> {
  const at = hash.indexOf('#');
  const fragment = at >= 0 ? hash.slice(at + 1) : hash.includes('://') ? '' : hash;
  const params = new URLSearchParams(fragment);
  const chart = params.get('chart');
  const lang = params.get('lang');
  // Read even beside a refused scenario: the page says why in the language the sender used.
  const locale = lang === null ? null : maybeLocale(lang);
  const none: AddressScenarios = { scenario: null, comparison: null, problem: null, problemDetails: [], madeWith: null, recorded: null, chart, locale, layers: null, notes: null };
  const encoded = params.get('s');
  if (!encoded) return none;
  const decoded = await decodeLink(encoded);
  if ('problem' in decoded) return { ...none, problem: decoded.problem, problemDetails: decoded.details ?? [] };
  const pinned = params.get('a');
  const comparison = pinned ? await decodeLink(pinned) : null;
  if (comparison && 'problem' in comparison) {
    return { ...none, problem: comparison.problem, problemDetails: (comparison.details ?? []).map((d) => ({ ...d, path: d.path === '' ? 'a' : `a.${d.path}` })) };
  }
  return {
    ...none,
    scenario: decoded.payload.scenario,
    comparison: comparison?.payload.scenario ?? null,
    madeWith: decoded.payload.data,
    recorded: decoded.payload.results ?? null,
    layers: decoded.payload.layers ?? null,
    notes: decoded.payload.notes ?? null,
  };
}
