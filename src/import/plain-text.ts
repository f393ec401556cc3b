// C0/C1 controls and the bidirectional overrides that can make a name display as something else.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
// Spreadsheet formula starters (OWASP "CSV Injection"): such a cell would run if exported and reopened.
const FORMULA = /^[=+\-@]/;

/**
 * Make a name or source safe to keep as plain text: controls and direction overrides become one
 * space, and the ends are trimmed. The text is never interpreted as markup or a formula.
 *
 * @param text - A cell as written.
 */
export function plainText(text: string): string {
  return text.replace(CONTROLS, ' ').trim();
}

/**
 * Tell whether a text cell starts like a spreadsheet formula (`=`, `+`, `-`, `@`).
 *
 * @param text - A name, region or source cell.
 */
export function looksLikeFormula(text: string): boolean {
  return FORMULA.test(text.trim());
}
