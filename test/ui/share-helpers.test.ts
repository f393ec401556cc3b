import { describe, expect, it } from 'vitest';
import type { AssessResult, TargetAssessment } from '../../src/model/index.ts';
import { scenariosFromFragment } from '../../src/scenario/address.ts';
import { encodeLink } from '../../src/scenario/link-codec.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { embedCode, shareUrls } from '../../src/share/embed-code.ts';
import { compareDigest, resultDigest, targetKey } from '../../src/share/result-digest.ts';
import { wrapText } from '../../src/charts/wrap-text.ts';

const target = (fields: Partial<TargetAssessment>) =>
  ({ plan_id: 'p', indicator_id: 'gdp', region: 'gz', year: 2025, comparator: '>=', target: 100, probability: 0.5, ...fields }) as TargetAssessment;

describe('share helpers', () => {
  it('write an iframe snippet whose attributes cannot be broken out of', () => {
    expect(embedCode('https://x.org/embed.html#s=1.a&chart=gdp', 'GDP "quoted" <b>', { script: false })).toBe(
      '<iframe src="https://x.org/embed.html#s=1.a&amp;chart=gdp" title="GDP &quot;quoted&quot; &lt;b&gt;" width="100%" height="920" style="border:0;max-width:760px" loading="lazy"></iframe>',
    );
  });

  it('point the notebook and embed addresses at the page’s folder, keeping the scenario', () => {
    expect(shareUrls('https://x.org/tl/index.html?lang=en#s=old', 's=1.abc', 'gdp@guangzhou')).toEqual({
      notebook: 'https://x.org/tl/#s=1.abc',
      embed: 'https://x.org/tl/embed.html#s=1.abc&chart=gdp%40guangzhou',
    });
    expect(shareUrls('https://x.org/', '', 'gdp').embed).toBe('https://x.org/embed.html#chart=gdp');
  });

  it('record probabilities to 0.1 % by what a target says, and list what changed', () => {
    const a = target({ probability: 0.12345 });
    const b = target({ year: 2026, probability: 0.9 });
    const result = { series: [], targets: [a, b, target({ year: 2027, probability: null })] } as AssessResult;
    expect(resultDigest(result)).toEqual({ 'p|gdp@gz|2025|>=100': 0.123, 'p|gdp@gz|2026|>=100': 0.9 });
    const changes = compareDigest({ [targetKey(a)]: 0.2, [targetKey(b)]: 0.9, 'gone|x@gz|2020|>=1': 0.5 }, result);
    expect(changes.map((c) => [c.key, c.then, c.now])).toEqual([
      ['p|gdp@gz|2025|>=100', 0.2, 0.123],
      ['gone|x@gz|2020|>=1', 0.5, null],
    ]);
  });

  it('read a fragment, a whole address or an embed address the same way', async () => {
    const s = await encodeLink({ scenario: { ...DEFAULT_SCENARIO, seed: 4 }, data: 'v1' });
    for (const text of [`s=${s}&chart=gdp`, `#s=${s}&chart=gdp`, `https://x.org/embed.html#s=${s}&chart=gdp`]) {
      const read = await scenariosFromFragment(text);
      expect(read.scenario?.seed, text).toBe(4);
      expect(read.chart).toBe('gdp');
      expect(read.madeWith).toBe('v1');
    }
    expect((await scenariosFromFragment('https://x.org/')).scenario).toBeNull();
    expect((await scenariosFromFragment('#s=1.@@')).problem).toBe('damaged');
  });

  it('wrap Chinese anywhere but never before a closing mark, and English at spaces', () => {
    // 13 px: a CJK character is 13 px wide, so 4 fit in 52 px…
    expect(wrapText('广州高新企业数量', 52, 13)).toEqual(['广州高新', '企业数量']);
    // …but “，” may not start a line: it stays at the end of the full one.
    expect(wrapText('广州高新，企业', 52, 13)).toEqual(['广州高新，', '企业']);
    expect(wrapText('the quick brown fox', 60, 10)).toEqual(['the quick', 'brown fox']);
  });
});
