import { normaliseName } from '../../text/user-text.ts';

/**
 * Derive a user plan's id from its name: `u_plan_` and the FNV-1a hash of the normalised name in
 * base 36, so the same name always gives the same id (a link made from one import opens beside the
 * same table imported again) and a Chinese name needs no transliteration.
 *
 * @param name - The plan's name as given.
 * @example planIdFor('广州市科技创新“十四五”规划') // 'u_plan_…' (8 characters or fewer after the prefix)
 */
export function planIdFor(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of normaliseName(name)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `u_plan_${hash.toString(36)}`;
}
