import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLabel } from '../../src/cli/read-json-file.ts';
import { DEFAULT_JSON_LIMITS } from '../../src/text/read-json.ts';
import { jsonExpectation } from '../expectations.ts';
import { ROOT, runCliInProcess, type CliRun } from './run-cli.ts';

/**
 * The CLI's bad-input corpus (`test/corpus/cli/README.md`): every scenario file `<case>.json` is given
 * to `assess --scenario`, every `<case>.link.txt` to `render --link`, and a few cases too large or too
 * odd to commit are generated here. Each has `<case>.expected.json`: the exit code and the exact
 * stderr lines (or, where the line quotes the JSON parser's own words, which change between Node
 * versions, the start of the line). `only.` runs a case alone (and fails the run's corpus check, so
 * it is not committed), `skip.` skips it; a case without an expectation fails, unless
 * UPDATE_EXPECTATIONS=1 writes it from the output (`test/expectations.ts`, which also rewrites one
 * that differs); an expectation without a case always fails.
 *
 * The CLI runs in this process (`runCliInProcess`), which cannot change its working directory: a
 * scenario file is given by its absolute path, and the lines, which start with the path as typed,
 * are compared with the expectation's, which start with the file's name, after that one prefix.
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
  /** The scenario file's folder and name; for a link, its text (and no folder). */
  prepare(): { dir?: string; input: string };
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
      return { dir: tmp, input: 'folder.json' };
    },
  },
  {
    name: 'link-too-large',
    kind: 'link',
    prepare: () => ({ input: `https://example.org/tl/#s=1.${'A'.repeat(20_001)}` }),
  },
];

function write(file: string, text: string): { dir: string; input: string } {
  writeFileSync(join(tmp, file), text);
  return { dir: tmp, input: file };
}

const files = readdirSync(CORPUS);
const committed: Case[] = files.flatMap((file): Case[] => {
  if (file.endsWith('.expected.json')) return [];
  if (file.endsWith('.link.txt')) {
    return [{ name: file.slice(0, -'.link.txt'.length), kind: 'link', prepare: () => ({ input: readFileSync(join(CORPUS, file), 'utf8').replace(/\r?\n$/, '') }) }];
  }
  if (file.endsWith('.json')) return [{ name: file.slice(0, -'.json'.length), kind: 'scenario', prepare: () => ({ dir: CORPUS, input: file }) }];
  return [];
});
const cases = [...committed, ...GENERATED];
const only = cases.filter((c) => c.name.startsWith('only.'));
const bare = (name: string) => name.replace(/^(only|skip)\./, '');

