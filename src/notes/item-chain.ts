import type { NoteInline } from './note-tree.ts';

/** One inline node in the chain, with how deeply its own children nest (0 for text and code). */
export interface Item {
  node: NoteInline;
  depth: number;
  prev: Item | null;
  next: Item | null;
}

/**
 * A doubly linked list of inline nodes. Emphasis and links wrap a run of neighbours into one node;
 * a linked list does that without shifting an array, which keeps long notes linear.
 */
export class ItemChain {
  head: Item | null = null;
  tail: Item | null = null;

  /** Append a node and return its item. */
  push(node: NoteInline, depth = 0): Item {
    const item: Item = { node, depth, prev: this.tail, next: null };
    if (this.tail) this.tail.next = item;
    else this.head = item;
    this.tail = item;
    return item;
  }

  /** Insert a node right after `ref` and return its item. */
  insertAfter(ref: Item, node: NoteInline, depth: number): Item {
    const item: Item = { node, depth, prev: ref, next: ref.next };
    if (ref.next) ref.next.prev = item;
    else this.tail = item;
    ref.next = item;
    return item;
  }

  /** Remove an item from the chain. */
  unlink(item: Item): void {
    if (item.prev) item.prev.next = item.next;
    else this.head = item.next;
    if (item.next) item.next.prev = item.prev;
    else this.tail = item.prev;
    item.prev = item.next = null;
  }

  /**
   * Remove the items strictly between `from` and `to` (to the end when `to` is null) and return them.
   *
   * @param from - The item before the run.
   * @param to - The item after the run, or null.
   */
  takeBetween(from: Item, to: Item | null): Item[] {
    const taken: Item[] = [];
    for (let item = from.next; item && item !== to; item = item.next) taken.push(item);
    from.next = to;
    if (to) to.prev = from;
    else this.tail = from;
    return taken;
  }

  /** The deepest nesting among the items strictly between `from` and `to` (to the end when null). */
  depthBetween(from: Item, to: Item | null): number {
    let depth = 0;
    for (let item = from.next; item && item !== to; item = item.next) depth = Math.max(depth, item.depth);
    return depth;
  }

  /** The chain's nodes as an array, adjacent text merged. */
  toNodes(): NoteInline[] {
    const items: Item[] = [];
    for (let item = this.head; item; item = item.next) items.push(item);
    return mergeText(items);
  }
}

/**
 * Turn items into nodes, merging neighbouring text nodes (delimiters left over as text would
 * otherwise split a sentence into many nodes).
 *
 * @param items - Items in order.
 */
export function mergeText(items: readonly Item[]): NoteInline[] {
  const nodes: NoteInline[] = [];
  for (const { node } of items) {
    const last = nodes[nodes.length - 1];
    if (node.type === 'text' && last?.type === 'text') nodes[nodes.length - 1] = { type: 'text', text: last.text + node.text };
    else if (node.type !== 'text' || node.text !== '') nodes.push(node);
  }
  return nodes;
}
