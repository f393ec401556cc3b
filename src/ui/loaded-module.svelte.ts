import type { OnDemand } from '../notebook/on-demand.ts';

/**
 * A chunk loaded on demand, as state a component can read: `current` is null until it has loaded
 * (at once when an earlier component loaded it), and `failed` says a load did not succeed.
 * Create it in a component's script.
 */
export class LoadedModule<T> {
  current = $state.raw<T | null>(null);
  failed = $state(false);

  /**
   * @param source - The chunk.
   * @param after - What the load waits for first (e.g. the first chart); nothing by default.
   */
  constructor(source: OnDemand<T>, after: () => Promise<unknown> = () => Promise.resolve()) {
    this.current = source.loaded();
    if (this.current === null) {
      after().then(() => source.load()).then(
        (module) => (this.current = module),
        () => (this.failed = true),
      );
    }
  }
}
