import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../src/model/index.ts';
import { decodeLink, encodeLink, type LinkPayload } from '../../src/scenario/link-codec.ts';
import { DEFAULT_SCENARIO, toEngineScenario, type Scenario } from '../../src/scenario/scenario.ts';
import { readSeedTexts } from '../../src/cli/read-seeds.ts';
import { toEngineInput } from '../../src/data/engine-input.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { assess } from '../../src/model/index.ts';
import { resultDigest } from '../../src/share/result-digest.ts';

/** A random but valid scenario: what a user could make by editing the page. */
function randomScenario(r: Random): Scenario {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r.uniform() * xs.length)] as T;
  const ids = ['rd_gdp_ratio', 'gdp', 'hightech_enterprises@guangzhou', 'tech_contract_value', '高新@区'];
  const indicators: Scenario['indicators'] = {};
  for (const id of ids) {
    if (r.uniform() < 0.5) continue;
    indicators[id] = {
      rule: pick(['compound', 'linear'] as const),
      // `+ 0` turns −0 into 0: JSON has no negative zero, and neither does a scenario the page makes.
      growth: Math.round((r.uniform() - 0.2) * 1000) / 1000 + 0,
      volatility: Math.round(r.uniform() * 300) / 1000,
      window: 1 + Math.floor(r.uniform() * 10),
      ...(r.uniform() < 0.3 ? { shocks: [{ year: 2019 + Math.floor(r.uniform() * 5), size: -0.1 }] } : {}),
    };
  }
  return {
    asOf: r.uniform() < 0.5 ? null : 2015 + Math.floor(r.uniform() * 8),
    horizon: 2021 + Math.floor(r.uniform() * 10),
    seed: Math.floor(r.uniform() * 2 ** 31),
    paths: pick([1000, 10_000, 100_000]),
    plans: r.uniform() < 0.3 ? [pick(['gz_strong_city_2019', 'gz_innovation_centre_2018'])] : [],
    indicators,
  };
}

describe('scenario links', () => {
  it('round-trip 200 random scenarios exactly, in URL-safe characters', async () => {
    const r = createRandom(2026);
    for (let i = 0; i < 200; i++) {
      const payload: LinkPayload = { scenario: randomScenario(r), data: 'abcd1234' };
      const link = await encodeLink(payload);
      expect(link).toMatch(/^1\.[A-Za-z0-9_-]+$/);
      expect(await decodeLink(link)).toEqual({ payload });
    }
  });

  it('keep a typical edited scenario well under 2,000 characters', async () => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      asOf: 2018,
      indicators: {
        hightech_enterprises: { growth: 0.08, volatility: 0.05 },
        tech_contract_value: { growth: 0.15, volatility: 0.2, shocks: [{ year: 2020, size: -0.1 }] },
        rd_gdp_ratio: { derive: 'rd_expenditure / gdp * 100' },
      },
    };
    const link = await encodeLink({ scenario, data: 'abcd1234' });
    expect(link.length).toBeLessThan(400);
  });

  it('never throw on random bytes, truncations or hostile text', async () => {
    const r = createRandom(7);
    const good = await encodeLink({ scenario: { ...DEFAULT_SCENARIO, seed: 9 }, data: 'abcd1234' });
    const inputs = [
      '',
      '1.',
      '9.abc',
      '0.abc',
      '1.***',
      '1.a',
      good.slice(0, good.length - 3),
      `${good}x`,
      '1.<script>alert(1)</script>',
      'javascript:alert(1)',
      '1.' + 'A'.repeat(30_000),
    ];
    for (let i = 0; i < 300; i++) {
      const bytes = Array.from({ length: Math.floor(r.uniform() * 80) }, () => String.fromCharCode(Math.floor(r.uniform() * 128)));
      inputs.push(`1.${bytes.join('')}`, `1.${btoa(bytes.join('')).replace(/[+/=]/g, '_')}`);
    }
    for (const text of inputs) {
      const result = await decodeLink(text);
      if ('problem' in result) expect(['unknown-version', 'damaged', 'too-large', 'invalid']).toContain(result.problem);
      else expect(result.payload.scenario.paths).toBeGreaterThan(0);
    }
    expect(await decodeLink('9.abc')).toEqual({ problem: 'unknown-version' });
  });

  it('refuse a compression bomb instead of inflating it', async () => {
    // 1 MB of spaces inside a JSON string compresses to a few hundred bytes.
    const bomb = new TextEncoder().encode(`{"v":1,"d":"x","notes":"${' '.repeat(1_000_000)}"}`);
    const stream = new Blob([bomb]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    const text = `1.${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect(await decodeLink(text)).toEqual({ problem: 'too-large' });
  });

  it('still open every stored v1 link fixture', async () => {
    const dir = join(import.meta.dirname, '../fixtures/links');
    const files = readdirSync(dir).filter((f) => f.endsWith('.link'));
    // Each a link someone may hold, so none may quietly go: a removed one fails here.
    expect(files.sort()).toEqual(['v1-default.link', 'v1-hindcast-edited.link']);
    for (const f of files) {
      const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.link$/, '.json')), 'utf8')) as LinkPayload;
      expect(await decodeLink(readFileSync(join(dir, f), 'utf8').trim())).toEqual({ payload: expected });
    }
  });

  it('carry the results a link was made with, and stay short with a hindcast’s worth of them', async () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, asOf: 2018, indicators: { gdp: { growth: 0.06 } } };
    const dataset = loadDataset(readSeedTexts());
    const result = assess({ ...toEngineInput(dataset), scenario: { ...toEngineScenario(scenario), paths: 500 } });
    const results = resultDigest(result);
    // As of 2018 every projected target with data is ahead (17 on today's seeds), each to 0.1 %.
    expect(Object.keys(results).length).toBeGreaterThan(12);
    const link = await encodeLink({ scenario, data: 'abcd1234', results });
    expect(link.length).toBeLessThan(2000);
    expect(await decodeLink(link)).toEqual({ payload: { scenario, data: 'abcd1234', results } });
  });

  it('refuse recorded results that are not probabilities under short keys', async () => {
    for (const r of [[0.5], { a: '0.5' }, { a: 1.5 }, { a: -0.1 }, { a: null }, 'x', { ['k'.repeat(200)]: 0.5 }]) {
      const bytes = new TextEncoder().encode(JSON.stringify({ v: 1, d: 'x', r }));
      const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const packed = new Uint8Array(await new Response(stream).arrayBuffer());
      const text = `1.${btoa(String.fromCharCode(...packed)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
      expect(await decodeLink(text)).toEqual({ problem: 'invalid', details: [{ path: 'r', code: 'bad-results' }] });
    }
  });
});
