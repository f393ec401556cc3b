import { MAX_INLINE_DEPTH, processEmphasis, type Delimiter } from './emphasis.ts';
import { ItemChain, mergeText, type Item } from './item-chain.ts';
import type { NoteInline, NoteText } from './note-tree.ts';
import { MAX_HREF_LENGTH, safeHref } from './safe-href.ts';

const ASCII_PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
const WHITESPACE = /\s/;
// The start and end of the text count as space, as in CommonMark.
const isSpace = (c: string) => c === '' || WHITESPACE.test(c);
// `_` inside a word (`rd_gdp_ratio`) is a letter of the word, not emphasis.
const isWordChar = (c: string) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** An unmatched `[`, waiting for a `](…)`. */
interface Bracket {
  item: Item & { node: NoteText };
  /** The delimiter stack's length when it was pushed: emphasis inside the link text starts there. */
  bottom: number;
  /** False once a link has formed after it: links cannot hold links. */
  active: boolean;
}

/**
 * Parse a block's inline Markdown: `**strong**`, `*emphasis*`/`_emphasis_`, `` `code` `` and
 * `[text](href)` with a safe href (see `safeHref`); backslash escapes punctuation. Anything else,
 * raw HTML included, is text. Takes time roughly linear in the text whatever it holds: no regular
 * expression with nested quantifiers, delimiter searches bounded as in CommonMark, and link-target
 * scans that are capped at `MAX_HREF_LENGTH` and never run over another `]`.
 *
 * Flanking is simpler than CommonMark's and ignores punctuation: a `*` run opens when no space
 * follows it and closes when no space precedes it. So `**重点**：` and `**「重点」**的` are strong,
 * which CommonMark's punctuation rules get wrong for Chinese.
 *
 * @param text - The block's text; lines joined by `\n`.
 */
export function parseInline(text: string): NoteInline[] {
  const chain = new ItemChain();
  const stack: Delimiter[] = [];
  const brackets: Bracket[] = [];
  const findCodeCloser = codeCloserFinder(text);
  let buffer = '';
  let seq = 0;
  const flush = () => {
    if (buffer !== '') chain.push({ type: 'text', text: buffer });
    buffer = '';
  };
  const pushText = (s: string) => {
    flush();
    return chain.push({ type: 'text', text: s }) as Item & { node: NoteText };
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length && ASCII_PUNCTUATION.has(text[i + 1] as string)) {
      buffer += text[i + 1];
      i += 2;
    } else if (c === '`') {
      const length = runLength(text, i);
      const close = findCodeCloser(i + length, length);
      if (close < 0) buffer += text.slice(i, i + length);
      else {
        flush();
        chain.push({ type: 'code', text: codeText(text.slice(i + length, close)) });
      }
      i = close < 0 ? i + length : close + length;
    } else if (c === '*' || c === '_') {
      const length = runLength(text, i);
      // Runs of 4 or more are never emphasis here: a row of asterisks is a row of asterisks.
      if (length > 3) buffer += text.slice(i, i + length);
      else {
        const before = i > 0 ? (text[i - 1] as string) : '';
        const after = text[i + length] ?? '';
        let canOpen = !isSpace(after);
        let canClose = !isSpace(before);
        if (c === '_') {
          canOpen &&= !isWordChar(before);
          canClose &&= !isWordChar(after);
        }
        const item = pushText(text.slice(i, i + length));
        if (canOpen || canClose) stack.push({ item, char: c, count: length, canOpen, canClose, seq: seq++ });
      }
      i += length;
    } else if (c === '[') {
      brackets.push({ item: pushText('['), bottom: stack.length, active: true });
      i++;
    } else if (c === ']') {
      const opener = brackets.pop();
      const target = opener?.active ? readTarget(text, i + 1) : null;
      const href = target ? safeHref(target.href) : null;
      if (!opener || !target || href === null) {
        buffer += ']';
        i++;
        continue;
      }
      flush();
      processEmphasis(chain, stack, opener.bottom);
      const depth = 1 + chain.depthBetween(opener.item, null);
      if (depth > MAX_INLINE_DEPTH) {
        buffer += ']';
        i++;
        continue;
      }
      const inner = mergeText(chain.takeBetween(opener.item, null));
      const children: NoteInline[] = inner.length > 0 ? inner : [{ type: 'text', text: href }];
      chain.insertAfter(opener.item, { type: 'link', href, children }, depth);
      chain.unlink(opener.item);
      for (const b of brackets) b.active = false;
      i = target.end;
    } else {
      buffer += c;
      i++;
    }
  }
  flush();
  processEmphasis(chain, stack, 0);
  return chain.toNodes();
}

function runLength(text: string, start: number): number {
  let end = start;
  while (text[end] === text[start]) end++;
  return end - start;
}

/** Code span text: line breaks become spaces, and one space is trimmed from each end when both have one. */
function codeText(raw: string): string {
  const s = raw.replaceAll('\n', ' ');
  return s.length > 2 && s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '' ? s.slice(1, -1) : s;
}

/**
 * Index every backtick run by length once, so finding a span's closing run is a cursor step
 * rather than a scan to the end (which would be quadratic for text full of lone backticks).
 */
function codeCloserFinder(text: string): (from: number, length: number) => number {
  const runs = new Map<number, { starts: number[]; cursor: number }>();
  for (let i = 0; i < text.length; ) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    const length = runLength(text, i);
    const entry = runs.get(length) ?? { starts: [], cursor: 0 };
    entry.starts.push(i);
    runs.set(length, entry);
    i += length;
  }
  return (from, length) => {
    const entry = runs.get(length);
    if (!entry) return -1;
    while (entry.cursor < entry.starts.length && (entry.starts[entry.cursor] as number) < from) entry.cursor++;
    return entry.starts[entry.cursor] ?? -1;
  };
}

/**
 * Read `(target)` right after a `]`: no spaces or square brackets inside the target, balanced
 * parentheses allowed. Stopping at `[` and `]` keeps scans from overlapping: text such as
 * `[a](` repeated would otherwise rescan up to `MAX_HREF_LENGTH` characters at every `]`.
 */
function readTarget(text: string, open: number): { href: string; end: number } | null {
  if (text[open] !== '(') return null;
  let j = open + 1;
  while (text[j] === ' ' || text[j] === '\t') j++;
  const start = j;
  let depth = 0;
  for (; j < text.length && j - start <= MAX_HREF_LENGTH; j++) {
    const c = text[j];
    if (c === ' ' || c === '\t' || c === '\n' || c === '[' || c === ']') break;
    if (c === '(') depth++;
    if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  const href = text.slice(start, j);
  while (text[j] === ' ' || text[j] === '\t') j++;
  return text[j] === ')' ? { href, end: j + 1 } : null;
}
