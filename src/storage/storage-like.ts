/**
 * The part of the Web Storage API the workspace store uses. `localStorage` fits it; tests pass a
 * Map-backed fake. Any method may throw: private modes, sandboxed iframes and full disks all do.
 */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Get the page's `localStorage`, or null where even touching it throws (a `SecurityError` in a
 * sandboxed iframe or with cookies blocked) or it does not exist (Node, some embedded views).
 */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Tell whether an error from `setItem` means the storage is full. Browsers disagree on the
 * name: `QuotaExceededError` (Chromium, Safari, current Firefox), `NS_ERROR_DOM_QUOTA_REACHED`
 * (older Firefox), and some only set the legacy code 22 (1014 in old Firefox).
 *
 * @param error - What `setItem` threw.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
