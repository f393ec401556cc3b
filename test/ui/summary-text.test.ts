import { describe, expect, it } from 'vitest';
import { buildNotebook } from '../../src/notebook/notebook.ts';
import { outlookSentence, verdictSentence } from '../../src/notebook/summary-text.ts';
import { fixtureDataset } from './fixture.ts';

describe('the summary’s verdict sentence', () => {
  it('counts met, missed and not yet decidable so that they add up to every target', () => {
    // The fixture: 4 targets on 2 indicators, 3 of them in a published year (2 met, 1 undecidable).
    // Not yet decidable: 4 − 3 = 1 without a published figure, plus the 1 undecidable = 2; 2 + 0 + 2 = 4.
    const { counts } = buildNotebook(fixtureDataset());
    expect(counts).toEqual({ targets: 4, indicators: 2, scored: 3, met: 2, missed: 0, undetermined: 1 });
    expect(verdictSentence(counts, 2, 'en')).toBe(
      'The 2 plans set 4 quantified targets on 2 indicators (policy parameters and funding aside): 2 met, 0 missed and 2 not yet decidable (1 in years without published data, 1 with only a lower-bound or rounded figure).',
    );
    expect(verdictSentence(counts, 2, 'zh')).toBe(
      '2 份规划对 2 个指标列出 4 项量化目标（不含政策参数与资金安排）：已达成 2 项，未达成 0 项，尚无法判定 2 项（1 项的年份尚无公布数据，1 项的公布值为下限或取整值）。',
    );
  });
});

describe('the summary’s probability sentence', () => {
  it('names all three bands, which add up to the targets with a probability', () => {
    // 4 likely + 2 about even + 1 unlikely = 7.
    const counts = { projected: 7, likely: 4, even: 2, unlikely: 1 };
    expect(outlookSentence(counts, 'as of 2018 (hindcast)', 'en')).toBe(
      'In the scenario “as of 2018 (hindcast)”, the model gives a probability for 7 targets: 4 likely (66% or more), 2 about as likely as not (33–66%) and 1 unlikely (below 33%).',
    );
    expect(outlookSentence(counts, '截至 2018 年（回测）', 'zh')).toBe(
      '在“截至 2018 年（回测）”情景下，模型对 7 项目标给出达成概率：4 项可能达成（66%及以上），2 项可能性约一半（33%–66%），1 项不太可能（低于33%）。',
    );
  });
  it('says “target” for one', () => {
    // 1 + 0 + 0 = 1: the English noun is singular; Chinese has no plural.
    const one = { projected: 1, likely: 1, even: 0, unlikely: 0 };
    expect(outlookSentence(one, 'latest data', 'en')).toMatch(/^In the scenario “latest data”, the model gives a probability for 1 target: 1 likely/);
    expect(outlookSentence(one, '最新数据', 'zh')).toMatch(/^在“最新数据”情景下，模型对 1 项目标给出达成概率/);
  });
  it('keeps its place with “…” for each count until the counts arrive', () => {
    expect(outlookSentence(null, 'latest data', 'en')).toBe(
      'In the scenario “latest data”, the model gives a probability for … targets: … likely (66% or more), … about as likely as not (33–66%) and … unlikely (below 33%).',
    );
  });
});
