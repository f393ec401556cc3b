import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_JSON_LIMITS } from '../../src/text/read-json.ts';
import { ROOT, runCliAsync, type CliRun } from './run-cli.ts';

/**
 * The CLI's bad-input corpus (`test/corpus/cli/README.md`): every scenario file `<case>.json` is given
 * to `assess --scenario`, every `<case>.link.txt` to `render --link`, and a few cases too large or too
 * odd to commit are generated here. Each has `<case>.expected.json`: the exit code and the exact
 * stderr lines (or, where the line quotes the JSON parser's own words, which change between Node
 * versions, the start of the line). `only.` runs a case alone, `skip.` skips it; with CI=true a case
 * without an expectation fails; an expectation without a case always does.
 */

const CORPUS = join(ROOT, 'test/corpus/cli');
const tmp = mkdtempSync(join(tmpdir(), 'targetline-cli-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Line = string | { startsWith: string };
interface Expected {
  exit: number;
  stderr: Line[];
  /** For a case that must still work: how its stdout starts. */
  stdoutStartsWith?: string;
}

interface Case {
  name: string;
  kind: 'scenario' | 'link';
  /** Where the scenario file is, and the working directory to run in; for a link, its text. */
  prepare(): { cwd: string; input: string };
}

/** Cases generated here rather than committed: too large for the repository, or not a file at all. */
const GENERATED: Case[] = [
  {
    name: 'deep-100000',
    kind: 'scenario',
    prepare: () => write('deep-100000.json', `{"indicators": {"gdp": {"growth": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}}`),
  },
  {
    name: 'deep-objects-100000',
    kind: 'scenario',
    prepare: () => write('deep-objects-100000.json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`),
  },
  {
    name: 'over-size-limit',
    kind: 'scenario',
    // One character over the limit, and otherwise a good scenario: it is refused for its size alone.
    prepare: () => {
      const head = '{"seed": 1, "notes": "';
      const tail = '"}';
      return write('over-size-limit.json', `${head}${'x'.repeat(DEFAULT_JSON_LIMITS.maxChars + 1 - head.length - tail.length)}${tail}`);
    },
  },
  {
    name: 'folder',
    kind: 'scenario',
    prepare: () => {
      mkdirSync(join(tmp, 'folder.json'), { recursive: true });
      return { cwd: tmp, input: 'folder.json' };
    },
  },
  {
    name: 'link-too-large',
    kind: 'link',
    prepare: () => ({ cwd: ROOT, input: `https://example.org/tl/#s=1.${'A'.repeat(20_001)}` }),
  },
];

function write(file: string, text: string): { cwd: string; input: string } {
  writeFileSync(join(tmp, file), text);
  return { cwd: tmp, input: file };
}

const files = readdirSync(CORPUS);
const committed: Case[] = files.flatMap((file): Case[] => {
  if (file.endsWith('.expected.json')) return [];
  if (file.endsWith('.link.txt')) {
    return [{ name: file.slice(0, -'.link.txt'.length), kind: 'link', prepare: () => ({ cwd: ROOT, input: readFileSync(join(CORPUS, file), 'utf8').replace(/\r?\n$/, '') }) }];
  }
  if (file.endsWith('.json')) return [{ name: file.slice(0, -'.json'.length), kind: 'scenario', prepare: () => ({ cwd: CORPUS, input: file }) }];
  return [];
});
const cases = [...committed, ...GENERATED];
const only = cases.filter((c) => c.name.startsWith('only.'));
const bare = (name: string) => name.replace(/^(only|skip)\./, '');

/** Compare stderr with the expectation line by line; a `startsWith` line matches any line that starts so. */
function expectLines(stderr: string, expected: readonly Line[]): void {
  const lines = stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n');
  const wanted = expected.map((line, i) => (typeof line === 'string' ? line : lines[i]?.startsWith(line.startsWith) ? lines[i] : `(a line starting) ${line.startsWith}`));
  expect(lines).toEqual(wanted);
}

/** A render's output folder: each case has its own, and a refused link must not create it. */
const outFor = (name: string) => join(tmp, `out-${name}`);

async function run(c: Case): Promise<{ run: CliRun; input: string }> {
  const { cwd, input } = c.prepare();
  const args = c.kind === 'scenario' ? ['assess', '--scenario', input] : ['render', '--link', input, '--out', outFor(c.name), '--charts', 'gdp@guangzhou'];
  return { run: await runCliAsync(args, { cwd }), input };
}

describe('cli bad-input corpus', { timeout: 120_000 }, () => {
  it('has at least 12 bad scenario files and 5 bad links', () => {
    expect(cases.filter((c) => c.kind === 'scenario').length).toBeGreaterThanOrEqual(12);
    expect(cases.filter((c) => c.kind === 'link').length).toBeGreaterThanOrEqual(5);
  });

  it('has a case for every expectation', () => {
    const names = new Set(cases.map((c) => bare(c.name)));
    const orphans = files.filter((f) => f.endsWith('.expected.json')).filter((f) => !names.has(bare(f.slice(0, -'.expected.json'.length))));
    expect(orphans).toEqual([]);
  });

  describe.concurrent('each case', () => {
    for (const c of only.length > 0 ? only : cases) {
      const expectedFile = join(CORPUS, `${bare(c.name)}.expected.json`);
      it.skipIf(c.name.startsWith('skip.'))(`${c.kind} ${bare(c.name)}`, async () => {
        if (!existsSync(expectedFile)) {
          // In CI a case without its expectation is a defect, not a silent pass.
          if (process.env.CI === 'true') throw new Error(`missing expectation for ${c.name}`);
          return;
        }
        const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
        const { run: r, input } = await run(c);
        expect(r.status).toBe(expected.exit);
        expectLines(r.stderr, expected.stderr);
        // Never a stack trace, whatever the input.
        expect(r.stderr).not.toMatch(/^\s+at /m);
        if (expected.exit === 0) {
          if (expected.stdoutStartsWith !== undefined) expect(r.stdout.startsWith(expected.stdoutStartsWith), r.stdout.slice(0, 200)).toBe(true);
          return;
        }
        expect(r.stdout).toBe('');
        // Every line names what it is about: the file as typed, or the flag.
        const where = c.kind === 'scenario' ? `${input}: ` : '--link: ';
        for (const line of r.stderr.replace(/\n$/, '').split('\n')) expect(line.startsWith(where), line).toBe(true);
        // A refused link writes nothing: not even the output folder.
        if (c.kind === 'link') expect(existsSync(outFor(c.name))).toBe(false);
      });
    }
  });
});
