import { mount } from 'svelte';
import { loadDataset } from './data/load-dataset.ts';
import { SEED_TEXTS } from './data/seed-texts.ts';
import { dataVersion } from './data/data-version.ts';
import { maybeLocale, type Locale } from './i18n/locale.ts';
import { decodeLink, type LinkProblem } from './scenario/link-codec.ts';
import type { Scenario } from './scenario/scenario.ts';
import { createWorkerRunner, spawnModelWorker } from './runner/worker-runner.ts';
import App from './ui/App.svelte';
import { EngineState } from './ui/engine.svelte.ts';
import './ui/global.css';

const LOCALE_KEY = 'targetline.locale';

/** Read the language: `?lang=en` in the address wins, then the last choice, then Chinese. */
function initialLocale(): Locale {
  const fromQuery = new URLSearchParams(location.search).get('lang');
  if (fromQuery) return maybeLocale(fromQuery);
  try {
    return maybeLocale(localStorage.getItem(LOCALE_KEY));
  } catch {
    // Storage can be blocked (private mode, sandboxed iframe); Chinese is a fine default.
    return 'zh';
  }
}

function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Not remembering the language is harmless.
  }
}

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
/**
 * Start an engine in its own worker. Each scenario on screen gets one, so the runner's merging of
 * bursts never mixes the edited scenario with the comparison.
 */
function createEngine(): EngineState {
  // `engine` is only read when a restart happens, long after this function has returned.
  const runner = createWorkerRunner(spawnModelWorker, { onrestart: (reason) => engine.restarted(reason) });
  const engine = new EngineState(runner);
  return engine;
}
/** Read a shared scenario from the address (`#s=…`); a bad one yields a problem, never an exception. */
async function scenarioFromAddress(): Promise<{ scenario: Scenario | null; problem: LinkProblem | null; madeWith: string | null }> {
  const encoded = new URLSearchParams(location.hash.slice(1)).get('s');
  if (!encoded) return { scenario: null, problem: null, madeWith: null };
  const decoded = await decodeLink(encoded);
  if ('problem' in decoded) return { scenario: null, problem: decoded.problem, madeWith: null };
  return { scenario: decoded.payload.scenario, problem: null, madeWith: decoded.payload.data };
}

const link = await scenarioFromAddress();
const version = dataVersion(SEED_TEXTS);
mount(App, {
  target,
  props: {
    dataset: loadDataset(SEED_TEXTS),
    dataVersion: version,
    initialLocale: initialLocale(),
    onlocale: rememberLocale,
    engine: createEngine(),
    createEngine,
    initialScenario: link.scenario,
    linkProblem: link.problem,
    linkDataChanged: link.madeWith !== null && link.madeWith !== version,
  },
});
