import { vi } from 'vitest';

/**
 * Let Svelte run the effects scheduled so far. The ui project resolves `svelte` to its server entry
 * (there is no `browser` condition), whose `flushSync` does nothing; `.svelte.ts` modules are still
 * compiled for the client, and their effects run in a microtask, so a few turns of the microtask
 * queue run them. Fake timers leave microtasks alone.
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/**
 * Wait this long in real time, through `setImmediate` (fake only `setTimeout` and `clearTimeout` so it
 * stays real), so work done off the thread, such as a link's compression, has the time to finish: a
 * test can then say that something did not happen.
 *
 * @param ms - How long to wait.
 */
export async function realPause(ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (performance.now() < until) await new Promise((resolve) => setImmediate(resolve));
}

/** Fake the timers the page's debounces use (`setTimeout`, `clearTimeout`) and no others, so `realPause` stays real. */
export function fakeDebounceTimers(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}
