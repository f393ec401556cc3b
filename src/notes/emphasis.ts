import { mergeText, type Item, type ItemChain } from './item-chain.ts';
import type { NoteText } from './note-tree.ts';

/** Inline nodes nest at most this deep; deeper markers stay text, so rendering cannot recurse without end. */
export const MAX_INLINE_DEPTH = 8;

/** A run of `*` or `_` (1 to 3 long) that may open or close emphasis; its text is the run itself. */
export interface Delimiter {
  item: Item & { node: NoteText };
  char: '*' | '_';
  count: number;
  canOpen: boolean;
  canClose: boolean;
  /** Increases along the text; lets `openersBottom` survive removals from the stack. */
  seq: number;
}

/**
 * Pair delimiters on the stack above `bottom` into strong and emphasis nodes, as CommonMark's
 * "process emphasis" does (https://spec.commonmark.org/0.31.2/#phase-2-inline-structure), without
 * its rule of three. Unpaired delimiters stay as text. The stack is cut back to `bottom`.
 *
 * Each closer searches down for an opener, but never below the point where an earlier closer of
 * the same character found none (`openersBottom`), so text full of unmatched markers stays linear
 * rather than quadratic.
 *
 * @param chain - The inline items.
 * @param stack - The delimiter stack, in text order.
 * @param bottom - Only delimiters at this index or above are processed.
 */
export function processEmphasis(chain: ItemChain, stack: Delimiter[], bottom: number): void {
  const openersBottom = { '*': -1, _: -1 };
  let ci = bottom;
  while (ci < stack.length) {
    const closer = stack[ci] as Delimiter;
    if (!closer.canClose) {
      ci++;
      continue;
    }
    let oi = ci - 1;
    while (oi >= bottom) {
      const d = stack[oi] as Delimiter;
      if (d.seq < openersBottom[closer.char]) {
        oi = bottom - 1;
        break;
      }
      if (d.char === closer.char && d.canOpen) break;
      oi--;
    }
    if (oi < bottom) {
      openersBottom[closer.char] = closer.seq;
      if (closer.canOpen) ci++;
      else stack.splice(ci, 1);
      continue;
    }
    const opener = stack[oi] as Delimiter;
    const depth = 1 + chain.depthBetween(opener.item, closer.item);
    if (depth > MAX_INLINE_DEPTH) {
      closer.canClose = false;
      continue;
    }
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    const children = mergeText(chain.takeBetween(opener.item, closer.item));
    chain.insertAfter(opener.item, use === 2 ? { type: 'strong', children } : { type: 'emphasis', children }, depth);
    opener.count -= use;
    closer.count -= use;
    opener.item.node.text = opener.item.node.text.slice(use);
    closer.item.node.text = closer.item.node.text.slice(use);
    // Delimiters between the pair are now inside the new node, as text.
    stack.splice(oi + 1, ci - oi - 1);
    ci = oi + 1;
    if (opener.count === 0) {
      chain.unlink(opener.item);
      stack.splice(oi, 1);
      ci--;
    }
    if (closer.count === 0) {
      chain.unlink(closer.item);
      stack.splice(ci, 1);
    }
  }
  stack.length = bottom;
}