/** stderr as lines, without the last newline. */
const linesOf = (stderr: string) => (stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n'));

/** Compare stderr's lines with the expectation; a `startsWith` line matches any line that starts so. */
function expectLines(lines: readonly string[], expected: readonly Line[]): void {
  const wanted = expected.map((line, i) => (typeof line === 'string' ? line : lines[i]?.startsWith(line.startsWith) ? lines[i] : `(a line starting) ${line.startsWith}`));
  expect(lines).toEqual(wanted);
}

/** Where a line quotes the JSON parser, whose words differ between Node versions: only its start is kept. */
const PARSER_LINE = /^.*?: invalid JSON: /;

/**
 * The expectation for what a case printed, as UPDATE_EXPECTATIONS=1 writes it: the exit code and every line;
 * a line of the old expectation given by its start stays so while it still matches, and a line that
 * quotes the JSON parser is given by its start. A case that works keeps the start of its stdout.
 */
function expectationFrom(r: CliRun, lines: readonly string[], old: Expected | null): Expected {
  const stderr = lines.map((line, i): Line => {
    const was = old?.stderr[i];
    if (typeof was === 'object' && line.startsWith(was.startsWith)) return was;
    const parser = PARSER_LINE.exec(line);
    return parser ? { startsWith: parser[0] } : line;
  });
  const expected: Expected = { exit: r.status ?? -1, stderr };
  if (r.status === 0) {
    expected.stdoutStartsWith = old?.stdoutStartsWith !== undefined && r.stdout.startsWith(old.stdoutStartsWith) ? old.stdoutStartsWith : (r.stdout.split('\n')[0] ?? '');
  }
  return expected;
}

/** A render's output folder: each case has its own, and a refused link must not create it. */
const outFor = (name: string) => join(tmp, `out-${name}`);

/**
 * Run a case. A scenario file goes by its absolute path (the working directory cannot follow the
 * case in-process), so its lines start with that path; it is put back as the name the expectations
 * use, `<case>.json: `.
 *
 * @returns The run; what every refused line must start with (the file as typed, or the flag); and
 *   stderr's lines as if the file had been typed by its name in its folder.
 */
async function run(c: Case): Promise<{ run: CliRun; where: string; lines: string[] }> {
  const { dir, input } = c.prepare();
  if (c.kind === 'link') {
    const r = await runCliInProcess(['render', '--link', input, '--out', outFor(c.name), '--charts', 'gdp@guangzhou']);
    return { run: r, where: '--link: ', lines: linesOf(r.stderr) };
  }
  const typed = join(dir as string, input);
  const r = await runCliInProcess(['assess', '--scenario', typed]);
  const where = `${fileLabel(typed)}: `;
  const lines = linesOf(r.stderr).map((line) => (line.startsWith(where) ? `${fileLabel(input)}: ${line.slice(where.length)}` : line));
  return { run: r, where, lines };
}

describe('cli bad-input corpus', { timeout: 30_000 }, () => {
  it('has at least 12 bad scenario files and 5 bad links', () => {
    expect(cases.filter((c) => c.kind === 'scenario').length).toBeGreaterThanOrEqual(12);
    expect(cases.filter((c) => c.kind === 'link').length).toBeGreaterThanOrEqual(5);
  });

  it('has a case for every expectation, and no case left marked only.', () => {
    const names = new Set(cases.map((c) => bare(c.name)));
    const orphans = files.filter((f) => f.endsWith('.expected.json')).filter((f) => !names.has(bare(f.slice(0, -'.expected.json'.length))));
    expect(orphans).toEqual([]);
    // `only.` is for a local run: committed, it would leave every other case unrun.
    expect(only.map((c) => c.name)).toEqual([]);
  });

  describe('each case', () => {
    for (const c of only.length > 0 ? only : cases) {
      const expectedFile = join(CORPUS, `${bare(c.name)}.expected.json`);
      it.skipIf(c.name.startsWith('skip.'))(`${c.kind} ${bare(c.name)}`, async () => {
        const { run: r, where, lines } = await run(c);
        const old = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected) : null;
        // A case without its expectation is a defect, not a silent pass: it fails, unless UPDATE_EXPECTATIONS=1 writes it.
        const expected = jsonExpectation(expectedFile, expectationFrom(r, lines, old), 'test/cli/cli-corpus.test.ts');
        expect(r.status).toBe(expected.exit);
        expectLines(lines, expected.stderr);
        // Never a stack trace, whatever the input.
        expect(r.stderr).not.toMatch(/^\s+at /m);
        if (expected.exit === 0) {
          if (expected.stdoutStartsWith !== undefined) expect(r.stdout.startsWith(expected.stdoutStartsWith), r.stdout.slice(0, 200)).toBe(true);
          return;
        }
        expect(r.stdout).toBe('');
        // A refusal says why, and every line names what it is about: the file as typed, or the flag.
        expect(lines.length).toBeGreaterThan(0);
        for (const line of linesOf(r.stderr)) expect(line.startsWith(where), line).toBe(true);
        // A refused link writes nothing: not even the output folder.
        if (c.kind === 'link') expect(existsSync(outFor(c.name))).toBe(false);
      });
    }
  });
});
