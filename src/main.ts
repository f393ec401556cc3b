import { mount } from 'svelte';
import { createEngine, initialLocale, rememberLocale, seedsOrSay } from './boot.ts';
import { scenariosFromFragment } from './scenario/address.ts';
import App from './ui/App.svelte';
import { createAutosave } from './storage/autosave.ts';
import { browserStorage } from './storage/storage-like.ts';
import { WORKSPACE_KEY } from './storage/workspace-store.ts';
import { openWorkspace } from './storage/opening.ts';
import { loadFormulaParser } from './model/index.ts';
import { keepBeforeLink, restoreBeforeLink } from './storage/keep-before-link.ts';
import { mentionsFormula } from './user/workspace.ts';
import { SaveStatus } from './ui/save-status.svelte.ts';
import { chartCode } from './charts/load-chart.ts';
import { warmNumberFormats } from './i18n/format.ts';
import { loadOpeningCharts } from './charts/prerendered.ts';
import './ui/global.css';

/** The stored workspace's text, or null when storage is missing or refuses (it may throw). */
function storedText(): string | null {
  try {
    return storage?.getItem(WORKSPACE_KEY) ?? null;
  } catch {
    return null;
  }
}

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const locale = initialLocale();
// The data is fetched while the link is read; without it there is nothing to show (the page says so).
const seeds = seedsOrSay(target, locale);
// Plot (a chunk of its own, for the charts under the tables) is fetched once the data is in: on a
// slow connection it would otherwise share the line with the data the first screen waits for, and
// the first chart need not wait for it after the page has mounted.
void seeds.then(() => chartCode.load()).catch(() => undefined);
// The first chart as the build drew it (a few kB), shown until Plot has arrived; not waited for.
void loadOpeningCharts(locale);
// While the data is on its way: the locale's number data, which the first screen's figures need.
warmNumberFormats(locale);
const link = await scenariosFromFragment(location.hash);
const shipped = await seeds;
if (!shipped) throw new Error('the seed data could not be fetched');
// One turn of the event loop, so the browser sends Plot's request before the page is built (~250 ms
// of script that would otherwise hold it back).
await new Promise((resolve) => setTimeout(resolve, 0));
const { dataset, version } = shipped;
const storage = browserStorage();
// mathjs (for users' formulas) is a chunk of its own: wait for it only when the workspace to restore
// has a formula in it; otherwise it loads after the first charts are drawn.
if (link.scenario ? mentionsFormula(link.scenario, link.layers) : mentionsFormula(storedText())) await loadFormulaParser();
const opening = openWorkspace(link, storage, dataset.indicators);
const fromAddress = opening.source !== 'store';
// The one rule of the store: nothing is written until the reader changes what is on screen. When
// the page shows a link (or a link that failed), the reader's own work is kept aside before the
// first write; if it cannot be kept, nothing is written.
let keptBeforeLink = false;
const saveStatus = new SaveStatus();
const autosave = createAutosave(storage, {
  onsave: (result) => saveStatus.saved(result),
  held: opening.store.leftInPlace !== null,
  beforeFirstWrite: fromAddress && opening.storeHoldsWork ? () => (keptBeforeLink = keepBeforeLink(storage, true)) : undefined,
});
addEventListener('pagehide', () => autosave.flush());

/** Leave the link (or the failed one) for the reader's own workspace, as it was before this page. */
function backToWorkspace(): void {
  autosave.cancel();
  if (autosave.wrote && keptBeforeLink) restoreBeforeLink(storage);
  location.replace(location.pathname + location.search);
}

mount(App, {
  target,
  props: {
    dataset,
    dataVersion: version,
    initialLocale: locale,
    onlocale: rememberLocale,
    engine: createEngine(),
    createEngine,
    initialScenario: opening.workspace?.scenario ?? null,
    initialComparison: link.comparison,
    linkProblem: link.problem,
    linkProblemDetails: link.problemDetails,
    linkDataChanged: link.madeWith !== null && link.madeWith !== version,
    recordedResults: link.recorded,
    initialLayers: opening.workspace?.layers ?? [],
    initialNotes: opening.workspace?.notes ?? [],
    restoreProblems: opening.problems,
    storeSetAside: opening.store.problem === 'corrupt' && opening.store.setAside !== null ? opening.store.setAside : null,
    heldStoreText: opening.store.leftInPlace,
    onreleasestore: () => autosave.release(),
    autosave,
    saveStatus,
    storeHoldsWork: opening.storeHoldsWork,
    onbacktoworkspace: fromAddress ? backToWorkspace : undefined,
  },
});
