import type { UserLayer } from '../../user/layer.ts';
import type { PlanTablePreview } from './read-plan-table.ts';

/**
 * Turn a confirmed preview into one user layer: its plans, their targets and the new indicators.
 * Removing the layer removes them all.
 *
 * @param preview - From `readPlanTable`.
 * @param header - The layer's id, label (the file name or paste label) and ISO creation time.
 */
export function planLayer(preview: PlanTablePreview, header: Pick<UserLayer, 'id' | 'label' | 'created'>): UserLayer {
  return { ...header, indicators: preview.indicators, actuals: [], targets: preview.targets, plans: preview.plans };
}
