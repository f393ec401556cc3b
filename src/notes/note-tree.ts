/**
 * A note cell as plain data: a component renders each node as an element and every string as
 * text, so nothing in a note can become markup. There is no HTML node type on purpose.
 */

/** Text as written; a `\n` is a line break inside a paragraph (render with `white-space: pre-line`). */
export interface NoteText {
  type: 'text';
  text: string;
}
/** `**strong**` or `__strong__`. */
export interface NoteStrong {
  type: 'strong';
  children: NoteInline[];
}
/** `*emphasis*` or `_emphasis_`. */
export interface NoteEmphasis {
  type: 'emphasis';
  children: NoteInline[];
}
/** `` `code` ``, shown as typed. */
export interface NoteCode {
  type: 'code';
  text: string;
}
/** `[text](href)`; `href` is always `http:`, `https:`, `mailto:` or `#…` (see `safeHref`). */
export interface NoteLink {
  type: 'link';
  href: string;
  children: NoteInline[];
}
export type NoteInline = NoteText | NoteStrong | NoteEmphasis | NoteCode | NoteLink;

export interface NoteParagraph {
  type: 'paragraph';
  children: NoteInline[];
}
/** `#`, `##` or `###` and a space. */
export interface NoteHeading {
  type: 'heading';
  level: 1 | 2 | 3;
  children: NoteInline[];
}
/**
 * A bullet list (`-`, `*`, `・`, `•`) or an ordered one (`1.`, `1、`). Each item is one run of
 * inline content; an indented item joins the list at the same level (lists do not nest).
 */
export interface NoteList {
  type: 'list';
  ordered: boolean;
  /** The number of the first item of an ordered list; 1 for bullet lists. */
  start: number;
  items: NoteInline[][];
}
/** `>` lines; quotes may hold any blocks, including quotes, down to a fixed depth. */
export interface NoteQuote {
  type: 'quote';
  children: NoteBlock[];
}
export type NoteBlock = NoteParagraph | NoteHeading | NoteList | NoteQuote;
