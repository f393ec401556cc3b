import { mount } from 'svelte';
import { loadDataset } from './data/load-dataset.ts';
import { SEED_TEXTS } from './data/seed-texts.ts';
import { dataVersion } from './data/data-version.ts';
import { createEngine, initialLocale, rememberLocale } from './boot.ts';
import { scenariosFromFragment } from './scenario/address.ts';
import App from './ui/App.svelte';
import { fill } from './i18n/messages.ts';
import { USER_MESSAGES } from './i18n/user-messages.ts';
import { createAutosave } from './storage/autosave.ts';
import { browserStorage } from './storage/storage-like.ts';
import { loadWorkspace, WORKSPACE_KEY } from './storage/workspace-store.ts';
import { loadFormulaParser } from './model/index.ts';
import { keepBeforeLink, restoreBeforeLink } from './storage/keep-before-link.ts';
import { holdsUserWork, mentionsFormula, readWorkspace, type Workspace } from './user/workspace.ts';
import { SaveStatus } from './ui/save-status.svelte.ts';
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
const link = await scenariosFromFragment(location.hash);
const version = dataVersion(SEED_TEXTS);
const dataset = loadDataset(SEED_TEXTS);
const storage = browserStorage();
const locale = initialLocale();
const u = USER_MESSAGES[locale];
const startupMessages: string[] = [];
/** Whether opening the link set the stored workspace aside (it can be restored from the page). */
let keptBeforeLink = false;

/**
 * What the page starts with: a link in the address wins (with the user data it carries); without
 * one, the workspace saved in this browser; a damaged store is set aside, never deleted.
 */
function startingWorkspace(): Workspace | null {
  if (link.scenario) {
    // The link's workspace will be autosaved over the stored one: keep the stored one first.
    keptBeforeLink = keepBeforeLink(storage, holdsUserWork(loadWorkspace(storage).workspace));
    const { workspace, problems } = readWorkspace({ ...link.scenario, layers: link.layers ?? [], notes: link.notes ?? [] }, dataset.indicators);
    if (problems.length > 0) startupMessages.push(fill(u.restoredProblems, { count: problems.length }));
    return workspace;
  }
  if (link.problem) return null;
  const stored = loadWorkspace(storage);
  if (stored.problem === 'corrupt') startupMessages.push(fill(u.storeCorrupt, { key: stored.setAside ?? '—' }));
  if (stored.workspace === null) return null;
  const { workspace, problems } = readWorkspace(stored.workspace, dataset.indicators);
  if (problems.length > 0) startupMessages.push(fill(u.restoredProblems, { count: problems.length }));
  return workspace;
}
// mathjs (for users' formulas) is a chunk of its own: wait for it only when the workspace to restore
// has a formula in it; otherwise it loads after the first charts are drawn.
if (link.scenario ? mentionsFormula(link.scenario, link.layers) : mentionsFormula(storedText())) await loadFormulaParser();
const workspace = startingWorkspace();
const saveStatus = new SaveStatus();
const autosave = createAutosave(storage, { onsave: (result) => saveStatus.saved(result) });
addEventListener('pagehide', () => autosave.flush());

mount(App, {
  target,
  props: {
    dataset,
    dataVersion: version,
    initialLocale: locale,
    onlocale: rememberLocale,
    engine: createEngine(),
    createEngine,
    initialScenario: workspace?.scenario ?? null,
    initialComparison: link.comparison,
    linkProblem: link.problem,
    linkDataChanged: link.madeWith !== null && link.madeWith !== version,
    recordedResults: link.recorded,
    initialLayers: workspace?.layers ?? [],
    initialNotes: workspace?.notes ?? [],
    startupMessages,
    autosave,
    saveStatus,
    onrestoreprevious: keptBeforeLink
      ? () => {
          if (restoreBeforeLink(storage)) {
            autosave.cancel();
            location.replace(location.pathname + location.search);
          }
        }
      : undefined,
  },
});
// Loaded once the page is up, so a formula typed later compiles at once.
setTimeout(() => void loadFormulaParser(), 0);
