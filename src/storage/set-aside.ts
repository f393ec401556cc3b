import { isQuotaError, type StorageLike } from './storage-like.ts';

/** Set-aside copies are stored under this prefix plus an ISO time, so their keys sort by age. */
export const SET_ASIDE_PREFIX = 'targetline.workspace.corrupt.';
/** Copies kept; older ones are dropped. Enough to recover from a few bad saves without filling storage. */
export const MAX_SET_ASIDE = 3;

/**
 * List the set-aside copies, newest first, so the page can offer them for download.
 *
 * @param storage - The storage to look in.
 * @returns Their keys; empty when there are none or the storage cannot be read.
 */
export function listSetAside(storage: StorageLike): string[] {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
    }
    return keys.sort().reverse();
  } catch {
    return [];
  }
}

/**
 * Copy text to a new set-aside key and drop the oldest copies beyond `MAX_SET_ASIDE`. When the
 * storage is full, old copies are dropped first to make room: the newest text is the one most
 * likely to hold the user's latest work.
 *
 * @param storage - The storage.
 * @param text - What to keep.
 * @param now - The time that names the copy.
 * @returns The new key, or null when the copy could not be written.
 */
export function setAside(storage: StorageLike, text: string, now: Date): string | null {
  const stamp = Number.isFinite(now.getTime()) ? now.toISOString() : 'unknown-time';
  const older = listSetAside(storage);
  // Two loads in the same millisecond must not overwrite each other's copy.
  let key = `${SET_ASIDE_PREFIX}${stamp}`;
  for (let n = 1; older.includes(key); n++) key = `${SET_ASIDE_PREFIX}${stamp}.${n}`;
  const removable = older.slice();
  for (;;) {
    try {
      storage.setItem(key, text);
      break;
    } catch (e) {
      const oldest = removable.pop();
      if (!isQuotaError(e) || oldest === undefined || !remove(storage, oldest)) return null;
    }
  }
  // Keep the new copy whatever its key sorts as (a clock set back would sort it first).
  const others = listSetAside(storage).filter((k) => k !== key);
  for (const k of others.slice(MAX_SET_ASIDE - 1)) remove(storage, k);
  return key;
}

function remove(storage: StorageLike, key: string): boolean {
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
