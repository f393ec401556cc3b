import { onDemand } from './on-demand.ts';

/**
 * The notebook's Arquero verbs (`frames.ts`), a chunk of their own with Arquero and its expression
 * parser: the tables they sort show after the first screen, and the engine's first run takes longer
 * than their load.
 */
export const frameVerbs = onDemand(() => import('./frames.ts'));
