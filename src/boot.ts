import { maybeLocale, type Locale } from './text/locale.ts';
import { fill, MESSAGES } from './i18n/messages.ts';
import { SeedFetchError, fetchSeeds } from './data/fetch-seeds.ts';
import type { Dataset } from './data/types.ts';
import { evaluateInWorker, type Evaluator } from './runner/evaluate-runner.ts';
import { preferShipped } from './runner/shipped-track-record.ts';
import { createWorkerRunner, spawnModelWorker } from './runner/worker-runner.ts';
import { EngineState } from './ui/engine.svelte.ts';

/** What the notebook and the embed page both need at start: the language and an engine factory. */
const LOCALE_KEY = 'targetline.locale';

/**
 * Read the language: `lang=` in the query or fragment wins, then the last choice, then Chinese.
 * The fragment is accepted too because an embed's whole address after `#` is the user's to edit.
 */
export function initialLocale(): Locale {
  const fromAddress = new URLSearchParams(location.search).get('lang') ?? new URLSearchParams(location.hash.slice(1)).get('lang');
  if (fromAddress) return maybeLocale(fromAddress);
  try {
    return maybeLocale(localStorage.getItem(LOCALE_KEY));
  } catch {
    // Storage can be blocked (private mode, sandboxed iframe); Chinese is a fine default.
    return 'zh';
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Not remembering the language is harmless.
  }
}

/** The default time one run may take before its worker is stopped and restarted. */
const DEFAULT_TIME_LIMIT_MS = 10_000;

/**
 * The run time limit: `?timeout=<seconds>` (0.5–300) in the address overrides the default of 10 s,
 * for slow machines that need longer and for checking what a runaway computation does.
 */
function timeLimitMs(): number {
  const seconds = Number(new URLSearchParams(location.search).get('timeout'));
  return Number.isFinite(seconds) && seconds >= 0.5 && seconds <= 300 ? seconds * 1000 : DEFAULT_TIME_LIMIT_MS;
}

/**
 * The track record: the one the build measured on the shipped data (its own small chunk), or, for any
 * other input, an evaluation in a worker started for it and stopped after, so the engine's own worker
 * stays free for the reader's edits. That has the same time limit as one run.
 */
const evaluateTrackRecord: Evaluator = preferShipped(
  () => import('virtual:track-record').then((loaded) => loaded.default),
  (input, range) => evaluateInWorker(() => spawnModelWorker('targetline-track-record'), input, range, { timeoutMs: timeLimitMs() }),
);

/**
 * Start an engine in its own worker. Each scenario on screen gets one, so the runner's merging of
 * bursts never mixes the edited scenario with the comparison. Each can check the track record, but
 * the page asks only its main engine, once.
 */
export function createEngine(): EngineState {
  // `engine` is only read when a restart happens, long after this function has returned.
  const runner = createWorkerRunner(spawnModelWorker, { timeoutMs: timeLimitMs(), onrestart: (reason) => engine.restarted(reason) });
  const engine = new EngineState(runner, evaluateTrackRecord);
  return engine;
}

/**
 * Fetch the shipped data for a page, or say in the page, in the reader's language, that it could not
 * be read (a server missing the file, a dropped connection) instead of leaving a blank page.
 *
 * @param target - The element the page mounts in; the message goes there.
 * @param locale - The reader's language.
 * @returns The seed data and its fingerprint, or null when it could not be fetched (the message is shown).
 */
export async function seedsOrSay(target: HTMLElement, locale: Locale): Promise<{ dataset: Dataset; version: string } | null> {
  try {
    return await fetchSeeds();
  } catch (error) {
    const { file, reason } = error instanceof SeedFetchError ? error : { file: '', reason: String(error) };
    const message = document.createElement('p');
    message.className = 'problems';
    message.setAttribute('role', 'alert');
    message.dataset.seedsUnavailable = file;
    message.textContent = fill(MESSAGES[locale].seedsUnavailable, { file, reason: reason.slice(0, 200) });
    target.replaceChildren(message);
    return null;
  }
}