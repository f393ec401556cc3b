import type { SeedTexts } from './types.ts';

/**
 * Fingerprint the data a scenario was made with (FNV-1a over the four seed tables), so a link can
 * tell when the shipped data has changed since it was made.
 *
 * @param texts - The seed tables as text.
 * @returns Eight hex digits.
 */
export function dataVersion(texts: SeedTexts): string {
  let h = 0x811c9dc5;
  for (const text of [texts.plans, texts.indicators, texts.targets, texts.actuals]) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
