import type { SaveResult } from '../storage/workspace-store.ts';

/** Whether the last autosave worked, for the page to say when the browser would not keep the work. */
export class SaveStatus {
  problem = $state<'quota' | 'unavailable' | null>(null);

  /** Record an autosave's result. */
  saved(result: SaveResult): void {
    this.problem = result.ok ? null : result.problem;
  }
}
