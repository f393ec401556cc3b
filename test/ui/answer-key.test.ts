import { describe, expect, it } from 'vitest';
import { likelihood, ratePace } from '../../src/model/index.ts';
import { ALL_FLAGS, badgeEntries, keyEntries, LIKELIHOOD_EDGES, PACE_EDGES } from '../../src/notebook/answer-key.ts';

describe('the answer key’s scales', () => {
  it('has the likelihood words’ edges that `likelihood` uses', () => {
    // Each word starts at its edge, and just below it the next word down begins.
    LIKELIHOOD_EDGES.forEach(([word, low], i) => {
      expect(likelihood(low)).toBe(word);
      const below = LIKELIHOOD_EDGES[i + 1];
      if (below) expect(likelihood(low - 1e-9)).toBe(below[0]);
    });
  });
  it('has the pace edges that `ratePace` uses', () => {
    // Needed 10%/yr; seen 9.5% gives a ratio of 0.95 (on track), 9.4999% just under it, and so on.
    PACE_EDGES.forEach(([pace, low], i) => {
      if (Number.isFinite(low)) expect(ratePace(low * 0.1, 0.1, false).pace).toBe(pace);
      const below = PACE_EDGES[i + 1];
      if (below) expect(ratePace((low - 1e-6) * 0.1, 0.1, false).pace).toBe(below[0]);
    });
  });
  it('writes the scales out in the answers’ own words, without overlaps', () => {
    const [verdict, probability, pace, differ] = keyEntries('en');
    expect(verdict?.term).toBe('Verdict');
    expect(probability?.text).toContain(
      'virtually certain (≥99%), very likely (90%–99%), likely (66%–90%), about as likely as not (33%–66%), unlikely (10%–33%), very unlikely (<10%)',
    );
    expect(pace?.text).toBe(
      'The growth seen against the growth needed: on track (≥0.95), needs acceleration (0.6–0.95), limited progress (0–0.6), moving away (<0); “achieved” where the latest figure already meets the target.',
    );
    expect(differ?.term).toBe('Why they may differ');
    expect(keyEntries('zh')[1]?.text).toContain('几乎确定（≥99%），很可能（90%–99%），可能（66%–90%），可能性约一半（33%–66%），不太可能（10%–33%），很不可能（<10%）');
  });
});

describe('the answer key’s badges', () => {
  it('explains each badge shown once, in the messages’ order', () => {
    const entries = badgeEntries('zh', ['volatility-assumed', 'endpoint-substituted', 'volatility-assumed']);
    expect(entries.map((e) => [e.flag, e.term])).toEqual([
      ['endpoint-substituted', '窗口起点替代'],
      ['volatility-assumed', '波动借自同类'],
    ]);
    expect(entries[0]?.text).toBe('窗口起点缺数据，以最近年份代替');
  });
  it('explains every badge by default', () => {
    expect(badgeEntries('en').map((e) => e.flag)).toEqual(ALL_FLAGS);
    expect(ALL_FLAGS).toHaveLength(9);
  });
});
