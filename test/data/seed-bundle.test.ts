import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataVersion } from '../../src/data/data-version.ts';
import { fetchSeeds, SEED_BUNDLE_URL, SeedFetchError } from '../../src/data/fetch-seeds.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { packSeeds, unpackSeeds } from '../../src/data/seed-bundle.ts';
import type { SeedTexts } from '../../src/data/types.ts';

const read = (name: keyof SeedTexts) => readFileSync(`seeds/${name}.csv`, 'utf8');
const texts: SeedTexts = { plans: read('plans'), indicators: read('indicators'), targets: read('targets'), actuals: read('actuals') };
const bundleText = JSON.stringify(packSeeds(texts));

/** A stand-in fetch serving the bundle (or a failure) at the bundle's URL. */
const serving = (body: string | { status: number } | Error): typeof fetch =>
  (async (url: string | URL | Request) => {
    expect(String(url)).toBe(SEED_BUNDLE_URL);
    if (body instanceof Error) throw body;
    if (typeof body !== 'string') return new Response('', { status: body.status });
    return new Response(body);
  }) as typeof fetch;

describe('the seed bundle', () => {
  it('unpacks to exactly the rows, problems and fingerprint the CSVs give', () => {
    const { dataset, version } = unpackSeeds(JSON.parse(bundleText));
    expect(dataset).toStrictEqual(loadDataset(texts));
    expect(version).toBe(dataVersion(texts));
  });
  it('keeps the rows’ field order (line first, then the schema’s columns)', () => {
    const { dataset } = unpackSeeds(JSON.parse(bundleText));
    expect(Object.keys(dataset.plans[0] ?? {})).toEqual(Object.keys(loadDataset(texts).plans[0] ?? {}));
  });
  it('carries a seed row the build refused as a problem, not as a row', () => {
    // A published row copied under an indicator the catalogue does not have.
    const row = texts.actuals.split('\n')[1] ?? '';
    const broken = { ...texts, actuals: `${texts.actuals.trimEnd()}\nno_such_indicator${row.slice(row.indexOf(','))}\n` };
    const { dataset } = unpackSeeds(JSON.parse(JSON.stringify(packSeeds(broken))));
    expect(dataset.actuals).toHaveLength(loadDataset(texts).actuals.length);
    expect(dataset.problems).toStrictEqual(loadDataset(broken).problems);
    expect(dataset.problems.map((p) => p.code)).toEqual(['unknown-indicator']);
  });
  it('refuses a bundle of another shape whole: another format, other columns, a short row', () => {
    const good = JSON.parse(bundleText);
    expect(() => unpackSeeds({ ...good, format: 2 })).toThrow(/not a seed bundle/);
    expect(() => unpackSeeds(null)).toThrow(/not a seed bundle/);
    expect(() => unpackSeeds({ ...good, tables: { ...good.tables, plans: { ...good.tables.plans, columns: ['line', 'id'] } } })).toThrow(/plans: columns differ/);
    const shortRow = structuredClone(good);
    shortRow.tables.actuals.rows[3].pop();
    expect(() => unpackSeeds(shortRow)).toThrow(/actuals: a row of the wrong length/);
  });
});

describe('fetchSeeds', () => {
  it('returns the dataset and its fingerprint', async () => {
    const { dataset, version } = await fetchSeeds(serving(bundleText));
    expect(dataset.targets).toStrictEqual(loadDataset(texts).targets);
    expect(version).toBe(dataVersion(texts));
  });
  it('says why it failed: an HTTP status, a network error, a truncated file, a file of another build', async () => {
    await expect(fetchSeeds(serving({ status: 404 }))).rejects.toEqual(new SeedFetchError('seeds.json', 'HTTP 404'));
    await expect(fetchSeeds(serving(new TypeError('Failed to fetch')))).rejects.toMatchObject({ file: 'seeds.json', reason: 'Failed to fetch' });
    await expect(fetchSeeds(serving(bundleText.slice(0, 1000)))).rejects.toMatchObject({ file: 'seeds.json', reason: expect.stringMatching(/^unreadable \(/) });
    await expect(fetchSeeds(serving('{"format":9}'))).rejects.toMatchObject({ reason: 'not a seed bundle of this version' });
  });
});
