import type { StorageLike } from './storage-like.ts';
import { saveWorkspace, type SaveResult, type StoreOptions } from './workspace-store.ts';

export interface AutosaveOptions extends StoreOptions {
  /** Quiet time after the last change before writing. Defaults to 1000 ms. */
  delayMs?: number;
  /** Called with the result of every write, so the page can say "not saved: storage full". */
  onsave?: (result: SaveResult) => void;
}

/** A debounced writer of the workspace. */
export interface Autosave {
  /** Note that the workspace changed; it is written once no change has come for `delayMs`. */
  schedule(workspace: unknown): void;
  /** Write a pending change now (call it on `pagehide`: timers do not run after the page is gone). */
  flush(): SaveResult | null;
  /** Drop a pending change without writing it. */
  cancel(): void;
}

/**
 * Create an autosave that writes the workspace at most once per burst of changes, such as a
 * slider drag or typing in a note.
 *
 * @param storage - `browserStorage()` in the page; null when there is none (every write then reports `unavailable`).
 * @param options - Delay, result callback and clock.
 * @example const autosave = createAutosave(browserStorage(), { delayMs: 500, onsave: (r) => (saved = r) });
 */
export function createAutosave(storage: StorageLike | null, options: AutosaveOptions = {}): Autosave {
  const delayMs = options.delayMs ?? 1000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Only the latest workspace is kept: an older one scheduled earlier is superseded, never written.
  let pending: { workspace: unknown } | null = null;

  const write = (): SaveResult | null => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return null;
    const { workspace } = pending;
    pending = null;
    const result = saveWorkspace(storage, workspace, options);
    options.onsave?.(result);
    return result;
  };

  return {
    schedule(workspace) {
      pending = { workspace };
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(write, delayMs);
    },
    flush: write,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
