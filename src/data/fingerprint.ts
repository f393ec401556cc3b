/**
 * A fingerprint of a plain value: equal values, equal fingerprints. Used where something computed when
 * the app was built (a chart drawn ahead, the engine's track record) stands in for the page's own
 * computation only if the page holds exactly the input it was computed from. Maps count by their
 * entries (JSON writes them as `{}`), and an object's fields by name, not by the order they were
 * written in.
 *
 * @param value - Anything JSON can write (plus Maps).
 * @returns 16 hex digits.
 */
export function fingerprint(value: unknown): string {
  return hash53(JSON.stringify(value, canonical));
}

/** JSON of a value that does not depend on the order its object's fields were written in. */
function canonical(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
}

/** A 53-bit string hash (cyrb53: two 32-bit multiply-xor lanes), as 16 hex digits; fast and well spread, not cryptographic. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
