import { SvelteSet } from 'svelte/reactivity';

/**
 * Which indicator rows are open. Only an open row mounts its chart and controls, so the page builds
 * a few charts at load, not every one.
 */
export class OpenRows {
  readonly #open: SvelteSet<string>;
  /** Rows open at first whose content waits for `release` (they are below the first one). */
  readonly #held: SvelteSet<string>;
  /**
   * Whether `release` has run: until then the page lists the rows only down to the first open one
   * (`NotebookVM.listedGroups`), the first screen; the ~25 rows under it cost ~100 ms of the first
   * chart's mount at 4 ms each.
   */
  released = $state(false);

  /**
   * @param initial - The rows open at first.
   * @param held - Those of them whose content is built only at `release`: building the rows below the
   *   first screen's chart (~450 elements of ~1,000) held that chart back by their mount and layout.
   */
  constructor(initial: readonly string[], held: readonly string[] = []) {
    this.#open = new SvelteSet(initial);
    this.#held = new SvelteSet(held.filter((k) => initial.includes(k)));
  }

  /** @param key - A series key. */
  isOpen(key: string): boolean {
    return this.#open.has(key);
  }

  /**
   * Whether an open row's content is to be built now: not while it is held.
   *
   * @param key - A series key.
   */
  isBuilt(key: string): boolean {
    return this.#open.has(key) && !this.#held.has(key);
  }

  /** Build the held rows' content (once the first chart is on screen, or for printing). */
  release(): void {
    this.#held.clear();
    this.released = true;
  }

  /**
   * Open or close a row; a row the reader opens or closes is never held.
   *
   * @param key - A series key.
   * @param open - Whether it is to be open.
   */
  set(key: string, open: boolean): void {
    this.#held.delete(key);
    if (open) this.#open.add(key);
    else this.#open.delete(key);
  }
}
