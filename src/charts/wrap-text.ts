/**
 * Break text into lines no wider than `maxWidth` pixels, estimating widths without a renderer: a
 * CJK character or full-width mark is one em, anything else 0.56 em. Latin text breaks at spaces,
 * Chinese between any two characters, but never before a closing mark such as ，。）.
 *
 * @param text - The text to break.
 * @param maxWidth - The line width in pixels.
 * @param fontSize - The font size in pixels.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const widthOf = (s: string) => [...s].reduce((w, ch) => w + (isWide(ch) ? 1 : 0.56) * fontSize, 0);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    const next = line + token;
    if (line !== '' && widthOf(next.trimEnd()) > maxWidth && !/^[，。、；：）」』！？,.;:)\]]/.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Wide characters take one token each; runs of narrow characters stay together up to and including a space. */
function tokens(text: string): string[] {
  return text.match(/[\u2E80-\uFFEF]|[^\u2E80-\uFFEF\s]+\s*|\s+/g) ?? [];
}

function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x2e80 && code <= 0xffef;
}
