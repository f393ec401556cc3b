import { readJson } from '../text/read-json.ts';
import { setAside } from './set-aside.ts';
import { isQuotaError, type StorageLike } from './storage-like.ts';

/** Where the workspace lives. The version is in the key too, so a future format can sit beside this one. */
export const WORKSPACE_KEY = 'targetline.workspace.v1';
/** The version written in every saved envelope. */
export const WORKSPACE_VERSION = 1;

/** What is stored under `WORKSPACE_KEY`: the caller's workspace inside a versioned envelope. */
interface Envelope {
  version: typeof WORKSPACE_VERSION;
  /** ISO time of the save, for the set-aside list and for people reading storage by hand. */
  saved: string;
  workspace: unknown;
}

/** What `loadWorkspace` found. */
export interface LoadedWorkspace {
  /** The saved workspace, still unvalidated (run it through `parseLayers` etc.); null when none was loaded. */
  workspace: unknown | null;
  /**
   * `corrupt`: something was stored but it was not a saved workspace (bad JSON, wrong version, not
   * an object); `unavailable`: the storage cannot be read at all.
   */
  problem: null | 'corrupt' | 'unavailable';
  /** The key the corrupt text was moved to; null when nothing was moved (or moving it failed). */
  setAside: string | null;
  /**
   * The corrupt text when it could not be moved aside (the storage is full): it stays under
   * `WORKSPACE_KEY`, and the page must not write there until the user has decided what to do with it.
   */
  leftInPlace: string | null;
}

/** Whether a save worked; `quota` means the storage is full, `unavailable` that it cannot be written. */
export type SaveResult = { ok: true } | { ok: false; problem: 'quota' | 'unavailable' };

export interface StoreOptions {
  /** The clock, for save times and set-aside keys. Defaults to `() => new Date()`. */
  now?: () => Date;
}

/**
 * Load the saved workspace. Text that is not a saved workspace of this version is moved aside to
 * `targetline.workspace.corrupt.<ISO time>` (at most 3 such copies are kept, the oldest dropped) so
 * that the next autosave cannot overwrite it, and the problem is reported. When it cannot be moved
 * (a full store), it is left where it is and returned as `leftInPlace`. Never throws: a storage
 * that throws, or none at all, is reported as `unavailable`.
 *
 * @param storage - `browserStorage()` in the page, a fake in tests; null when there is none.
 * @param options - The clock.
 */
export function loadWorkspace(storage: StorageLike | null, options: StoreOptions = {}): LoadedWorkspace {
  let text: string | null;
  try {
    if (!storage) return { workspace: null, problem: 'unavailable', setAside: null, leftInPlace: null };
    text = storage.getItem(WORKSPACE_KEY);
  } catch {
    return { workspace: null, problem: 'unavailable', setAside: null, leftInPlace: null };
  }
  if (text === null) return { workspace: null, problem: null, setAside: null, leftInPlace: null };
  const envelope = readEnvelope(text);
  if (envelope) return { workspace: envelope.workspace, problem: null, setAside: null, leftInPlace: null };
  const key = setAside(storage, text, (options.now ?? (() => new Date()))());
  if (key === null) return { workspace: null, problem: 'corrupt', setAside: null, leftInPlace: text };
  try {
    storage.removeItem(WORKSPACE_KEY);
  } catch {
    // The copy exists either way; a stale original is reported again on the next load.
  }
  return { workspace: null, problem: 'corrupt', setAside: key, leftInPlace: null };
}

/**
 * Save the workspace, replacing the previous save. The caller has validated its content; this
 * only wraps it in a versioned envelope and writes JSON. Never throws for storage reasons.
 *
 * @param storage - `browserStorage()` in the page; null when there is none.
 * @param workspace - Any JSON-serialisable value.
 * @param options - The clock.
 * @throws TypeError when `workspace` cannot be written as JSON (a cycle or a BigInt): a bug in the caller.
 */
export function saveWorkspace(storage: StorageLike | null, workspace: unknown, options: StoreOptions = {}): SaveResult {
  const envelope: Envelope = { version: WORKSPACE_VERSION, saved: (options.now ?? (() => new Date()))().toISOString(), workspace };
  const text = JSON.stringify(envelope);
  if (!storage) return { ok: false, problem: 'unavailable' };
  try {
    storage.setItem(WORKSPACE_KEY, text);
    return { ok: true };
  } catch (e) {
    return { ok: false, problem: isQuotaError(e) ? 'quota' : 'unavailable' };
  }
}

function readEnvelope(text: string): Envelope | null {
  // The store is user input too: another tab, an extension or a hand edit can put anything there.
  const read = readJson(text);
  if ('issues' in read) return null;
  const value = read.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, 'version') || record.version !== WORKSPACE_VERSION || !Object.hasOwn(record, 'workspace')) return null;
  // The page only ever saves an object; anything else in its place is damage, to be set aside.
  const workspace = record.workspace;
  if (typeof workspace !== 'object' || workspace === null || Array.isArray(workspace)) return null;
  return { version: WORKSPACE_VERSION, saved: typeof record.saved === 'string' ? record.saved : '', workspace: record.workspace };
}
