import type { NoteBlock, NoteInline } from '../../src/notes/markdown.ts';

/** Every inline run in a tree of blocks, quotes and list items included. */
function inlineRuns(blocks: readonly NoteBlock[]): NoteInline[][] {
  return blocks.flatMap((b): NoteInline[][] => {
    if (b.type === 'quote') return inlineRuns(b.children);
    if (b.type === 'list') return b.items;
    return [b.children];
  });
}

function walk(nodes: readonly NoteInline[], visit: (node: NoteInline, depth: number) => void, depth = 1): void {
  for (const node of nodes) {
    visit(node, depth);
    if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'link') walk(node.children, visit, depth + 1);
  }
}

/** The href of every link in the tree. */
export function collectLinks(blocks: readonly NoteBlock[]): string[] {
  const hrefs: string[] = [];
  for (const run of inlineRuns(blocks)) walk(run, (node) => node.type === 'link' && hrefs.push(node.href));
  return hrefs;
}

/** The deepest nesting of strong, emphasis and link nodes (0 when there are none). */
export function inlineDepth(blocks: readonly NoteBlock[]): number {
  let max = 0;
  for (const run of inlineRuns(blocks)) walk(run, (node, depth) => node.type !== 'text' && node.type !== 'code' && (max = Math.max(max, depth)));
  return max;
}
