import type { HeldResult } from '../storage/autosave.ts';
import type { SaveResult } from '../storage/workspace-store.ts';

/** Whether the last autosave worked, for the page to say when the browser would not keep the work. */
export class SaveStatus {
  problem = $state<'quota' | 'unavailable' | 'held' | null>(null);

  /** Record an autosave's result. */
  saved(result: SaveResult | HeldResult): void {
    this.problem = result.ok ? null : result.problem;
  }
}
