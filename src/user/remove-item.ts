import type { UserLayer } from './layer.ts';

/** One thing the reader removes from a layer: a target by its index, or a formula indicator by id (with its targets). */
export type LayerItem = { target: number } | { indicator: string };

/**
 * The layer without one item. A plan of the layer's that has no target left goes with it, since
 * an empty plan would still be listed and coloured; a layer left with nothing in it is null.
 *
 * @param layer - The layer.
 * @param item - What to remove.
 */
export function withoutItem(layer: UserLayer, item: LayerItem): UserLayer | null {
  const targets = 'target' in item ? layer.targets.filter((_, i) => i !== item.target) : layer.targets.filter((t) => t.indicator_id !== item.indicator);
  const indicators = 'target' in item ? layer.indicators : layer.indicators.filter((d) => d.id !== item.indicator);
  const next: UserLayer = { ...layer, indicators, targets };
  if (layer.plans) {
    const plans = layer.plans.filter((p) => targets.some((t) => t.plan_id === p.id));
    if (plans.length > 0) next.plans = plans;
    else delete next.plans;
  }
  return indicators.length + layer.actuals.length + targets.length > 0 ? next : null;
}
