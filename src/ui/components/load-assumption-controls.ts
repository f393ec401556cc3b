import { onDemand } from '../../notebook/on-demand.ts';

/**
 * A chart's assumption controls, a chunk of their own: they mount only when the reader opens
 * "调整假设" (or the series was edited), so the page's first download does not carry them.
 */
export const assumptionControls = onDemand(() => import('./AssumptionControls.svelte'));
