/**
 * A small printer for the SVG snapshots in `test/charts/output/`: one element per line, so a diff of a
 * snapshot shows which mark moved instead of one changed 6,000-character line. No dependency: the
 * markup is what `outerHTML` gives for a Plot chart, split on its tags.
 */

/** One piece of serialised markup: a start tag, an end tag, or the text between tags. */
type Token = { kind: 'open' | 'close' | 'empty' | 'text'; text: string };

interface Node {
  open: string;
  close: string;
  children: (Node | string)[];
}

/** Split markup into tags and text; a `>` inside a quoted attribute value does not end its tag. */
function tokens(markup: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < markup.length) {
    if (markup[i] !== '<') {
      const end = markup.indexOf('<', i);
      const stop = end < 0 ? markup.length : end;
      out.push({ kind: 'text', text: markup.slice(i, stop) });
      i = stop;
      continue;
    }
    let j = i + 1;
    let quote: string | null = null;
    for (; j < markup.length; j++) {
      const c = markup[j];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '>') {
        break;
      }
    }
    if (j >= markup.length) throw new Error(`unterminated tag at ${i}: ${markup.slice(i, i + 40)}`);
    const text = markup.slice(i, j + 1);
    // A comment or declaration (`<!…>`, `<?…>`) has no end tag.
    out.push({ kind: text.startsWith('</') ? 'close' : text.endsWith('/>') || /^<[!?]/.test(text) ? 'empty' : 'open', text });
    i = j + 1;
  }
  return out;
}

/** The markup as a tree of elements and text; the root holds the top-level pieces. */
function tree(markup: string): Node {
  const root: Node = { open: '', close: '', children: [] };
  const stack: Node[] = [root];
  for (const token of tokens(markup)) {
    const parent = stack.at(-1)!;
    if (token.kind === 'text') parent.children.push(token.text);
    else if (token.kind === 'empty') parent.children.push({ open: token.text, close: '', children: [] });
    else if (token.kind === 'open') {
      const node: Node = { open: token.text, close: '', children: [] };
      parent.children.push(node);
      stack.push(node);
    } else {
      const name = (tag: string) => /^<\/?([^\s/>]+)/.exec(tag)?.[1];
      if (stack.length === 1 || name(parent.open) !== name(token.text)) throw new Error(`unmatched ${token.text}`);
      stack.pop()!.close = token.text;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed ${stack.at(-1)!.open}`);
  return root;
}

/** The node exactly as it was serialised. */
function verbatim(node: Node | string): string {
  return typeof node === 'string' ? node : `${node.open}${node.children.map(verbatim).join('')}${node.close}`;
}

/**
 * Print serialised SVG with one element per line, each nested element indented two spaces more.
 * Only whitespace between tags changes: an element holding no elements, or any text but whitespace
 * beside them (a label, a `<style>` sheet, a `<title>`), is kept on its line exactly as serialised,
 * and whitespace-only text between elements is dropped. So removing the whitespace between tags from
 * the output gives the input back with the same done to it.
 *
 * @param markup - One serialised element (or several), as `outerHTML` gives it.
 * @returns The printed markup, ending in a newline.
 */
export function prettySvg(markup: string): string {
  const lines: string[] = [];
  const print = (node: Node | string, depth: number) => {
    const indent = '  '.repeat(depth);
    if (typeof node === 'string') {
      if (node.trim() !== '') lines.push(`${indent}${node}`);
      return;
    }
    const kept = node.children.filter((c) => typeof c !== 'string' || c.trim() !== '');
    // No elements inside, or text beside them: the whole element as it was, on its line.
    if (node.children.every((c) => typeof c === 'string') || kept.some((c) => typeof c === 'string')) {
      lines.push(`${indent}${verbatim(node)}`);
    } else {
      lines.push(`${indent}${node.open}`);
      for (const child of kept) print(child, depth + 1);
      if (node.close !== '') lines.push(`${indent}${node.close}`);
    }
  };
  for (const child of tree(markup).children) print(child, 0);
  return `${lines.join('\n')}\n`;
}
