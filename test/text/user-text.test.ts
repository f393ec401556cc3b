import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula, normaliseLine, normaliseName, normaliseProse } from '../../src/text/user-text.ts';

/** Characters that only hide what a text says: removed by every normalisation. */
const INVISIBLE = {
  'zero-width space U+200B': '\u200b',
  'zero-width non-joiner U+200C': '\u200c',
  'zero-width joiner U+200D': '\u200d',
  'word joiner U+2060': '\u2060',
  'byte-order mark U+FEFF': '\ufeff',
  'soft hyphen U+00AD': '\u00ad',
  'left-to-right mark U+200E': '\u200e',
  'right-to-left override U+202E': '\u202e',
  'left-to-right isolate U+2066': '\u2066',
  'pop directional isolate U+2069': '\u2069',
  'arabic letter mark U+061C': '\u061c',
  'invisible times U+2062': '\u2062',
  'mongolian vowel separator U+180E': '\u180e',
  'tag letter U+E0041': '\u{e0041}',
  'Hangul choseong filler U+115F': '\u115f',
  'Hangul jungseong filler U+1160': '\u1160',
  'Hangul filler U+3164': '\u3164',
  'half-width Hangul filler U+FFA0': '\uffa0',
  'braille blank U+2800': '\u2800',
  'combining grapheme joiner U+034F': '\u034f',
  'variation selector 16 U+FE0F': '\ufe0f',
} as const;

/** Controls and line breaks: a space in one-line text. */
const CONTROLS = {
  'NUL U+0000': '\u0000',
  'bell U+0007': '\u0007',
  'tab U+0009': '\t',
  'line feed U+000A': '\n',
  'carriage return U+000D': '\r',
  'escape U+001B': '\u001b',
  'delete U+007F': '\u007f',
  'next line U+0085': '\u0085',
  'C1 control U+009B': '\u009b',
  'line separator U+2028': '\u2028',
  'paragraph separator U+2029': '\u2029',
} as const;

describe('normaliseLine', () => {
  it.each(Object.entries(INVISIBLE))('removes the %s, wherever it is', (_name, char) => {
    expect(normaliseLine(`${char}=1+2`)).toBe('=1+2');
    expect(normaliseLine(`广${char}州`)).toBe('广州');
    expect(normaliseLine(`统计局${char}`)).toBe('统计局');
  });
  it.each(Object.entries(CONTROLS))('turns the %s into a space and trims it off the ends', (_name, char) => {
    expect(normaliseLine(`a${char}b`)).toBe('a b');
    expect(normaliseLine(`${char}=1`)).toBe('=1');
  });
  it('gives one space per control: a CRLF is two', () => {
    expect(normaliseLine('a\r\nb')).toBe('a  b');
  });
  it('trims every kind of space, but keeps the ones inside', () => {
    expect(normaliseLine('\u00a0\u3000\u2003 x y\u00a0\u3000 ')).toBe('x y');
    expect(normaliseLine('a\u00a0b')).toBe('a\u00a0b');
  });
  it('puts the text in NFC', () => {
    expect(normaliseLine('e\u0301')).toBe('\u00e9');
    expect(normaliseLine('\u1100\u1161')).toBe('\uac00');
    expect(normaliseLine('\u212b')).toBe('\u00c5');
  });
  it('drops combining marks that start the text, with nothing to combine with', () => {
    expect(normaliseLine('\u0301=1')).toBe('=1');
    expect(normaliseLine('\u0301\u0308\u20dd@x')).toBe('@x');
    expect(normaliseLine(' \u0301 =1')).toBe('=1');
  });
  it('keeps full-width punctuation and letters, which are correct Chinese prose', () => {
    expect(normaliseLine('广州市统计局（2023），表１')).toBe('广州市统计局（2023），表１');
    expect(normaliseLine('＝1+2')).toBe('＝1+2');
  });
  it('leaves plain text alone', () => {
    for (const text of ['', 'GDP', '研究与试验发展经费支出', '统计年鉴 2021, 表 1-1', '=cmd|\' /C calc\'!A0']) expect(normaliseLine(text)).toBe(text);
  });
  it('turns text of nothing but invisible characters, controls and spaces into the empty text', () => {
    expect(normaliseLine(`${Object.values(INVISIBLE).join('')}\u00a0\t\r\n\u3000`)).toBe('');
  });
  // Leading marks and the spaces among them go together, so a second pass finds nothing more to drop.
  it('is idempotent when a space separates two runs of leading marks', () => {
    const once = normaliseLine('\u0301 \u0301a');
    expect(normaliseLine(once)).toBe(once);
  });
});

