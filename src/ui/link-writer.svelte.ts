import type { Locale } from '../text/locale.ts';
import type { AssessResult, EngineScenario } from '../model/index.ts';
import { linkFragment, withLanguage } from '../scenario/link-fragment.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { resultDigest } from '../share/result-digest.ts';
import { watchForChange } from '../storage/change-watch.ts';
import type { UserLayer } from '../user/layer.ts';
import type { Note } from '../user/workspace.ts';

/** Wait this long after the last edit before rewriting the address. */
export const LINK_DELAY_MS = 300;

/** What is on screen, for the address to reproduce. */
export interface OnScreen {
  scenario: Scenario;
  /** The pinned comparison scenario A, written as `&a=`. */
  comparison: Scenario | null;
  layers: UserLayer[];
  notes: Note[];
  /** The engine's result on screen, and the engine scenario it was computed for. */
  result: AssessResult | null;
  resultFor: EngineScenario | null;
  /** The engine scenario of what is on screen: the result is recorded only when it is this one's. */
  expected: EngineScenario;
  /** The page's language, written as `&lang=` so the link reopens in it. Left out when absent. */
  locale?: Locale;
}

/** How the address is written. */
export interface LinkWriterOptions {
  /** `dataVersion` of the shipped data. */
  dataVersion: string;
  /** The page opened from a link it refused: leave that link in the bar until the reader changes something. */
  keepRefusedLink: boolean;
  /** The quiet time after the last change before writing. Defaults to {@link LINK_DELAY_MS}. */
  delayMs?: number;
  /** Put `#fragment` in the address. Defaults to replacing the history entry, so a drag leaves one entry. */
  replace?: (hash: string) => void;
  /** Read the address's fragment (a kept refused link gets only its language changed). Defaults to `location.hash`. */
  current?: () => string;
}

/**
 * The address bar following what is on screen: a moment after the last change, the link that
 * reproduces it (`linkFragment`) replaces the address, and `fragment` holds it for downloads and
 * embeds. Construct it during a component's initialisation: its effect lives as long as the component.
 */
export class LinkWriter {
  /** The address fragment (without `#`) that reproduces what is on screen; '' until first written. */
  fragment = $state('');
  /** The reader's layers and notes made the link too long and were left out of it (the page says so). */
  userDataLeftOut = $state(false);
  /** Whether a refused link is still in the bar: until the reader changes something, or {@link release}s it. */
  keepingRefused = $state(false);
  #generation = 0;

  /**
   * @param onScreen - Reads what is on screen; every value it reads is watched.
   * @param options - The data version, whether a refused link is in the bar, and how to write.
   */
  constructor(onScreen: () => OnScreen, options: LinkWriterOptions) {
    const { dataVersion, delayMs = LINK_DELAY_MS, replace = replaceAddress, current = () => location.hash } = options;
    // A link that could not be opened stays in the bar (the reader can copy it, report it, or fix it)
    // until they change something: the state the page opened with is the first one watched. The
    // language is not part of it: switching it rewrites only the kept link's `lang=`.
    const moved = options.keepRefusedLink ? watchForChange() : () => true;
    this.keepingRefused = options.keepRefusedLink;
    let lastLocale: Locale | undefined;
    $effect(() => {
      const shown = onScreen();
      // Replaced whole on each change: no copy needed (the layers can hold 20,000 rows).
      const changed = moved({ scenario: shown.scenario, comparison: shown.comparison, layers: shown.layers, notes: shown.notes });
      if (changed && this.keepingRefused) this.keepingRefused = false;
      const keep = this.keepingRefused;
      // A language switch is written at once (the rest follows after the delay), so a reload straight
      // after it does not reopen the page in the language the address still said.
      if (shown.locale && lastLocale !== undefined && shown.locale !== lastLocale && current() !== '') replace(`#${withLanguage(current(), shown.locale)}`);
      lastLocale = shown.locale;
      const timer = setTimeout(() => void this.#write(shown, !keep, dataVersion, replace), delayMs);
      return () => clearTimeout(timer);
    });
  }

  /** Let the address follow the page from now on, though the reader changed nothing: "start from the default". */
  release(): void {
    this.keepingRefused = false;
  }

  async #write(shown: OnScreen, changed: boolean, data: string, replace: (hash: string) => void): Promise<void> {
    const generation = ++this.#generation;
    // Record the results only when they are this scenario's, not a run still catching up.
    const own = shown.result !== null && JSON.stringify(shown.resultFor) === JSON.stringify(shown.expected);
    const results = own && shown.result ? { results: resultDigest(shown.result) } : {};
    const locale = shown.locale ? { locale: shown.locale } : {};
    const written = await linkFragment({ scenario: shown.scenario, data, ...results, layers: shown.layers, notes: shown.notes, comparison: shown.comparison, ...locale });
    // Hazard: compression runs off the thread, so an older write could finish after a newer one; it is dropped.
    if (generation !== this.#generation) return;
    this.userDataLeftOut = written.userDataLeftOut;
    this.fragment = written.fragment;
    if (changed) replace(`#${written.fragment}`);
  }
}

function replaceAddress(hash: string): void {
  history.replaceState(history.state, '', hash);
}
