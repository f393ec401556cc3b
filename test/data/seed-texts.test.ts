import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchSeedTexts, SEED_URLS, SeedFetchError } from '../../src/data/seed-texts.ts';

// The page fetches the four seed files; a stand-in fetch serves them from disk by the URL's file name.
const fromDisk = (fail?: { file: string; status?: number; throws?: boolean }): typeof fetch =>
  (async (url: string | URL | Request) => {
    const name = /(plans|indicators|targets|actuals)[^/]*\.csv/.exec(String(url))?.[1] ?? '';
    if (fail && name === fail.file) {
      if (fail.throws) throw new TypeError('Failed to fetch');
      return new Response('', { status: fail.status ?? 404 });
    }
    return new Response(readFileSync(`seeds/${name}.csv`, 'utf8'));
  }) as typeof fetch;

describe('fetchSeedTexts', () => {
  it('names one URL per seed table', () => {
    expect(Object.keys(SEED_URLS).sort()).toEqual(['actuals', 'indicators', 'plans', 'targets']);
  });
  it('returns each file’s text exactly as the file holds it', async () => {
    const texts = await fetchSeedTexts(fromDisk());
    expect(texts.targets).toBe(readFileSync('seeds/targets.csv', 'utf8'));
    expect(texts.actuals).toBe(readFileSync('seeds/actuals.csv', 'utf8'));
  });
  it('says which file failed and why: an HTTP status', async () => {
    await expect(fetchSeedTexts(fromDisk({ file: 'targets', status: 404 }))).rejects.toEqual(new SeedFetchError('targets.csv', 'HTTP 404'));
  });
  it('says which file failed and why: a network error', async () => {
    const failure = fetchSeedTexts(fromDisk({ file: 'actuals', throws: true }));
    await expect(failure).rejects.toBeInstanceOf(SeedFetchError);
    await expect(failure).rejects.toMatchObject({ file: 'actuals.csv', reason: 'Failed to fetch' });
  });
});
