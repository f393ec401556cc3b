import type { AddressScenarios } from '../scenario/address.ts';
import type { Unit } from '../data/seed-schemas.ts';
import { holdsUserWork, readWorkspace, type Workspace, type WorkspaceProblem } from '../user/workspace.ts';
import type { StorageLike } from './storage-like.ts';
import { loadWorkspace, type LoadedWorkspace, type StoreOptions } from './workspace-store.ts';

/** What the page opens with, and what the store held. Nothing here writes the reader's workspace. */
export interface Opening {
  /**
   * `link`: the address held a link that opened; `link-refused`: it held one that could not be
   * opened; `store`: no link, the workspace saved in this browser (or nothing saved yet).
   */
  source: 'link' | 'link-refused' | 'store';
  /** The workspace to show; null for the default notebook. */
  workspace: Workspace | null;
  /** Parts of that workspace that were left out or renumbered, each with its path. */
  problems: WorkspaceProblem[];
  /** What loading the store found (a damaged text is set aside, or left in place when it cannot be). */
  store: Pick<LoadedWorkspace, 'problem' | 'setAside' | 'leftInPlace'>;
  /** Whether the store holds layers or notes: work a link must not cost the reader. */
  storeHoldsWork: boolean;
}

/**
 * Decide what the page opens with: a link in the address wins (with the user data it carries); a
 * link that cannot be opened opens the default notebook, never the store's content in its place
 * (the address still says the link, and the page offers the way back); without a link, the
 * workspace saved in this browser. The store is read, and a damaged text in it moved aside (never
 * deleted); the reader's workspace itself is never written here.
 *
 * @param link - What the address carries (`scenariosFromFragment`).
 * @param storage - The browser's storage, or null.
 * @param catalogue - The published indicators, to check layers against.
 * @param options - The clock for set-aside keys.
 */
export function openWorkspace(link: AddressScenarios, storage: StorageLike | null, catalogue: readonly { id: string; unit: Unit }[], options: StoreOptions = {}): Opening {
  const stored = loadWorkspace(storage, options);
  const store = { problem: stored.problem, setAside: stored.setAside, leftInPlace: stored.leftInPlace };
  const storeHoldsWork = stored.workspace !== null && holdsUserWork(stored.workspace);
  if (link.scenario) {
    const { workspace, problems } = readWorkspace({ ...link.scenario, layers: link.layers ?? [], notes: link.notes ?? [] }, catalogue);
    return { source: 'link', workspace, problems, store, storeHoldsWork };
  }
  if (link.problem) return { source: 'link-refused', workspace: null, problems: [], store, storeHoldsWork };
  if (stored.workspace === null) return { source: 'store', workspace: null, problems: [], store, storeHoldsWork };
  const { workspace, problems } = readWorkspace(stored.workspace, catalogue);
  return { source: 'store', workspace, problems, store, storeHoldsWork };
}
