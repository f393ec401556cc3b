import { SvelteSet } from 'svelte/reactivity';

/**
 * Which indicator rows are open. Only an open row mounts its chart and controls, so the page builds
 * a few charts at load, not every one.
 */
export class OpenRows {
  readonly #open: SvelteSet<string>;

  /** @param initial - The rows open at first. */
  constructor(initial: readonly string[]) {
    this.#open = new SvelteSet(initial);
  }

  /** @param key - A series key. */
  isOpen(key: string): boolean {
    return this.#open.has(key);
  }

  /**
   * Open or close a row.
   *
   * @param key - A series key.
   * @param open - Whether it is to be open.
   */
  set(key: string, open: boolean): void {
    if (open) this.#open.add(key);
    else this.#open.delete(key);
  }
}
