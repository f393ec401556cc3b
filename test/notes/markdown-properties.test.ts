import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INLINE_DEPTH, parseNote } from '../../src/notes/markdown.ts';
import { collectLinks, inlineDepth } from './walk.ts';

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** Pieces that matter to the parser, so random notes are dense with markers and link attempts. */
const piece = fc.oneof(
  fc.constantFrom('*', '**', '***', '_', '__', '`', '``', '[', ']', '(', ')', '](', '\\', '>', '> ', '# ', '- ', '* ', '1. ', '2、', '・', '•'),
  fc.constantFrom('\n', '\n\n', ' ', '\t', '\r', '\u0000', '\u2028', '\u3000', '：', '「', '」', '重点', 'a', 'rd_gdp'),
  fc.constantFrom('javascript:', 'JaVaScRiPt:', 'java\tscript:', 'data:', 'vbscript:', '//', '\\\\', '&#58;', '&colon;', '%3A', 'alert(1)'),
  fc.constantFrom('http:', 'https:', 'mailto:', '#', 'https://a.cn', 'http://', 'HTTPS://x', '<script>', '<img onerror=x>'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
/** Link targets built from scheme fragments, separators and characters browsers strip or decode. */
const target = fc
  .array(
    fc.oneof(
      fc.constantFrom('javascript:', 'JaVaScRiPt:', 'java', 'script:', 'data:', 'vbscript:', 'http:', 'https:', 'mailto:', 'file:'),
      fc.constantFrom('#', '//', '/', '\\', ':', '&#58;', '&#x6A;', '&colon;', '%3A', 'a.cn', 'alert(1)', '(', ')'),
      fc.constantFrom('\t', '\n', ' ', '\u0000', '\u0001', '\u007f', '\u00a0', '\u200b', '\u2028', '\u3000', '\ufeff', '"', "'", '<', '>'),
    ),
    { maxLength: 6 },
  )
  .map((xs) => xs.join(''));
/** `[text](target)`, so that many random notes hold link attempts, safe and hostile. */
const linkAttempt = fc.tuple(fc.array(piece, { maxLength: 4 }), target).map(([text, href]) => `[${text.join('')}](${href})`);
const noteText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof({ arbitrary: piece, weight: 2 }, { arbitrary: linkAttempt, weight: 1 }), { maxLength: 120 }).map((xs) => xs.join('')),
);

/** Whether a browser would resolve the href to an allowed scheme (or keep it in the page). */
function isAllowedHref(href: string): boolean {
  if (href.startsWith('#')) return true;
  try {
    return ALLOWED.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

describe('parseNote properties', () => {
  it('never throws, links only to http, https, mailto or #, and nests at most 8 deep', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const blocks = parseNote(text);
        for (const href of collectLinks(blocks)) expect(isAllowedHref(href), href).toBe(true);
        expect(inlineDepth(blocks)).toBeLessThanOrEqual(MAX_INLINE_DEPTH);
      }),
      { numRuns: 2000 },
    );
  });
  it('gives plain data only: the tree survives JSON unchanged', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const blocks = parseNote(text);
        expect(JSON.parse(JSON.stringify(blocks))).toEqual(blocks);
      }),
      { numRuns: 300 },
    );
  });
});
