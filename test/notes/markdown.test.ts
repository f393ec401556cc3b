import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH, parseNote, safeHref, type NoteBlock, type NoteInline } from '../../src/notes/markdown.ts';
import { collectLinks, inlineDepth } from './walk.ts';

const t = (text: string): NoteInline => ({ type: 'text', text });
const p = (...children: NoteInline[]): NoteBlock => ({ type: 'paragraph', children });
const strong = (...children: NoteInline[]): NoteInline => ({ type: 'strong', children });
const em = (...children: NoteInline[]): NoteInline => ({ type: 'emphasis', children });
const code = (text: string): NoteInline => ({ type: 'code', text });
const link = (href: string, ...children: NoteInline[]): NoteInline => ({ type: 'link', href, children });
const bullets = (...items: NoteInline[][]): NoteBlock => ({ type: 'list', ordered: false, start: 1, items });
const numbered = (start: number, ...items: NoteInline[][]): NoteBlock => ({ type: 'list', ordered: true, start, items });

describe('parseNote turns Markdown into a data tree', () => {
  it.each<[string, string, NoteBlock[]]>([
    ['empty text', '', []],
    ['blank lines only', '\n  \n', []],
    ['a paragraph, lines kept as \\n', '第一行\n  第二行  ', [p(t('第一行\n第二行'))]],
    ['two paragraphs', 'a\n\nb', [p(t('a')), p(t('b'))]],
    ['Windows line ends', 'a\r\n\r\nb', [p(t('a')), p(t('b'))]],
    ['headings 1–3', '# 一\n## 二\n### 三', [1, 2, 3].map((level, i) => ({ type: 'heading', level, children: [t('一二三'[i] as string)] }) as NoteBlock)],
    ['a closing # run dropped, C# kept', '## 标题 ##\n# C#', [{ type: 'heading', level: 2, children: [t('标题')] }, { type: 'heading', level: 1, children: [t('C#')] }]],
    ['#### and #x as text', '#### 四\n#x', [p(t('#### 四\n#x'))]],
    ['strong before Chinese punctuation', '**重点**：研发', [p(strong(t('重点')), t('：研发'))]],
    ['strong around Chinese brackets', '**「重点」**的', [p(strong(t('「重点」')), t('的'))]],
    ['emphasis with * and _', '*甲* _乙_', [p(em(t('甲')), t(' '), em(t('乙')))]],
    ['underscores inside ids stay text', 'rd_gdp_ratio 与 __init__', [p(t('rd_gdp_ratio 与 '), strong(t('init')))]],
    ['*** as emphasis around strong', '***都***', [p(em(strong(t('都'))))]],
    ['strong inside emphasis', '*a **b** c*', [p(em(t('a '), strong(t('b')), t(' c')))]],
    ['spaced asterisks are text', '2 * 3 * 4', [p(t('2 * 3 * 4'))]],
    ['an unclosed marker is text', '**未闭合', [p(t('**未闭合'))]],
    ['backslash escapes', '\\*不是强调\\* \\[a](b)', [p(t('*不是强调* [a](b)'))]],
    ['code spans, markers inside kept', '用 `**x**` 和 `` a`b ``', [p(t('用 '), code('**x**'), t(' 和 '), code('a`b'))]],
    ['an unclosed backtick is text', '`a', [p(t('`a'))]],
    ['an https link', '[统计公报](https://tjj.gz.gov.cn/)', [p(link('https://tjj.gz.gov.cn/', t('统计公报')))]],
    ['mailto and an anchor', '[信](mailto:a@b.cn) [上文](#sec-1)', [p(link('mailto:a@b.cn', t('信')), t(' '), link('#sec-1', t('上文')))]],
    ['emphasis inside a link', '[**粗**体](http://a.cn)', [p(link('http://a.cn', strong(t('粗')), t('体')))]],
    ['balanced brackets and parentheses', '[a [b] c](https://w.org/A_(B))', [p(link('https://w.org/A_(B)', t('a [b] c')))]],
    ['no links inside links', '[[内](https://a.cn)](https://b.cn)', [p(t('['), link('https://a.cn', t('内')), t('](https://b.cn)'))]],
    ['an empty link shows its target', '[](https://a.cn)', [p(link('https://a.cn', t('https://a.cn')))]],
    ['a link title is not supported: text', '[a](https://a.cn "t")', [p(t('[a](https://a.cn "t")'))]],
    ['square brackets end a target: text', '[a](https://a.cn/?q[]=1)', [p(t('[a](https://a.cn/?q[]=1)'))]],
    ['bullets - and *', '- 甲\n* 乙', [bullets([t('甲')], [t('乙')])]],
    ['Chinese bullets with and without a space', '・ 甲\n•乙', [bullets([t('甲')], [t('乙')])]],
    ['a continuation line joins its item', '- 甲\n  续\n- 乙', [bullets([t('甲\n续')], [t('乙')])]],
    ['a blank line between items keeps one list', '- 甲\n\n- 乙', [bullets([t('甲')], [t('乙')])]],
    ['ordered lists with . and 、, numbered from the first', '3. 三\n4、四', [numbered(3, [t('三')], [t('四')])]],
    ['a new list kind starts a new list', '- a\n1. b', [bullets([t('a')]), numbered(1, [t('b')])]],
    ['numbers that are not markers', '1.5亿元\n2020.12\n*强调*', [p(t('1.5亿元\n2020.12\n'), em(t('强调')))]],
    ['inline Markdown in items', '- **甲**：1', [bullets([strong(t('甲')), t('：1')])]],
    ['a block quote holding blocks', '> # 题\n> - 项\n正文', [{ type: 'quote', children: [{ type: 'heading', level: 1, children: [t('题')] }, bullets([t('项')])] }, p(t('正文'))]],
    ['a nested quote', '>> 深', [{ type: 'quote', children: [{ type: 'quote', children: [p(t('深'))] }] }]],
    ['a paragraph ends at a heading or list', '文\n# 题\n文\n- 项', [p(t('文')), { type: 'heading', level: 1, children: [t('题')] }, p(t('文')), bullets([t('项')])]],
  ])('%s', (_what, input, expected) => {
    expect(parseNote(input)).toEqual(expected);
  });
});

