import type { Dataset } from '../data/types.ts';
import { trackRecordInput } from '../runner/shipped-track-record.ts';
import { EVALUATE_YEARS } from '../scenario/scenario.ts';
import type { EngineState } from './engine.svelte.ts';

/** How long the page must be quiet (no edit, no new result) before the track record is asked for. */
export const TRACK_RECORD_QUIET_MS = 2000;

/**
 * Ask for the engine's track record once per page, in the engine's worker of its own, on exactly
 * what `npm run cli -- evaluate` measures: the published data without the reader's layers, the
 * shipped default scenario (seed 1, 10,000 paths, no assumptions) and the same as-of years. It is
 * asked once the page has been quiet for `quietMs` after the first result (or trouble), and only
 * once its sentence is wanted (the outlook has come near the screen), so its eleven assessments
 * never compete with the first charts or a drag, and a reader who never scrolls there costs none.
 * Call it during a component's initialisation: its effect lives as long as the component.
 *
 * @param engine - Reads the page's engine; without one nothing is asked.
 * @param published - Reads the published data.
 * @param edits - Reads what the reader edits; each change starts the quiet time again.
 * @param quietMs - The quiet time. Defaults to {@link TRACK_RECORD_QUIET_MS}.
 * @param wanted - Reads whether the sentence is wanted yet. Defaults to always.
 */
export function scheduleTrackRecord(engine: () => EngineState | undefined, published: () => Dataset, edits: () => unknown, quietMs = TRACK_RECORD_QUIET_MS, wanted: () => boolean = () => true): void {
  let asked = false;
  $effect(() => {
    void edits();
    const current = engine();
    if (!current || asked || !wanted() || (current.result === null && current.trouble === null)) return;
    const timer = setTimeout(() => {
      asked = true;
      void current.checkTrackRecord(trackRecordInput(published()), EVALUATE_YEARS);
    }, quietMs);
    return () => clearTimeout(timer);
  });
}
