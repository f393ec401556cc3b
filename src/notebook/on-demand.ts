/** A module loaded when first asked for, and at once afterwards. */
export interface OnDemand<T> {
  /** Start the load (once; again after a failure) and wait for it. */
  load(): Promise<T>;
  /** The module if it has loaded, so later users need not wait a tick. */
  loaded(): T | null;
}

/**
 * Wrap a dynamic `import()` so a chunk the first screen does not need (Plot, Arquero) loads once,
 * when a component first asks for it. A failed load (a dropped connection) is forgotten, so a later
 * ask tries again.
 *
 * @param importer - The `import()` call, e.g. `() => import('./frames.ts')`.
 */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let module: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load() {
      loading ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => module,
  };
}
