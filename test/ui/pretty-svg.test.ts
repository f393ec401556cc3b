import { describe, expect, it } from 'vitest';
import { prettySvg } from './pretty-svg.ts';

/** What the snapshots' check compares: the markup with the whitespace between tags taken out. */
const tight = (markup: string) => markup.replace(/>\s+</g, '><').trim();

describe('prettySvg, the snapshots’ printer', () => {
  it('puts one element per line, indented by depth, and keeps an element holding text whole', () => {
    const svg =
      '<svg width="10"><style>a {\n  b: c;\n}</style><g aria-label="x > y"><line x1="0"></line><text>2014</text></g>' +
      '<text>a<tspan>b</tspan></text><g></g><path d="M0,0"/></svg>';
    expect(prettySvg(svg)).toBe(
      [
        '<svg width="10">',
        '  <style>a {\n  b: c;\n}</style>',
        '  <g aria-label="x > y">',
        '    <line x1="0"></line>',
        '    <text>2014</text>',
        '  </g>',
        '  <text>a<tspan>b</tspan></text>',
        '  <g></g>',
        '  <path d="M0,0"/>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('changes only the whitespace between tags, and prints its own output the same again', () => {
    const svg = '<svg>\n <g> <text> x </text>\n<g><line></line></g></g> <text> </text></svg>';
    const printed = prettySvg(svg);
    expect(tight(printed)).toBe(tight(svg));
    expect(printed).toContain('    <text> x </text>\n');
    // A whitespace-only text element keeps its space: it is text, not room between tags.
    expect(printed).toContain('  <text> </text>\n');
    expect(prettySvg(printed)).toBe(printed);
  });

  it('refuses markup whose tags do not match, rather than print something else', () => {
    expect(() => prettySvg('<svg><g></svg>')).toThrow();
    expect(() => prettySvg('<svg></g>')).toThrow();
    expect(() => prettySvg('<svg x="1')).toThrow(/unterminated/);
  });
});
