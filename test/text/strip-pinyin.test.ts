import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { stripPinyin } from '../../src/text/strip-pinyin.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

describe('stripPinyin', () => {
  it('removes the annotations of the 2018–2020 plan page (clauses as in seeds/targets.csv)', () => {
    // The case: 地區(qū) → 地區; (R&D) and (GDP) are not readings and stay.
    expect(stripPinyin('全社會研究與試驗發展(R&D)經費占地區(qū)生産總值(GDP)的(de)比重達到3.0%')).toBe(
      '全社會研究與試驗發展(R&D)經費占地區生産總值(GDP)的比重達到3.0%',
    );
    expect(stripPinyin('留學歸國人(rén)員(yuán)達到8.7萬人(rén)')).toBe('留學歸國人員達到8.7萬人');
    expect(stripPinyin('每萬人(rén)發明(míng)專利擁有量達30件以上')).toBe('每萬人發明專利擁有量達30件以上');
    expect(stripPinyin('時(shí)尚創意等5個(gè)超兩千億級産業集群')).toBe('時尚創意等5個超兩千億級産業集群');
    expect(stripPinyin('推動财政投入50億元的(de)科技成果産業化(huà)引導基金加快(kuài)運作')).toBe('推動财政投入50億元的科技成果産業化引導基金加快運作');
  });

  it('keeps parentheses that are not a reading: words, abbreviations, glosses, a bare syllable after another character', () => {
    expect(stripPinyin('全市市屬院士(含雙聘)達到35人(rén)')).toBe('全市市屬院士(含雙聘)達到35人');
    expect(stripPinyin('生産總值(GDP)')).toBe('生産總值(GDP)');
    // `de` is a reading only after 的/得/地; after 值 it is not provably an annotation.
    expect(stripPinyin('總值(de)')).toBe('總值(de)');
    // Not after a Han character, or more than one syllable's letters: left alone.
    expect(stripPinyin('figure (gāo)')).toBe('figure (gāo)');
    expect(stripPinyin('高(gaoxinjishu)')).toBe('高(gaoxinjishu)');
    expect(stripPinyin('2019年，基础研究经费支出占全社会研发支出比重达13%')).toBe('2019年，基础研究经费支出占全社会研发支出比重达13%');
  });

  it('reads full-width brackets and neutral-tone particles the same way', () => {
    expect(stripPinyin('高（gāo）新技術著(zhe)')).toBe('高新技術著');
  });

  it('leaves no tone-marked annotation in any shipped clause, and changes only the annotated ones', () => {
    const targets = loadDataset(readSeedTexts()).targets;
    const shown = targets.map((t) => stripPinyin(t.clause_zh));
    expect(shown.filter((c) => /\p{Script=Han}[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u.test(c))).toEqual([]);
    // 25 clauses of the 2018–2020 plan carry readings (counted in seeds/targets.csv: a Han character, then
    // parentheses of lowercase letters); every other clause is untouched.
    const changed = targets.filter((t, i) => shown[i] !== t.clause_zh);
    expect(changed.length).toBe(25);
    expect(new Set(changed.map((t) => t.plan_id))).toEqual(new Set(['gz_innovation_centre_2018']));
  });
});
