import type { Dataset } from '../data/types.ts';
import type { Locale } from '../text/locale.ts';
import type { LinkDetail, LinkProblem } from '../scenario/link-codec.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { Autosave } from '../storage/autosave.ts';
import type { UserLayer } from '../user/layer.ts';
import type { Note, WorkspaceProblem } from '../user/workspace.ts';
import type { EngineState } from './engine.svelte.ts';
import type { SaveStatus } from './save-status.svelte.ts';

/** What the page is given at start-up (`src/main.ts`): the data, the engines, and how it opened. */
export interface AppProps {
  /** The shipped (published) data; the user's layers are added on top. */
  dataset: Dataset;
  initialLocale: Locale;
  /** Called when the reader switches language, so the choice can be remembered. */
  onlocale?: (locale: Locale) => void;
  /** The engine, running in a worker; without it the page shows published data only. */
  engine?: EngineState;
  /** Start another engine, for the comparison scenario. */
  createEngine?: () => EngineState;
  /** Fingerprint of the shipped data, written into links. Defaults to ''. */
  dataVersion?: string;
  /** A scenario opened from a link, if any. */
  initialScenario?: Scenario | null;
  /** A comparison scenario A opened from the same link, if any. */
  initialComparison?: Scenario | null;
  /** Why the link in the address could not be opened, if it could not. */
  linkProblem?: LinkProblem | null;
  /** What the refused link held that was refused, by path. */
  linkProblemDetails?: LinkDetail[];
  /** Whether the link was made with other data than the page ships now. */
  linkDataChanged?: boolean;
  /** The results the link recorded when it was made, set beside today's when the data changed. */
  recordedResults?: Record<string, number> | null;
  /** The user's layers and notes restored from a link, a file or the browser's store. */
  initialLayers?: UserLayer[];
  initialNotes?: Note[];
  /** Parts of the opened workspace (link or store) left out or renumbered, by path. */
  restoreProblems?: WorkspaceProblem[];
  /** The key a damaged stored workspace was set aside under, when it was. */
  storeSetAside?: string | null;
  /** A damaged stored workspace that could not be set aside (storage full): left in place, writes held. */
  heldStoreText?: string | null;
  /** The reader chose to replace that damaged text: let the autosave write again. */
  onreleasestore?: () => void;
  /** Whether the browser's store holds layers or notes of the reader's. */
  storeHoldsWork?: boolean;
  /** Saves the workspace in the browser after each change; absent in tests and embeds. */
  autosave?: Autosave | null;
  /** The autosave's last outcome, so a full or blocked store is said. */
  saveStatus?: SaveStatus | null;
  /** Present when the page opened from the address (a link, or one that failed): back to the reader's own workspace. */
  onbacktoworkspace?: () => void;
}
