/**
 * Turn the full-width forms a Chinese input method types (０-９, ．, ，, －, ％, （）, the ideographic
 * space) into their ASCII forms, and the look-alike minus and space characters into `-` and ` `.
 *
 * Only the characters that change how a number, unit or header reads are mapped; Chinese text is
 * left alone.
 *
 * @param text - A cell or header.
 * @returns The same text with ASCII forms.
 * @example toHalfWidth('１，２３４．５％') // '1,234.5%'
 */
export function toHalfWidth(text: string): string {
  // Most cells are plain ASCII; skipping them keeps a 50 000-row import fast.
  if (!NON_ASCII.test(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // U+FF01–U+FF5E mirror U+0021–U+007E at a fixed offset (Unicode "Halfwidth and Fullwidth Forms").
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += LOOK_ALIKES.get(char) ?? char;
  }
  return out;
}

const NON_ASCII = /[^\x20-\x7e\t\n\r]/;

const LOOK_ALIKES = new Map<string, string>([
  ['\u3000', ' '], // ideographic space
  ['\u00a0', ' '], // no-break space, which Excel puts in some exported numbers
  ['\u2009', ' '], // thin space, used as a group separator
  ['\u202f', ' '], // narrow no-break space, the same in French-style grouping
  ['\u2212', '-'], // minus sign
  ['\ufe63', '-'], // small hyphen-minus
  ['\u2010', '-'], // hyphen
  ['\uff64', ','], // half-width ideographic comma
]);

/**
 * Normalise a header or name for comparison: ASCII forms, lower case, no whitespace at all.
 *
 * @param text - A header cell or indicator name.
 */
export function compactKey(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/\s+/g, '');
}
