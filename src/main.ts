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
interface AddressScenarios {
  scenario: Scenario | null;
  /** The pinned comparison scenario A (`a=`), when the link carries one. */
  comparison: Scenario | null;
  problem: LinkProblem | null;
  madeWith: string | null;
}

/** Read shared scenarios from the address (`#s=…&a=…`); a bad one yields a problem, never an exception. */
async function scenarioFromAddress(): Promise<AddressScenarios> {
  const params = new URLSearchParams(location.hash.slice(1));
  const none: AddressScenarios = { scenario: null, comparison: null, problem: null, madeWith: null };
  const encoded = params.get('s');
  if (!encoded) return none;
  const decoded = await decodeLink(encoded);
  if ('problem' in decoded) return { ...none, problem: decoded.problem };
  const pinned = params.get('a');
  const comparison = pinned ? await decodeLink(pinned) : null;
  if (comparison && 'problem' in comparison) return { ...none, problem: comparison.problem };
  return { scenario: decoded.payload.scenario, comparison: comparison?.payload.scenario ?? null, problem: null, madeWith: decoded.payload.data };
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
    initialComparison: link.comparison,
    linkProblem: link.problem,
    linkDataChanged: link.madeWith !== null && link.madeWith !== version,
  },
});
