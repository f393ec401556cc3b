/**
 * Join chunks of bytes read one after another (a stream, a file read in pieces) into one array.
 *
 * @param chunks - The chunks, in order.
 * @param size - Their total length, counted while reading.
 */
export function joinBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
