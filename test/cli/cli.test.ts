import type { SeriesJson } from '../../src/cli/assess-json.ts';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/parse-args.ts';
import { normalCdf } from '../../src/model/index.ts';
import { missingExpectation, updatingExpectations } from '../expectations.ts';
import { ROOT, runCli, runCliInProcess, type CliRun } from './run-cli.ts';

const CORPUS = join(ROOT, 'test/corpus/scenario');
const tmp = mkdtempSync(join(tmpdir(), 'targetline-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Write a scenario to a temporary file and return its path. */
function scenarioFile(name: string, scenario: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

interface TargetJson {
  plan_id: string;
  indicator_id: string;
  region: string;
  year: number;
  target: number;
  comparator: string;
  last_actual: number | null;
  last_actual_year: number | null;
  last_actual_quality: string | null;
  probability: number | null;
  p50: number | null;
  [field: string]: unknown;
}
interface AssessJson {
  scenario: Record<string, unknown>;
  targets: TargetJson[];
  series?: SeriesJson[];
  calibration?: Record<string, unknown>;
}

async function assessRun(file: string): Promise<CliRun> {
  const r = await runCliInProcess(['assess', '--scenario', file, '--json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r;
}
const assessJson = async (file: string) => JSON.parse((await assessRun(file)).stdout) as AssessJson;

const REQUIRED_FIELDS = [
  'plan_id',
  'indicator_id',
  'region',
  'year',
  'target',
  'comparator',
  'last_actual_year',
  'last_actual',
  'required_growth',
  'observed_growth',
  'probability',
  'p05',
  'p25',
  'p50',
  'p75',
  'p95',
  'status',
  'pace',
  'actual',
];

describe('cli assess --json', { timeout: 60_000 }, () => {
  let trendRun: CliRun;
  let trend: AssessJson;
  beforeAll(async () => {
    trendRun = await assessRun('examples/scenario-trend.json');
    trend = JSON.parse(trendRun.stdout) as AssessJson;
  }, 60_000);

  it('prints one object with the parsed scenario, defaults filled in, and no calibration without asOf', () => {
    expect(trend.scenario).toEqual({ asOf: null, horizon: 2025, seed: 1, paths: 10_000, plans: [], indicators: {} });
    expect(trend).not.toHaveProperty('calibration');
    expect(trend.targets.length).toBeGreaterThan(100);
  });

  it('gives every target every required field, with null (never NaN) where unknown', () => {
    for (const t of trend.targets) {
      for (const field of REQUIRED_FIELDS) expect(Object.hasOwn(t, field), `${t.plan_id} ${t.indicator_id} ${t.year}: ${field}`).toBe(true);
      for (const field of ['probability', 'p05', 'p50', 'p95', 'required_growth', 'observed_growth', 'actual']) {
        const v = t[field];
        expect(v === null || (typeof v === 'number' && Number.isFinite(v)), `${field} = ${String(v)}`).toBe(true);
      }
    }
    // Without asOf most target years lie before the last published value, so only a few are
    // projected; there must be some, or the check above would be vacuous.
    expect(trend.targets.filter((t) => t.probability !== null).length).toBeGreaterThan(0);
  });

  it('matches the closed form for a compound override, within Monte Carlo error', async () => {
    const run = await assessJson('examples/scenario-2018.json');
    expect(run.calibration).toBeDefined();
    expect(run.calibration).toHaveProperty('coverage90');
    expect(run.calibration).toHaveProperty('baseline');
    const find = (plan: string, year: number) => {
      const t = run.targets.find((x) => x.plan_id === plan && x.indicator_id === 'hightech_enterprises' && x.region === 'guangzhou' && x.year === year);
      if (!t) throw new Error(`no ${plan} ${year} target`);
      return t;
    };
    // seeds/actuals.csv has two 2018 values for Guangzhou: 10,000 (lower_bound) and 11,000 (estimate);
    // pickActual prefers the lower bound, so targets are measured from 10,000 in 2018…
    const t2019 = find('gz_innovation_centre_2018', 2019);
    expect(t2019).toMatchObject({ target: 11_000, comparator: '>=', last_actual: 10_000, last_actual_year: 2018, last_actual_quality: 'lower_bound' });
    // …while the paths start from the last firm value, 4,742 in 2016, and are held at or above the
    // bounds 8,700 (2017) and 10,000 (2018). With g = 4%, σ = 0.08 and the trend taken as certain:
    // 2017: 4,742 × 1.04 = 4,932 would need z ≥ ln(8,700 / 4,932) / 0.08 = 7.1 to clear 8,700, so every
    // path is 8,700. 2018: ln x = ln(8,700 × 1.04 = 9,048) + 0.08·z₁, held at 10,000 when
    // z₁ < c = ln(10,000 / 9,048) / 0.08 = 1.2506 (89.4% of paths). So for n years after 2018,
    // P(x ≥ K) = Φ(c)·Φ(ln(10,000·1.04ⁿ/K) / (0.08√n)) + ∫_c^∞ φ(z)·Φ((ln(9,048·1.04ⁿ/K) + 0.08z) / (0.08√n)) dz.
    const c = Math.log(10_000 / 9_048) / 0.08;
    const phi = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    const floorHeld = (n: number, k: number) => {
      const sd = 0.08 * Math.sqrt(n);
      const inside = (z: number) => phi(z) * normalCdf((Math.log((9_048 * 1.04 ** n) / k) + 0.08 * z) / sd);
      // Simpson's rule from c to c + 10 (the normal tail beyond is below 1e-20), 2,000 intervals.
      const steps = 2_000;
      const h = 10 / steps;
      let sum = inside(c) + inside(c + 10);
      for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * inside(c + i * h);
      return normalCdf(c) * normalCdf(Math.log((10_000 * 1.04 ** n) / k) / sd) + (sum * h) / 3;
    };
    // n = 1, K = 11,000: first term Φ(1.2506)·Φ(ln(10,400/11,000)/0.08 = −0.70112) = 0.89446 × 0.24161 = 0.21611;
    // the integral adds the 10.6% of paths above the floor, each with a better chance.
    const p2019 = floorHeld(1, 11_000);
    expect(p2019).toBeGreaterThan(0.2161);
    expect(p2019).toBeLessThan(0.2161 + (1 - normalCdf(c)));
    // Standard error at 100,000 paths: √(p(1 − p) / 100,000) ≈ 0.0014; allow 4 of them.
    const se = (p: number) => Math.sqrt((p * (1 - p)) / 100_000);
    expect(Math.abs((t2019.probability as number) - p2019)).toBeLessThan(4 * se(p2019));
    // The 2018 fan: 89.4% of paths sit on the floor, so p05 through p75 are 10,000 (to the rounding
    // of exp(ln 10,000)), and p95 is above it.
    const fan2018 = run.series?.find((s) => s.indicator_id === 'hightech_enterprises' && s.region === 'guangzhou')?.years.find((y) => y.year === 2018);
    for (const q of [fan2018?.p05, fan2018?.p25, fan2018?.p50, fan2018?.p75]) expect(q).toBeCloseTo(10_000, 6);
    expect(fan2018?.p95).toBeGreaterThan(10_001);

    // n = 2, K = 11,700 (the 2020 target of gz_strong_city_2019).
    const t2020 = find('gz_strong_city_2019', 2020);
    expect(t2020.target).toBe(11_700);
    const p2020 = floorHeld(2, 11_700);
    expect(Math.abs((t2020.probability as number) - p2020)).toBeLessThan(4 * se(p2020));
  });

  it('prints the same digits for the same seed and different ones for another seed', async () => {
    const base = { paths: 2_000, indicators: { gdp: { volatility: 0.05 } } };
    const a = await assessRun(scenarioFile('seed-3a.json', { ...base, seed: 3 }));
    const b = await assessRun(scenarioFile('seed-3b.json', { ...base, seed: 3 }));
    const c = await assessRun(scenarioFile('seed-4.json', { ...base, seed: 4 }));
    expect(a.stdout).toBe(b.stdout);
    // Compare targets only: the echoed scenario differs by its seed anyway.
    const targets = (text: string) => JSON.stringify((JSON.parse(text) as AssessJson).targets);
    expect(targets(c.stdout)).not.toBe(targets(a.stdout));
  });

  // One of the few runs as a process: it shows that `npm run cli` prints what the in-process runs check.
  it('as a process started elsewhere, finds the seeds from its own location, the scenario from the working directory, and prints the same', () => {
    writeFileSync(join(tmp, 'trend.json'), readFileSync(join(ROOT, 'examples/scenario-trend.json')));
    const elsewhere = runCli(['assess', '--scenario', 'trend.json', '--json'], tmp);
    expect(elsewhere).toEqual(trendRun);
  });
});

describe('cli assess table', { timeout: 60_000 }, () => {
  it('prints an aligned table with en-GB numbers and, for a hindcast, a calibration line', async () => {
    const r = await runCliInProcess(['assess', '--scenario', 'examples/scenario-2018.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const header = lines.find((l) => l.startsWith('plan '));
    expect(header).toMatch(/plan +indicator +region +year +target +last actual +need\/yr +seen\/yr +P\(meet\) +p50 +status +pace +actual/);
    // Every table line is as wide as the rule under the header, bar trailing blanks: the columns align.
    const rule = lines[lines.indexOf(header as string) + 1] as string;
    const row = lines.find((l) => l.startsWith('gz_innovation_centre_2018') && l.includes('hightech_enterprises') && l.includes(' 2019 '));
    // 10,000 × 1.1 = 11,000 needs 10.0% a year; P is about 25% (see the closed form above).
    expect(row).toMatch(/≥ 11,000 +10,000 \(2018\) +10\.0% +\S+% +2[4-7]\.\d% +10,[45]\d\d +unlikely/);
    expect([...(row as string)].length).toBeLessThanOrEqual([...rule].length);
    expect(lines.some((l) => l.startsWith('Calibration as of 2018: 90% interval held'))).toBe(true);
  });
});

describe('cli usage', { timeout: 60_000 }, () => {
  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['assess', '--scenario', 'examples/scenario-trend.json', '--jsn'], 'unknown flag "--jsn"'],
    [['assess'], 'assess needs --scenario FILE or --plan FILE'],
    [['assess', '--scenario'], '--scenario needs a file'],
    [[], 'no command given'],
  ])('refuses %j with exit 2, one line and the usage text', async (args, message) => {
    const r = await runCliInProcess(args);
    expect(r).toEqual({ status: 2, stdout: '', stderr: `error: ${message}\n\n${USAGE}\n` });
  });

  // The other run as a process: a refusal's exit code and text are the process's, not only main's.
  it('as a process, refuses with exit 2 and prints what main prints', async () => {
    const r = runCli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r).toEqual(await runCliInProcess(['frobnicate']));
  });

  it('prints the usage to stdout and exits 0 for --help and -h', async () => {
    for (const flag of ['--help', '-h']) expect(await runCliInProcess([flag])).toEqual({ status: 0, stdout: `${USAGE}\n`, stderr: '' });
  });

  it('names a missing scenario file and exits 2', async () => {
    const r = await runCliInProcess(['assess', '--scenario', 'examples/no-such-scenario.json']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'examples/no-such-scenario.json: cannot read the file (no such file)\n' });
  });
});

/**
 * Bad-input corpus: each `<case>.json` must make the CLI exit 2 with nothing on stdout, every
 * stderr line naming the file, and every line of `<case>.expected.txt` somewhere in stderr.
 * `only.` runs a case alone, `skip.` skips it. A case without an expectation fails; with
 * UPDATE_EXPECTATIONS=1 (`test/expectations.ts`) it is written from the output, each line without
 * the file name, to be trimmed to the parts that matter. An existing expectation is never
 * rewritten: its lines are chosen fragments, not the whole output.
 */
describe('cli scenario bad-input corpus', { timeout: 30_000 }, () => {
  const cases = readdirSync(CORPUS).filter((f) => f.endsWith('.json'));
  const only = cases.filter((f) => f.startsWith('only.'));
  it('has cases, and none left marked only.', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    // `only.` is for a local run: committed, it would leave every other case unrun.
    expect(only).toEqual([]);
  });
  for (const file of only.length > 0 ? only : cases) {
    const name = file.replace(/^(only|skip)\./, '').replace(/\.json$/, '');
    const expectedFile = join(CORPUS, file.replace(/\.json$/, '.expected.txt'));
    it.skipIf(file.startsWith('skip.'))(name, async () => {
      // A case without its expectation is a defect, not a silent pass.
      if (!existsSync(expectedFile) && !updatingExpectations()) throw missingExpectation(expectedFile, 'test/cli/cli.test.ts');
      const path = `test/corpus/scenario/${file}`;
      const r = await runCliInProcess(['assess', '--scenario', path]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      for (const line of lines) expect(line.startsWith(`${path}: `), line).toBe(true);
      if (!existsSync(expectedFile)) writeFileSync(expectedFile, `${lines.map((line) => line.slice(path.length + 2)).join('\n')}\n`);
      const expected = readFileSync(expectedFile, 'utf8').split('\n').filter((l) => l.trim() !== '');
      expect(expected.length).toBeGreaterThan(0);
      for (const text of expected) expect(r.stderr).toContain(text);
    });
  }
});
