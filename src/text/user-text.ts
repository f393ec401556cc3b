/**
 * Text a user typed, pasted, imported or brought in a file or link is normalised once, here, before
 * any check runs and before it is stored, so every check sees exactly the text that will be kept:
 *
 * - format characters (Unicode category Cf: zero-width spaces and joiners, the byte-order mark, soft
 *   hyphens, bidirectional marks and overrides, invisible operators) and the invisible fillers that
 *   are letters by category (Hangul fillers, the braille blank) are removed, since they only hide
 *   what a text says;
 * - other control characters become a space (prose keeps its line breaks and tabs);
 * - the text is put in Unicode NFC, so the same words typed two ways are one text.
 *
 * Identifying fields (names, regions, units: what the page compares and groups by) also have their
 * full-width ASCII forms (`＝`, `Ａ`, `１`, `（`) and the ideographic space turned into ASCII. Prose
 * (sources, labels, definitions, notes) keeps full-width punctuation, which is correct Chinese; the
 * formula rule folds widths itself, so a full-width `＝` cannot pass it there either.
 */

// Format characters, the fillers, and variation selectors (which mean nothing on their own).
const INVISIBLE = /\p{Cf}|[\u115f\u1160\u3164\uffa0\u2800]|\u034f|[\ufe00-\ufe0f]/gu;
// Controls but tab, line feed and carriage return, which prose keeps (CR is folded into LF first).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const PROSE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// A text that starts with a combining mark has nothing for it to combine with: drop the marks (and,
// in one line, the spaces among them, so a second pass finds nothing more to drop).
const LEADING_MARKS = /^\p{M}+/u;
const LEADING_MARKS_AND_SPACES = /^[\p{M}\s]+/u;
// Spreadsheet formula starters (OWASP "CSV Injection"), in ASCII, full-width and small forms.
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\u2212]/;

/**
 * Normalise one line of prose: a label, a source, a definition. Line breaks become spaces, ends are trimmed.
 *
 * @param text - The text as given.
 * @example normaliseLine('\u200b=1+2 ') // '=1+2' (then refused by `looksLikeFormula`)
 */
export function normaliseLine(text: string): string {
  return text.replace(INVISIBLE, '').replace(LINE_BREAKS_AND_CONTROLS, ' ').normalize('NFC').replace(LEADING_MARKS_AND_SPACES, '').trimEnd();
}

/**
 * Normalise an identifying field (a name, a region, a unit word): as {@link normaliseLine}, and full-width
 * ASCII forms become ASCII and every space character a space, so `研发（亿元）` and `研发(亿元)` are one name.
 *
 * @param text - The text as given.
 * @example normaliseName('Ｒ＆Ｄ（亿元）') // 'R&D(亿元)'
 */
export function normaliseName(text: string): string {
  return normaliseLine(foldWidth(text));
}

/**
 * Normalise prose that may span lines (a note): line ends become `\n`, tabs stay, nothing is trimmed
 * but leading combining marks.
 *
 * @param text - The text as given.
 */
export function normaliseProse(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n').replace(PROSE_CONTROLS, ' ').normalize('NFC').replace(LEADING_MARKS, '');
}

/**
 * Tell whether a text starts like a spreadsheet formula (`=`, `+`, `-`, `@`, in any width). Run it on
 * the normalised text, the one that is stored: what a check passes is then what is kept.
 *
 * @param text - A normalised name, region, label or source.
 */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text.trimStart());
}

/** Full-width ASCII forms (U+FF01–U+FF5E) as ASCII, and every space character (ideographic, no-break…) as a space. */
function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\p{Zs}/gu, ' ');
}
