import { watchForChange } from './change-watch.ts';
import type { StorageLike } from './storage-like.ts';
import { saveWorkspace, type SaveResult, type StoreOptions } from './workspace-store.ts';

export interface AutosaveOptions extends StoreOptions {
  /** Quiet time after the last change before writing. Defaults to 1000 ms. */
  delayMs?: number;
  /** Called with the result of every write, so the page can say "not saved: storage full". */
  onsave?: (result: SaveResult | HeldResult) => void;
  /**
   * Called before the first write of this page, so what the write replaces can be kept first (the
   * reader's own workspace, when the page opened someone's link). Returning false means it could not
   * be kept: nothing is written (reported as `held`), and it is asked again on the next change.
   */
  beforeFirstWrite?: () => boolean;
  /** Start held: the store has damaged text the reader has not decided about (see `release`). */
  held?: boolean;
}

/** What a change reports while the store is held: it was not written, on purpose. */
export interface HeldResult {
  ok: false;
  problem: 'held';
}

/**
 * A debounced writer of the workspace that never writes what the page opened with. The first
 * `schedule` is the opening state (from the store, a link, or the default); a later one is written
 * only once it differs from that state, so opening a page, and a link or file that could not be
 * opened, leave the store exactly as it was. Only a change the reader made is ever saved.
 */
export interface Autosave {
  /** Note the workspace now on screen; it is written once no change has come for `delayMs`. */
  schedule(workspace: unknown): void;
  /** Write a pending change now (call it on `pagehide`: timers do not run after the page is gone). */
  flush(): SaveResult | HeldResult | null;
  /** Drop a pending change without writing it. */
  cancel(): void;
  /** Whether this page has written the store. */
  readonly wrote: boolean;
  /** Whether writes are held back until `release()`. */
  readonly held: boolean;
  /** Let writes through again (the reader chose to replace the damaged text); a pending change is written. */
  release(): void;
}

/**
 * Create an autosave that writes the workspace at most once per burst of changes, such as a
 * slider drag or typing in a note, and only once the reader has changed something.
 *
 * @param storage - `browserStorage()` in the page; null when there is none (every write then reports `unavailable`).
 * @param options - Delay, result callback, first-write hook, hold, and clock.
 * @example const autosave = createAutosave(browserStorage(), { delayMs: 500, onsave: (r) => (saved = r) });
 */
export function createAutosave(storage: StorageLike | null, options: AutosaveOptions = {}): Autosave {
  const delayMs = options.delayMs ?? 1000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Only the latest workspace is kept: an older one scheduled earlier is superseded, never written.
  let pending: { workspace: unknown } | null = null;
  /** Whether the workspace has changed from the one the page opened with. */
  const changed = watchForChange();
  let wrote = false;
  let held = options.held ?? false;

  const write = (): SaveResult | HeldResult | null => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return null;
    if (held) {
      const result: HeldResult = { ok: false, problem: 'held' };
      options.onsave?.(result);
      return result;
    }
    if (!wrote && options.beforeFirstWrite && !options.beforeFirstWrite()) {
      const result: HeldResult = { ok: false, problem: 'held' };
      options.onsave?.(result);
      return result;
    }
    const { workspace } = pending;
    pending = null;
    const result = saveWorkspace(storage, workspace, options);
    wrote ||= result.ok;
    options.onsave?.(result);
    return result;
  };

  return {
    schedule(workspace) {
      if (!changed(workspace)) return;
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
    get wrote() {
      return wrote;
    },
    get held() {
      return held;
    },
    release() {
      held = false;
      if (pending) write();
    },
  };
}
