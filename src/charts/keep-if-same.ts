/**
 * Give back `previous` when every field of `next` holds the same value (===), else `next`. A Svelte
 * derived that builds an object makes a new one whenever any signal it read changed, even if the
 * values it took from them did not: on each engine result every chart's input was rebuilt from
 * the new maps and every chart near the screen was redrawn, although only one series had moved.
 *
 * @param previous - The object given out last, or null.
 * @param next - The object just built.
 */
export function keepIfSame<T extends object>(previous: T | null, next: T): T {
  if (previous === null) return next;
  const keys = Object.keys(next) as (keyof T)[];
  if (keys.length !== Object.keys(previous).length) return next;
  return keys.every((key) => previous[key] === next[key]) ? previous : next;
}
