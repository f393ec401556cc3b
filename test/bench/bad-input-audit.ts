// What each bad input does to a reader's stored work, measured in Chromium against a built app:
// `npx tsx test/bench/bad-input-audit.ts [root]` (root: a checkout with `dist/`, by default this one).
// Every corpus link, every refused scenario file and a damaged store too full to set aside, each over
// a store holding a layer and a note; it prints one line a case and a summary. A measurement, not a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { preview } from 'vite';
import { caseFragment, LINK_CASES } from '../corpus/open-corpus.ts';
import { sampleLayer } from '../user/fixtures.ts';

const root = process.argv[2] ?? process.cwd();
const server = await preview({ root, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('vite preview did not report a URL');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const KEY = 'targetline.workspace.v1';
const layer = { ...sampleLayer(), id: 'l1', indicators: [], actuals: [{ indicator_id: 'gdp', region: 'guangzhou', year: 2030, value: 1, unit: 'yi_yuan', source: 'mine', line: 1 }], targets: [] };
const mine = JSON.stringify({ version: 1, saved: '2026-12-01T00:00:00.000Z', workspace: { version: 1, asOf: null, horizon: 2025, seed: 1, paths: 10000, plans: [], indicators: {}, layers: [layer], notes: [{ id: 'n1', anchor: 'top', text: '我的注释' }] } });

async function context(stored: string): Promise<BrowserContext> {
  const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, text);
    }
  }, [KEY, stored] as const);
  return ctx;
}
const rows: string[] = [];
let lost = 0, crashed = 0, addressLost = 0, refusedCases = 0;
for (const c of LINK_CASES) {
  const ctx = await context(mine);
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const fragment = await caseFragment(c);
  await page.goto(`${base}#${fragment}`);
  await page.waitForTimeout(2200);
  const intact = (await page.evaluate((k) => localStorage.getItem(k), KEY)) === mine;
  const kept = decodeURIComponent(page.url()).includes(decodeURIComponent(fragment).slice(0, 60));
  if (!intact) lost++;
  if (errors.length > 0) crashed++;
  if (c.expect.opens === false) { refusedCases++; if (!kept) addressLost++; }
  rows.push(`${c.name}\tstore ${intact ? 'intact' : 'OVERWRITTEN'}\t${c.expect.opens === false ? (kept ? 'address kept' : 'address REPLACED') : ''}\t${errors.length ? `ERROR ${(errors[0] ?? '').slice(0, 60)}` : ''}`);
  await ctx.close();
}
// Refused scenario files, opened over the reader's work.
const FILES = join(import.meta.dirname, '../corpus/files');
const expected = JSON.parse(readFileSync(join(FILES, 'expected.json'), 'utf8'));
let fileLost = 0, fileChanged = 0;
const refused = readdirSync(FILES).filter((f) => expected[f]?.refused);
for (const f of refused) {
  const ctx = await context(mine);
  const page = await ctx.newPage();
  await page.goto(base);
  await page.locator('[data-file=open]').setInputFiles(join(FILES, f));
  await page.waitForTimeout(2200);
  const intact = (await page.evaluate((k) => localStorage.getItem(k), KEY)) === mine;
  const notes = await page.locator('.note').count();
  if (!intact) fileLost++;
  if (notes !== 1) fileChanged++;
  rows.push(`file ${f}\tstore ${intact ? 'intact' : 'OVERWRITTEN'}\tnotes on page ${notes}`);
  await ctx.close();
}
// A store too full to set a damaged text aside.
{
  const damaged = `{"version":1,"workspace":{"layers":[{"label":"${'旧'.repeat(20000)}"`;
  const ctx = await b.newContext();
  await ctx.addInitScript((text) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('targetline.workspace.v1', text);
    for (const size of [262144, 1024, 32, 1]) for (let i = 0; ; i++) { try { localStorage.setItem(`f${size}.${i}`, 'x'.repeat(size)); } catch { break; } }
  }, damaged);
  const page = await ctx.newPage();
  await page.goto(base);
  await page.locator('[data-note-add=top]').click();
  await page.locator('.note textarea').fill('x');
  await page.waitForTimeout(2200);
  rows.push(`full+damaged store\tdamaged text ${(await page.evaluate(() => localStorage.getItem('targetline.workspace.v1'))) === damaged ? 'kept' : 'OVERWRITTEN'}`);
  await ctx.close();
}
console.log(rows.join('\n'));
console.log(`SUMMARY ${root}: links ${LINK_CASES.length}: store overwritten ${lost}, page errors ${crashed}, refused-link address replaced ${addressLost}/${refusedCases}; refused files ${refused.length}: store overwritten ${fileLost}, page changed ${fileChanged}`);
await b.close(); await server.close();
