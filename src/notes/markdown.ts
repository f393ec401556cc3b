import { parseInline } from './inline.ts';
import type { NoteBlock, NoteList } from './note-tree.ts';

export type {
  NoteBlock,
  NoteCode,
  NoteEmphasis,
  NoteHeading,
  NoteInline,
  NoteLink,
  NoteList,
  NoteParagraph,
  NoteQuote,
  NoteStrong,
  NoteText,
} from './note-tree.ts';
export { MAX_INLINE_DEPTH } from './emphasis.ts';
export { safeHref } from './safe-href.ts';

/** Characters of a note that are parsed; the rest is left out (the editor should stop typing there). */
export const MAX_NOTE_LENGTH = 20_000;
/** Block quotes nest at most this deep; a deeper `>` is text. */
export const MAX_QUOTE_DEPTH = 4;

/**
 * Parse a note cell's Markdown into a plain data tree for a component to render element by
 * element. The subset: paragraphs; headings `#`, `##`, `###`; bullet lists (`-`, `*` and the
 * Chinese `・`, `•`); ordered lists (`1.`, `1、`); block quotes `>`; and inline strong, emphasis,
 * code and links (http, https, mailto and `#…` only). Everything else, raw HTML included, is
 * text. Never throws, and takes time roughly linear in the text whatever it holds.
 *
 * @param text - The note as typed; only the first `MAX_NOTE_LENGTH` characters are read.
 * @example parseNote('**重点**：见[统计公报](https://tjj.gz.gov.cn/)')
 */
export function parseNote(text: string): NoteBlock[] {
  if (typeof text !== 'string') return [];
  const capped = text.length > MAX_NOTE_LENGTH ? text.slice(0, MAX_NOTE_LENGTH) : text;
  return parseBlocks(capped.replaceAll('\r\n', '\n').replaceAll('\r', '\n').split('\n'), 0);
}

function parseBlocks(lines: readonly string[], depth: number): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  const quoteHere = (line: string) => depth < MAX_QUOTE_DEPTH && quoteContent(line) !== null;
  const startsBlock = (line: string) => quoteHere(line) || heading(line) !== null || listMarker(line) !== null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (quoteHere(line)) {
      const inner: string[] = [];
      for (; i < lines.length && quoteHere(lines[i] as string); i++) inner.push(quoteContent(lines[i] as string) as string);
      blocks.push({ type: 'quote', children: parseBlocks(inner, depth + 1) });
      continue;
    }
    const h = heading(line);
    if (h) {
      blocks.push({ type: 'heading', level: h.level, children: parseInline(h.content) });
      i++;
      continue;
    }
    const marker = listMarker(line);
    if (marker) {
      const list: NoteList = { type: 'list', ordered: marker.ordered, start: marker.start, items: [] };
      let item = [marker.content];
      for (i++; i < lines.length; i++) {
        const next = lines[i] as string;
        if (next.trim() === '') {
          // A blank line between items keeps the list going; anything else after one ends it.
          let j = i;
          while (j < lines.length && (lines[j] as string).trim() === '') j++;
          if (j < lines.length && listMarker(lines[j] as string)?.ordered === list.ordered) i = j - 1;
          else break;
          continue;
        }
        const m = listMarker(next);
        if (m && m.ordered !== list.ordered) break;
        if (m) {
          list.items.push(parseInline(item.join('\n')));
          item = [m.content];
        } else if (quoteHere(next) || heading(next)) break;
        else item.push(next.trim());
      }
      list.items.push(parseInline(item.join('\n')));
      blocks.push(list);
      continue;
    }
    const paragraph = [line.trim()];
    for (i++; i < lines.length && (lines[i] as string).trim() !== '' && !startsBlock(lines[i] as string); i++) {
      paragraph.push((lines[i] as string).trim());
    }
    blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
  }
  return blocks;
}

const indentOf = (line: string) => {
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
};
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isBlankChar = (c: string | undefined) => c === ' ' || c === '\t';

/** The text of a `>` line without its marker (and one space after it), or null. */
function quoteContent(line: string): string | null {
  const i = indentOf(line);
  if (line[i] !== '>') return null;
  return line.slice(isBlankChar(line[i + 1]) ? i + 2 : i + 1);
}

/** `#`–`###`, a space, then the text; an optional closing run of `#` is dropped. */
function heading(line: string): { level: 1 | 2 | 3; content: string } | null {
  const i = indentOf(line);
  let level = 0;
  while (line[i + level] === '#') level++;
  if (level < 1 || level > 3 || !isBlankChar(line[i + level])) return null;
  let content = line.slice(i + level).trim();
  let end = content.length;
  while (end > 0 && content[end - 1] === '#') end--;
  if (end === 0 || isBlankChar(content[end - 1])) content = content.slice(0, end).trim();
  return { level: level as 1 | 2 | 3, content };
}

/**
 * A list item's marker: `-` or `*` and a space; `・` or `•` (Chinese notes often leave out the
 * space); up to 9 digits and `.` and a space; or digits and `、`. The space rule keeps `*强调*`,
 * `1.5亿` and `2020.12` out of lists.
 */
function listMarker(line: string): { ordered: boolean; start: number; content: string } | null {
  const i = indentOf(line);
  const c = line[i];
  if ((c === '-' || c === '*') && isBlankChar(line[i + 1])) return { ordered: false, start: 1, content: line.slice(i + 2).trim() };
  if (c === '・' || c === '•') return { ordered: false, start: 1, content: line.slice(i + 1).trim() };
  let j = i;
  while (isDigit(line[j]) && j - i < 9) j++;
  if (j === i) return null;
  const start = Number(line.slice(i, j));
  if (line[j] === '、') return { ordered: true, start, content: line.slice(j + 1).trim() };
  if (line[j] === '.' && isBlankChar(line[j + 1])) return { ordered: true, start, content: line.slice(j + 2).trim() };
  return null;
}
