import type { StorageLike } from './storage-like.ts';
import { WORKSPACE_KEY } from './workspace-store.ts';

/** Where the workspace a link replaced is kept, so opening someone's link never costs one's own work. */
export const PREVIOUS_KEY = 'targetline.workspace.previous';

/**
 * Before a link's workspace takes over (and autosave overwrites the stored one), keep the stored
 * workspace under `PREVIOUS_KEY` if it holds anything a link cannot bring back: layers or notes.
 *
 * @param storage - The browser's storage, or null.
 * @param holdsWork - Whether the stored workspace has layers or notes (the caller has read it).
 * @returns Whether a copy was kept.
 */
export function keepBeforeLink(storage: StorageLike | null, holdsWork: boolean): boolean {
  if (!storage || !holdsWork) return false;
  try {
    const text = storage.getItem(WORKSPACE_KEY);
    if (text === null) return false;
    storage.setItem(PREVIOUS_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Put the kept workspace back as the stored one (the page then reloads without a link to open it).
 *
 * @param storage - The browser's storage.
 * @returns Whether there was one to restore.
 */
export function restoreBeforeLink(storage: StorageLike | null): boolean {
  try {
    const text = storage?.getItem(PREVIOUS_KEY) ?? null;
    if (!storage || text === null) return false;
    storage.setItem(WORKSPACE_KEY, text);
    storage.removeItem(PREVIOUS_KEY);
    return true;
  } catch {
    return false;
  }
}