describe('parseNote keeps hostile input as text', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'javascript&#58;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&colon;alert(1)',
    'javascript%3Aalert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript\u200b:alert(1)',
    '\u2028javascript:alert(1)',
    '\u3000javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example',
    '\\\\evil.example',
    '/\\evil.example',
    '/relative/path',
    'relative.html',
    'http://',
    'https://a.cn"onmouseover="alert(1)',
    "https://a.cn'onmouseover='alert(1)",
    'https://a.cn<script>',
  ])('refuses the link target %j', (target) => {
    expect(safeHref(target)).toBeNull();
    const blocks = parseNote(`[点我](${target})`);
    expect(collectLinks(blocks)).toEqual([]);
  });
  it.each(['http://a.cn', 'HTTPS://A.CN/x?y=1#z', 'mailto:a@b.cn', '#section', 'https://例子.中国/路径', 'https://a.cn/javascript:alert(1)'])(
    'allows %j',
    (target) => {
      expect(safeHref(target)).toBe(target);
    },
  );
  it('shows raw HTML as text', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(1)</script><a href="javascript:1">x</a>';
    expect(parseNote(html)).toEqual([p(t(html))]);
  });
  it('caps the text read at 20,000 characters', () => {
    const blocks = parseNote('a'.repeat(MAX_NOTE_LENGTH + 5));
    expect(blocks).toEqual([p(t('a'.repeat(20_000)))]);
  });
  it('caps quote depth at 4: a fifth > is text', () => {
    const blocks = parseNote('>>>>> 深');
    let node = blocks[0];
    let depth = 0;
    while (node?.type === 'quote') {
      depth++;
      node = node.children[0];
    }
    expect(depth).toBe(4);
    expect(node).toEqual(p(t('> 深')));
  });
  it('caps inline nesting at 8', () => {
    // Twenty emphases inside each other: the cap is reached, not just kept under.
    const deep = '*a '.repeat(20) + 'x' + ' a*'.repeat(20);
    expect(inlineDepth(parseNote(deep))).toBe(8);
    // Links never nest (as in CommonMark, the innermost brackets make the link): one link, the rest text.
    const links = '['.repeat(20) + 'x' + '](#a)'.repeat(20);
    expect(parseNote(links)).toEqual([p(t('['.repeat(19)), link('#a', t('x')), t('](#a)'.repeat(19)))]);
  });
  it('returns nothing for a value that is not text', () => {
    expect(parseNote(null as unknown as string)).toEqual([]);
  });
});

describe('parseNote finishes fast on pathological input', () => {
  const cases: [string, string][] = [
    ['10,000 asterisks', '*'.repeat(10_000)],
    ['asterisk runs of 3 apart', '***a'.repeat(5_000)],
    ['unmatched openers', '*a '.repeat(6_000)],
    ['unmatched closers', 'a* '.repeat(6_000)],
    ['openers of one kind, closers of the other', ' _a'.repeat(3_000) + 'a*'.repeat(5_000)],
    ['alternating strong and emphasis', '**a*'.repeat(5_000)],
    ['underscores', '_'.repeat(9_999) + 'a_'.repeat(5_000)],
    ['nested brackets', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['link openings without closings', '[a]('.repeat(5_000)],
    ['long unterminated targets', '[a](' + 'x'.repeat(3_000) + ' '.repeat(1) + '[a](' + 'y'.repeat(15_000)],
    ['lone backticks', '` '.repeat(10_000)],
    ['backtick runs of rising length', Array.from({ length: 190 }, (_, i) => '`'.repeat(i + 1)).join('a')],
    ['deep quotes', '>'.repeat(20_000)],
    ['many list items', '- a\n'.repeat(5_000)],
    ['many headings', '# *a\n'.repeat(4_000)],
    ['escapes', '\\'.repeat(20_000)],
  ];
  it.each(cases)('%s', (_what, input) => {
    // A quadratic parser would take minutes on these and trip the test's time-out; speed itself is not asserted.
    expect(() => parseNote(input)).not.toThrow();
  });
});
