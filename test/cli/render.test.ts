import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/parse-args.ts';
import { readSeedTexts } from '../../src/cli/read-seeds.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { dataVersion } from '../../src/data/data-version.ts';
import { formatProbability } from '../../src/notebook/target-answer.ts';
import { encodeLink } from '../../src/scenario/link-codec.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/scenario/scenario.ts';
import { CHART_CSV_COLUMNS } from '../../src/share/chart-csv.ts';
import { runCliInProcess } from './run-cli.ts';
import { ABOUT_LAYERS } from '../fixtures/about-layer.ts';

const tmp = mkdtempSync(join(tmpdir(), 'targetline-render-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const scenario: Scenario = { ...DEFAULT_SCENARIO, asOf: 2018, seed: 7, paths: 4000 };
let link = '';
/** `assess --json` for the same scenario: the numbers the renders must carry. */
let assessed: { targets: { id: string; indicator_id: string; region: string; year: number; probability: number | null; last_actual_year: number | null; p50: number | null }[] };

beforeAll(async () => {
  link = `https://example.org/tl/#s=${await encodeLink({ scenario, data: dataVersion(readSeedTexts()) })}`;
  const file = join(tmp, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  assessed = JSON.parse((await runCliInProcess(['assess', '--scenario', file, '--json'])).stdout);
});

describe('cli render', { timeout: 60_000 }, () => {
  it('writes the chosen charts as SVG and CSV with the same numbers as assess', async () => {
    const out = join(tmp, 'out');
    const r = await runCliInProcess(['render', '--link', link, '--out', out, '--charts', 'hightech_enterprises,tech_contract_value@guangzhou']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // CSV files are named by their scenario's as-of year and seed (2018, 7).
    expect(readdirSync(out).sort()).toEqual([
      'targetline-hightech_enterprises-guangzhou-asof2018-seed7.csv',
      'targetline-hightech_enterprises-guangzhou.svg',
      'targetline-tech_contract_value-guangzhou-asof2018-seed7.csv',
      'targetline-tech_contract_value-guangzhou.svg',
    ]);
    // stdout names every file written, SVG then CSV, in the order the charts were asked for.
    const written = ['hightech_enterprises-guangzhou.svg', 'hightech_enterprises-guangzhou-asof2018-seed7.csv', 'tech_contract_value-guangzhou.svg', 'tech_contract_value-guangzhou-asof2018-seed7.csv'];
    expect(r.stdout).toBe(written.map((f) => `${join(out, `targetline-${f}`)}\n`).join(''));

    const text = readFileSync(join(out, 'targetline-hightech_enterprises-guangzhou.svg'), 'utf8');
    const svg = new new JSDOM('').window.DOMParser().parseFromString(text, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.querySelector('title')?.textContent).toBe('高新技术企业数量 · 广州市');
    // The caption leads with the nearest target after 2018 (first by id among equals); its year has since
    // been published, so what happened comes first, then the probability assess gave it from 2018's data.
    const first = assessed.targets
      .filter((t) => t.indicator_id === 'hightech_enterprises' && t.region === 'guangzhou' && t.probability !== null && t.year > (t.last_actual_year ?? 0))
      .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))[0]!;
    expect(svg.querySelector('desc')?.textContent).toContain(`${first.year}年`);
    expect(svg.querySelector('desc')?.textContent).toContain(`按截至2018年的数据，模型当时评为“`);
    expect(svg.querySelector('desc')?.textContent).toContain(`（${formatProbability(first.probability!, 'zh')}）。`);
    expect(svg.querySelector('a')?.getAttribute('href')).toBe(link);

    // The scenario block comes first, then the header and rows as the columns promise.
    const lines = readFileSync(join(out, 'targetline-hightech_enterprises-guangzhou-asof2018-seed7.csv'), 'utf8').slice(1).split('\r\n');
    const comments = lines.filter((l) => l.startsWith('# '));
    expect(comments).toEqual([
      '# targetline: chart hightech_enterprises@guangzhou',
      '# as_of: 2018',
      '# horizon: 2025',
      '# paths: 4000',
      '# seed: 7',
      '# plans: all',
      '# assumptions: none (fitted defaults)',
      `# data_version: ${dataVersion(readSeedTexts())}`,
      `# link: ${link}`,
    ]);
    const csv = parseCsv(lines.slice(comments.length).join('\r\n'));
    const [header, ...rows] = csv.records.map((x) => x.fields);
    expect(header).toEqual([...CHART_CSV_COLUMNS]);
    const col = (name: string) => header!.indexOf(name);
    const projected = rows.find((row) => row[col('row_kind')] === 'projection' && row[col('year')] === String(first.year))!;
    // The file gives the median to four significant digits: assess's full-precision number, rounded.
    expect(Number(projected[col('p50')])).toBe(Number(first.p50!.toPrecision(4)));
  });

  it('reads a bare fragment and an embed address, and takes chart= from the embed', async () => {
    const out = join(tmp, 'embed');
    const embed = link.replace('/tl/#', '/tl/embed.html#') + '&chart=rd_gdp_ratio';
    const r = await runCliInProcess(['render', '--link', embed, '--out', out, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['targetline-rd_gdp_ratio-guangzhou-asof2018-seed7.csv', 'targetline-rd_gdp_ratio-guangzhou.svg']);
    const svg = readFileSync(join(out, 'targetline-rd_gdp_ratio-guangzhou.svg'), 'utf8');
    // English captions, and the link back goes to the notebook, not the embed page.
    expect(svg).toContain('<title id="tl-title">R&amp;D intensity');
    expect(svg).toContain(`href="${link.replace(/&/g, '&amp;')}"`);
  });

  it('draws an "about" target as its band, at the link’s tolerance, worded in the band’s title', async () => {
    const out = join(tmp, 'about');
    const layers = ABOUT_LAYERS;
    const about = `#s=${await encodeLink({ scenario: { ...scenario, asOf: null, aboutTolerance: 0.05 }, data: dataVersion(readSeedTexts()), layers })}`;
    const r = await runCliInProcess(['render', '--link', about, '--out', out, '--charts', 'rd_gdp_ratio@guangzhou']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readFileSync(join(out, 'targetline-rd_gdp_ratio-guangzhou.svg'), 'utf8');
    const svg = new new JSDOM('').window.DOMParser().parseFromString(text, 'image/svg+xml');
    const bands = svg.querySelectorAll('g[aria-label=rect] rect');
    expect(bands).toHaveLength(1);
    // ±5% of 3.7 is 3.515 to 3.885: a static file says so in the band's own title.
    expect(bands[0]?.querySelector('title')?.textContent?.split('\n')[0]).toBe('2025 · 目标 约 3.7%（±5%）');
    expect(Number(bands[0]?.getAttribute('height'))).toBeGreaterThan(0);
  });

  it('writes a PNG at 2× beside the SVG with --png', async () => {
    const out = join(tmp, 'png');
    const r = await runCliInProcess(['render', '--link', link, '--out', out, '--charts', 'rd_gdp_ratio@guangzhou', '--png']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(join(out, 'targetline-rd_gdp_ratio-guangzhou.png'));
    const png = readFileSync(join(out, 'targetline-rd_gdp_ratio-guangzhou.png'));
    // The PNG signature, then the IHDR chunk (length 13) whose first fields are width and height.
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const svg = new new JSDOM('').window.DOMParser().parseFromString(readFileSync(join(out, 'targetline-rd_gdp_ratio-guangzhou.svg'), 'utf8'), 'image/svg+xml');
    const width = Number(svg.documentElement.getAttribute('width'));
    const height = Number(svg.documentElement.getAttribute('height'));
    expect(width).toBe(720);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width * 2, height * 2]);
  });

  it('refuses a damaged link or an unknown chart with exit 2 and writes nothing', async () => {
    const out = join(tmp, 'never');
    const damaged = await runCliInProcess(['render', '--link', 's=1.@@@', '--out', out]);
    expect(damaged).toEqual({ status: 2, stdout: '', stderr: '--link: the link is damaged (cut short or changed on the way); nothing was written\n' });
    const unknown = await runCliInProcess(['render', '--link', link, '--out', out, '--charts', 'no_such_indicator']);
    expect(unknown).toEqual({
      status: 2,
      stdout: '',
      stderr: '--charts: no chart for "no_such_indicator"; use an indicator id or id@region from seeds/indicators.csv\n',
    });
    expect(() => readdirSync(out)).toThrow();
    const usage = await runCliInProcess(['render', '--link', link]);
    expect(usage).toEqual({ status: 2, stdout: '', stderr: `error: render needs --out DIR\n\n${USAGE}\n` });
  });
});