describe('normaliseName', () => {
  it('folds full-width ASCII forms and the ideographic space, so the twins are one name', () => {
    expect(normaliseName('Ｒ＆Ｄ（亿元）')).toBe('R&D(亿元)');
    expect(normaliseName('研发（亿元）')).toBe(normaliseName('研发(亿元)'));
    expect(normaliseName('１２３')).toBe('123');
    expect(normaliseName('高新区\u3000东区')).toBe('高新区 东区');
    expect(normaliseName('\u3000广州\u3000')).toBe('广州');
    expect(normaliseName('＝1+2')).toBe('=1+2');
    expect(normaliseName('＠SUM')).toBe('@SUM');
  });
  it('removes what normaliseLine removes', () => {
    expect(normaliseName('\u200b=HYPERLINK("http://x","y")')).toBe('=HYPERLINK("http://x","y")');
    expect(normaliseName('\u200d广州')).toBe('广州');
    expect(normaliseName('\u3164\u00ad专利')).toBe('专利');
  });
  it('leaves Chinese punctuation outside the full-width ASCII block alone', () => {
    expect(normaliseName('首台（套）装备、软件“首版次”【市】')).toBe('首台(套)装备、软件“首版次”【市】');
  });
  it('is normaliseLine after folding widths, whichever runs first', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(normaliseName(normaliseLine(text))).toBe(normaliseName(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('normaliseProse', () => {
  it('keeps line breaks (as LF) and tabs, and trims nothing', () => {
    expect(normaliseProse('  第一行\r\n第二行\r第三行\u2028第四行\u2029\t缩进  ')).toBe('  第一行\n第二行\n第三行\n第四行\n\t缩进  ');
  });
  it('removes format characters and fillers and turns other controls into spaces', () => {
    expect(normaliseProse('a\u200b\u202e\u3164b\u0007c\u0085d')).toBe('ab c d');
  });
  it('puts the text in NFC and drops leading combining marks', () => {
    expect(normaliseProse('\u0301\u0301e\u0301')).toBe('\u00e9');
  });
  it('keeps full-width forms', () => {
    expect(normaliseProse('（亿元）＝')).toBe('（亿元）＝');
  });
});

describe('looksLikeFormula', () => {
  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '＝1', '＋1', '－1', '＠x', '\ufe62 1', '\ufe63 1', '\ufe66 1', '\u22121', ' =1', '\t=1', '\u3000=1', '\u00a0=1'])(
    'says yes to %j',
    (text) => expect(looksLikeFormula(text)).toBe(true),
  );
  it.each(['', 'GDP', '1-2', 'a=b', '广州', '(1)', "'=1", '—', '–1'])('says no to %j', (text) => expect(looksLikeFormula(text)).toBe(false));
  it('sees through what normalisation removes, not through what it keeps', () => {
    // Run on the raw text, a zero-width space hides the `=`; on the normalised text it does not.
    expect(looksLikeFormula('\u200b=1')).toBe(false);
    expect(looksLikeFormula(normaliseLine('\u200b=1'))).toBe(true);
    expect(looksLikeFormula(normaliseName('\u2060＝1'))).toBe(true);
  });
});

describe('normalised text, whatever the input', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 60 });
  const hidden = /[\p{Cf}\u115f\u1160\u3164\uffa0\u2800]|\u034f|[\ufe00-\ufe0f]/u;
  it('has no format characters or fillers, and no controls but LF and tab in prose', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const out of [normaliseLine(text), normaliseName(text)]) {
          expect(out).not.toMatch(hidden);
          expect(out).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
          expect(out.trim()).toBe(out);
        }
        const prose = normaliseProse(text);
        expect(prose).not.toMatch(hidden);
        expect(prose).not.toMatch(/[^\P{Cc}\n\t]|[\u2028\u2029]/u);
      }),
      { numRuns: 1000 },
    );
  });
  it('is NFC, and names have no full-width ASCII forms or ideographic spaces left', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const out of [normaliseLine(text), normaliseName(text), normaliseProse(text)]) expect(out).toBe(out.normalize('NFC'));
        expect(normaliseName(text)).not.toMatch(/[\uff01-\uff5e\u3000]/);
      }),
      { numRuns: 1000 },
    );
  });
  it('never lets a prefix of invisible characters, controls or spaces hide a formula', () => {
    const prefix = fc.string({ unit: fc.constantFrom(...Object.values(INVISIBLE), ...Object.values(CONTROLS), ' ', '\u00a0', '\u3000'), maxLength: 8 });
    const start = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠');
    fc.assert(
      fc.property(prefix, start, anyText, (head, char, rest) => {
        expect(looksLikeFormula(normaliseLine(`${head}${char}${rest}`))).toBe(true);
        expect(looksLikeFormula(normaliseName(`${head}${char}${rest}`))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
