/** Link targets longer than this are shown as text: no real note needs one, and scanning for one costs time. */
export const MAX_HREF_LENGTH = 2048;

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
// A URL scheme as the WHATWG URL parser reads it: a letter, then letters, digits, + - or .
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * Decide whether a link target from a note may become a link: only `http:`, `https:` and
 * `mailto:` URLs, and in-page anchors `#…`. Anything else is refused: `javascript:`, `data:`,
 * `vbscript:`, protocol-relative `//host`, relative paths, and targets with spaces, control
 * characters, quotes or angle brackets.
 *
 * Why refusing those characters outright is enough: the URL parser strips leading control
 * characters and removes tabs and newlines anywhere, so `java\tscript:` is `javascript:` to a
 * browser. With none of them present, the scheme the browser sees is exactly the text before
 * the first colon, and that is what is checked. Entities (`javascript&#58;`) are not decoded
 * here or by Svelte's attribute binding, and would fail the scheme check if they were.
 *
 * @param raw - The target as written between the parentheses.
 * @returns The target to use as `href`, or null when it must stay text.
 */
export function safeHref(raw: string): string | null {
  if (raw === '' || raw.length > MAX_HREF_LENGTH) return null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    // C0 controls and space, DEL, C1 controls, and characters that could end an attribute or tag.
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || c === 0x60) return null;
    // Unicode spaces and line separators (U+2028/2029, U+3000, U+FEFF…), which some tools trim too.
    if (c > 0x9f && /\s/.test(raw[i] as string)) return null;
  }
  if (raw.startsWith('#')) return raw;
  const scheme = SCHEME.exec(raw)?.[0].toLowerCase();
  if (scheme === undefined || !ALLOWED_SCHEMES.has(scheme)) return null;
  // Let the URL parser have the last word, so `http://` with no host and the like stay text.
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return ALLOWED_SCHEMES.has(url.protocol) ? raw : null;
}
