// Some plan pages (and their traditional-character reposts) print a pinyin reading in parentheses after
// a character: 地區(qū), 高(gāo)新技術, 人(rén)才. The clause in seeds/targets.csv keeps them, as
// published; readers are shown the clause without them.

/** One pinyin syllable written with a tone mark on its vowel (ü with or without one). */
const TONED = /^[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*$/u;

/**
 * Neutral-tone particles carry no tone mark, so a bare `de` is an annotation only after the character
 * it is the reading of; `(de)` anywhere else is left alone.
 */
const NEUTRAL: Readonly<Record<string, readonly string[]>> = {
  de: ['的', '得', '地'],
  zhe: ['著', '着'],
  le: ['了'],
  men: ['們', '们'],
  me: ['麼', '么'],
  ma: ['嗎', '吗'],
  ne: ['呢'],
  ba: ['吧'],
};

// A Han character followed by an ASCII- or full-width-bracketed run of lowercase Latin letters.
const ANNOTATED = /(\p{Script=Han})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})[)）]/gu;

/**
 * Remove the pinyin annotations a page carried after Chinese characters, for display. Only what is
 * provably an annotation goes: parentheses right after a Han character holding one lowercase
 * syllable with a tone mark, or a neutral-tone particle's reading after that particle. Anything
 * else in parentheses (`(R&D)`, `(GDP)`, `(含雙聘)`, English glosses) stays.
 *
 * @param text - A clause as published, e.g. from `clause_zh`.
 * @returns The same text without the annotations; unchanged when it has none.
 * @example
 * stripPinyin('占地區(qū)生産總值(GDP)的(de)比重'); // '占地區生産總值(GDP)的比重'
 */
export function stripPinyin(text: string): string {
  return text.replace(ANNOTATED, (whole, han: string, syllable: string) =>
    TONED.test(syllable) || NEUTRAL[syllable]?.includes(han) ? han : whole,
  );
}
