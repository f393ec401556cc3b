import { describe, expect, it } from 'vitest';
import { scenariosFromFragment } from '../../src/scenario/address.ts';
import { linkFragment, withLanguage } from '../../src/scenario/link-fragment.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';

const scenario = { ...DEFAULT_SCENARIO, asOf: 2018, seed: 7 };
const note = { id: 'n1', anchor: 'top', text: '要点' };

describe('linkFragment', () => {
  it('carries the scenario, its results, the reader’s notes and a pinned comparison, and reads back', async () => {
    const comparison = { ...DEFAULT_SCENARIO, seed: 3 };
    const { fragment, userDataLeftOut } = await linkFragment({ scenario, data: 'v1', results: { 'p:1': 0.5 }, layers: [], notes: [note], comparison });
    expect(userDataLeftOut).toBe(false);
    expect(fragment).toMatch(/^s=1\.[\w-]+&a=1\.[\w-]+$/);
    const read = await scenariosFromFragment(fragment);
    expect(read).toMatchObject({ scenario, comparison, madeWith: 'v1', recorded: { 'p:1': 0.5 }, notes: [note], problem: null });
  });

  it('leaves the reader’s data out when the link would pass the limit, and says so', async () => {
    // Text that does not compress: 4,000 pseudo-random digits.
    let x = 1;
    const text = Array.from({ length: 4000 }, () => ((x = (x * 48271) % 2147483647), x % 10)).join('');
    const big = await linkFragment({ scenario, data: 'v1', layers: [], notes: [{ ...note, text }], comparison: null }, 1000);
    expect(big.userDataLeftOut).toBe(true);
    const read = await scenariosFromFragment(big.fragment);
    expect(read.scenario).toEqual(scenario);
    expect(read.notes).toBeNull();
    const small = await linkFragment({ scenario, data: 'v1', layers: [], notes: [note], comparison: null }, 1000);
    expect(small.userDataLeftOut).toBe(false);
    expect((await scenariosFromFragment(small.fragment)).notes).toEqual([note]);
  });

  it('never says data was left out when there was none', async () => {
    expect((await linkFragment({ scenario, data: 'v1', layers: [], notes: [], comparison: null }, 1)).userDataLeftOut).toBe(false);
  });
});

describe('the link’s language', () => {
  it('rides after the scenarios as lang=, and reads back; without it the link says nothing', async () => {
    const en = await linkFragment({ scenario, data: 'v1', layers: [], notes: [], comparison: { ...DEFAULT_SCENARIO, seed: 3 }, locale: 'en' });
    expect(en.fragment).toMatch(/^s=1\.[\w-]+&a=1\.[\w-]+&lang=en$/);
    expect(await scenariosFromFragment(en.fragment)).toMatchObject({ scenario, locale: 'en', problem: null });
    const zh = await linkFragment({ scenario, data: 'v1', layers: [], notes: [], comparison: null, locale: 'zh' });
    expect(zh.fragment).toMatch(/^s=1\.[\w-]+&lang=zh$/);
    // An older link (no lang=) reads the same scenario and says no language: the page keeps its default.
    const old = await linkFragment({ scenario, data: 'v1', layers: [], notes: [], comparison: null });
    expect(old.fragment).toMatch(/^s=1\.[\w-]+$/);
    expect(old.fragment).toBe(zh.fragment.replace('&lang=zh', ''));
    expect((await scenariosFromFragment(old.fragment)).locale).toBeNull();
  });

  it('is read beside a refused scenario, and an unknown language is Chinese', async () => {
    const refused = await scenariosFromFragment('#s=1.@@&lang=en');
    expect(refused).toMatchObject({ problem: 'damaged', scenario: null, locale: 'en' });
    expect((await scenariosFromFragment('s=1.@@&lang=fr')).locale).toBe('zh');
  });

  it('is replaced in a fragment without touching any other character of it', () => {
    expect(withLanguage('#s=1.%3Cimg%20x%3E&a=1.@@&lang=zh', 'en')).toBe('s=1.%3Cimg%20x%3E&a=1.@@&lang=en');
    expect(withLanguage('s=1.+q', 'zh')).toBe('s=1.+q&lang=zh');
    expect(withLanguage('', 'en')).toBe('lang=en');
    expect(withLanguage('#lang=en&s=1.a&chart=gdp', 'zh')).toBe('s=1.a&chart=gdp&lang=zh');
  });
});
