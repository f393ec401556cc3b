/** How the bytes of a file were read. `utf-8-bom` is UTF-8 that started with a byte-order mark. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Text read from bytes, and how it was read. */
export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string;
  encoding: TextEncodingName;
}

/**
 * Read file bytes as text, the way Excel and WPS save CSV and "Unicode text".
 *
 * A byte-order mark decides (UTF-8 `EF BB BF`, UTF-16 LE `FF FE`, UTF-16 BE `FE FF`). Without one the
 * bytes are tried as strict UTF-8, and if that fails they are read as GB18030: Excel on Chinese
 * Windows saves "CSV" in the ANSI code page 936 (GBK), and GB18030 is a superset of GBK and GB2312,
 * so it reads all three. Bytes no encoding can read become U+FFFD rather than an exception.
 *
 * @param bytes - The file as uploaded.
 * @returns The text and the encoding used.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decode('gb18030', bytes), encoding: 'gb18030' };
  }
}

/**
 * Tell whether bytes start with a given signature.
 *
 * @param bytes - The file.
 * @param signature - The leading bytes to look for.
 */
export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

// The mark has already been cut off, so ignoreBOM keeps a second one (rare, but seen after
// concatenating two exports) as text, where it shows up instead of silently vanishing.
const decode = (label: string, bytes: Uint8Array) => new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
