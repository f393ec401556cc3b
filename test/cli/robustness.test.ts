import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedTexts } from '../../src/cli/read-seeds.ts';
import { capMessages, MAX_MESSAGES, oneLine, preview } from '../../src/cli/message-text.ts';
import { internalErrorLine } from '../../src/cli/run.ts';
import { describeProblems } from '../../src/cli/scenario-messages.ts';
import { dataVersion } from '../../src/data/data-version.ts';
import { encodeLink } from '../../src/scenario/link-codec.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { ROOT, runCliAsync, runCliInProcess } from './run-cli.ts';

const CORPUS = join(ROOT, 'test/corpus/cli');
const tmp = mkdtempSync(join(tmpdir(), 'targetline-cli-robust-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const expectedLines = (name: string) => (JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), 'utf8')) as { stderr: string[] }).stderr;
/** stderr's lines with the path a file was given by replaced by its name, as the corpus's expectations give it. */
const asNamed = (stderr: string, path: string, name: string) => stderr.trimEnd().split('\n').map((line) => (line.startsWith(`${path}: `) ? `${name}${line.slice(path.length)}` : line));
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('message pieces quoted from users’ input', () => {
  it('escapes line breaks, controls and format characters, and keeps both ends of a long text', () => {
    expect(oneLine('a\nb\u202ec\u0000')).toBe('a\\u000ab\\u202ec\\u0000');
    expect(oneLine('\u{e0001}x')).toBe('\\ue0001x');
    const long = oneLine(`start${'.'.repeat(10_000)}end`, 20);
    expect(long).toBe(`start.....….......end`);
  });

  it('previews a huge or deep value by the few characters it shows, without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(preview(deep)).toBe(`${'['.repeat(60)}…`);
    const wide = Array.from({ length: 2_000_000 }, (_, i) => i);
    const t = performance.now();
    expect(preview(wide, 10)).toBe('[0,1,2,3,4…');
    expect(performance.now() - t).toBeLessThan(200);
    expect(preview({ a: 'x'.repeat(1_000_000) }, 12)).toBe('{"a":"xxxxxx…');
    expect(preview([Infinity, -Infinity, NaN, null, true, 'a\nb'])).toBe('[Infinity,-Infinity,NaN,null,true,"a\\nb"]');
  });

  it('lists at most MAX_MESSAGES problems, then counts the rest', () => {
    const problems = Array.from({ length: MAX_MESSAGES + 50 }, (_, i) => ({ field: `f${i}`, code: 'unknown-field' as const }));
    const lines = describeProblems('s.json', problems, {});
    expect(lines).toHaveLength(MAX_MESSAGES + 1);
    expect(lines.at(-1)).toBe('s.json: … and 50 more problems not listed');
    expect(capMessages('s.json', ['one'], MAX_MESSAGES + 1)).toEqual(['one', 's.json: … and 1 more problem not listed']);
  });
});

describe('cli reading users’ files', { timeout: 60_000 }, () => {
  it.skipIf(!existsSync('/dev/zero'))('refuses a file that never ends without holding it all', async () => {
    const r = await runCliInProcess(['assess', '--scenario', '/dev/zero']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: '/dev/zero: too large (more than 20,000,000 characters)\n' });
  });

  it('reads the scenario for evaluate the same way as for assess, ids included', async () => {
    for (const name of ['proto-indicators', 'huge-number', 'gbk-encoded']) {
      const path = join(CORPUS, `${name}.json`);
      const r = await runCliInProcess(['evaluate', '--scenario', path]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(asNamed(r.stderr, path, `${name}.json`)).toEqual(expectedLines(name));
    }
    // The engine ignores an id it does not know; evaluate says so instead of scoring the defaults.
    const unknown = await runCliInProcess(['evaluate', '--scenario', 'test/corpus/scenario/unknown-indicator.json']);
    expect(unknown).toEqual({ status: 2, stdout: '', stderr: 'test/corpus/scenario/unknown-indicator.json: indicators.hightech_enterprise: unknown indicator id\n' });
  });

  it('keeps a usage error about a typed line break to one line', async () => {
    const r = await runCliInProcess(['assess', '--sce\nnario', 'x.json']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('error: unknown flag "--sce\\u000anario"');
  });
});

// What only the process does, so these run it as one: its handlers for errors nothing else caught
// and for a reader that has gone.
describe('cli internal errors', { timeout: 60_000 }, () => {
  const preload = (name: string, code: string) => {
    const file = join(tmp, name);
    writeFileSync(file, code);
    return pathToFileURL(file).href;
  };

  it('prints one line and exits 1 for an error nothing else caught', async () => {
    const r = await runCliAsync(['--help'], { preload: [preload('throwing-stdout.mjs', "process.stdout.write = () => { throw new TypeError('stdout is broken'); };")] });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: TypeError: stdout is broken\n');
  });

  it('words that line the same for the process and the in-process runner', () => {
    expect(internalErrorLine(new TypeError('stdout is broken'))).toBe('error: TypeError: stdout is broken');
    // A plain Error is not named; white space, a line break included, becomes one space.
    expect(internalErrorLine(new Error('  nobody\n\tawaited '))).toBe('error: nobody awaited');
    expect(internalErrorLine('a string')).toBe('error: a string');
    // A long message keeps both ends in 300 characters and the ellipsis between.
    const long = internalErrorLine(new RangeError(`x${'y'.repeat(1_000)}z`));
    expect(long).toMatch(/^error: RangeError: xy+…y+z$/);
    expect(long).toHaveLength('error: '.length + 301);
  });

  it('exits quietly with its own code when the reader has gone (`| head`)', async () => {
    // Without the handler, the closed pipe's EPIPE would be an error nothing caught: one line and exit 1.
    const r = await runCliAsync(['--help'], { closeStdout: true });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  // Armed by the first write, so the callback runs once main.ts is loaded and has set its handlers.
  const onFirstWrite = (code: string) =>
    `const write = process.stdout.write.bind(process.stdout); let armed = false; process.stdout.write = (...a) => { if (!armed) { armed = true; setImmediate(() => { ${code} }); } return write(...a); };`;

  it('does the same for a throw in a callback and a promise nobody awaited', async () => {
    const late = await runCliAsync(['--help'], { preload: [preload('late-throw.mjs', onFirstWrite("throw new RangeError('late');"))] });
    expect(late.status).toBe(1);
    expect(late.stderr).toBe('error: RangeError: late\n');
    const rejected = await runCliAsync(['--help'], { preload: [preload('rejection.mjs', onFirstWrite("Promise.reject(new Error('nobody\\nawaited'));"))] });
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toBe('error: nobody awaited\n');
    noStackTrace(rejected.stderr);
  });
});

describe('cli render --link', { timeout: 60_000 }, () => {
  it('still renders a good link', async () => {
    const link = `https://example.org/tl/#s=${await encodeLink({ scenario: { ...DEFAULT_SCENARIO, seed: 7, paths: 500 }, data: dataVersion(readSeedTexts()) })}`;
    const out = join(tmp, 'good');
    const r = await runCliInProcess(['render', '--link', link, '--out', out, '--charts', 'gdp@guangzhou']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The CSV is named by its scenario: today's data (latest), seed 7.
    expect(readdirSync(out).sort()).toEqual(['targetline-gdp-guangzhou-asoflatest-seed7.csv', 'targetline-gdp-guangzhou.svg']);
  });

  it('leaves an existing output folder empty for text that is no link', async () => {
    const out = join(tmp, 'empty');
    mkdirSync(out);
    const r = await runCliInProcess(['render', '--link', 'not a link', '--out', out]);
    expect(r).toEqual({ status: 2, stdout: '', stderr: '--link: not a Targetline link: it has no s= part; nothing was written\n' });
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a link whose layers hold __proto__, and writes nothing', async () => {
    const layer = JSON.parse('{"id": "l1", "label": "x", "created": "2026-11-23T10:00:00Z", "__proto__": {"admin": true}, "indicators": [], "actuals": [], "targets": []}') as unknown;
    const link = `s=${await encodeLink({ scenario: DEFAULT_SCENARIO, data: dataVersion(readSeedTexts()), layers: [layer] })}`;
    const out = join(tmp, 'proto');
    const r = await runCliInProcess(['render', '--link', link, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    // Refused already by the codec, which reads links through readJson, with the refused part by its path in the link.
    expect(r.stderr).toBe("--link: the link's content is not a valid scenario; nothing was written\n--link: u[0].__proto__: this key is refused (it names an object’s machinery)\n");
    expect(existsSync(out)).toBe(false);
  });
});
