import { ENGINE_VERSION } from '../model/index.ts';
import type { SeedTexts } from './types.ts';

/**
 * Fingerprint the data a scenario was made with and the engine that ran it (FNV-1a over the engine
 * version and the four seed tables), so a link can tell when either has changed since it was made.
 *
 * @param texts - The seed tables as text.
 * @returns Eight hex digits.
 */
export function dataVersion(texts: SeedTexts): string {
  let h = 0x811c9dc5;
  // Version 1 links were fingerprinted on the tables alone; from version 2 on the engine is named first.
  const engine = ENGINE_VERSION > 1 ? [`engine ${ENGINE_VERSION}\n`] : [];
  for (const text of [...engine, texts.plans, texts.indicators, texts.targets, texts.actuals]) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
