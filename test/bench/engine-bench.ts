/**
 * Time a full `assess` of every indicator on the shipped seeds at 10,000, 100,000 and 1,000,000 paths
 * to 2025 and 2035, against the simplest loop that does the same number of random path-steps timed in
 * the same process, so the engine's overhead (fitting, quantiles, scoring) shows as a ratio that does
 * not depend on the machine; and report each size's peak memory. Each size runs in its own child
 * process (engine-bench-child.ts) so its peak RSS is its own; a second child that does everything but
 * the `assess` call gives the baseline to subtract. A child that dies is reported in its row. Asserts
 * nothing. Run with `npm run bench`; the last line printed is one JSON object for scripts to read.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const SIZES: { paths: number; horizon: number }[] = [10_000, 100_000, 1_000_000].flatMap((paths) =>
  [2025, 2035].map((horizon) => ({ paths, horizon })),
);
/** Untimed warm-ups (the first also samples the heap) and timed repetitions, fewer where one run takes seconds. */
const RUNS: Record<number, [number, number]> = { 10_000: [2, 9], 100_000: [1, 5], 1_000_000: [1, 3] };
/** Enough heap that a large size fails for its own reasons, not for V8's default limit. */
const HEAP_MB = 4096;
/** A child still running after this long is stopped and reported. */
const TIMEOUT_MS = 300_000;
const ROOT = join(import.meta.dirname, '../..');
const CHILD = join(import.meta.dirname, 'engine-bench-child.ts');

interface ChildResult {
  series: number;
  targets: number;
  path_steps: number;
  engine_ms: number[];
  reference_ms: number[];
  heap_peak_mb: number;
  array_buffers_peak_mb: number;
  max_rss_mb: number;
}

/** Run one child and parse its last stdout line; a non-zero exit, a signal or bad output becomes `error`. */
function runChild(args: (string | number)[]): Promise<{ result?: ChildResult; error?: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', CHILD, ...args.map(String)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lastLine = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0) {
        try {
          return resolve({ result: JSON.parse(lastLine) as ChildResult });
        } catch {
          return resolve({ error: `unreadable output: ${lastLine.slice(0, 80)}` });
        }
      }
      const why = timedOut ? `stopped after ${TIMEOUT_MS / 1000} s` : signal ? `killed by ${signal}` : `exit ${String(code)}`;
      // Node ends a crash with its stack and version; the line naming the error says more.
      const lines = stderr.split('\n').filter((l) => l.trim() !== '' && !/^\s+at |^Node\.js v/.test(l));
      const detail = (lines.find((l) => /Error\b|error:|heap limit|out of memory/i.test(l)) ?? lines.at(-1))?.trim().slice(0, 120);
      resolve({ error: detail ? `${why}: ${detail}` : why });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const round = (v: number, digits = 2) => Number(v.toFixed(digits));
const started = performance.now();
const rows: Record<string, Record<string, string | number>> = {};
const figures: Record<string, unknown>[] = [];

for (const { paths, horizon } of SIZES) {
  const [warmups, repetitions] = RUNS[paths] as [number, number];
  const label = `${paths.toLocaleString('en-GB')} × ${horizon}`;
  const run = await runChild(['assess', paths, horizon, warmups, repetitions]);
  const base = await runChild(['baseline', paths, horizon, warmups, repetitions]);
  const r = run.result;
  if (!r) {
    rows[label] = { runs: `${warmups}+${repetitions}`, error: run.error ?? '' };
    figures.push({ paths, horizon, error: run.error });
    console.error(`${label}: ${run.error ?? ''}`);
    continue;
  }
  const engineMs = median(r.engine_ms);
  const referenceMs = median(r.reference_ms);
  const baselineMb = base.result?.max_rss_mb ?? Number.NaN;
  const perStep = (ms: number) => (ms * 1e6) / r.path_steps;
  rows[label] = {
    runs: `${warmups}+${repetitions}`,
    'path-steps': r.path_steps.toLocaleString('en-GB'),
    'engine ms': round(engineMs),
    'engine ns/step': round(perStep(engineMs), 1),
    'ref ms': round(referenceMs),
    'ref ns/step': round(perStep(referenceMs), 1),
    'engine / ref': round(engineMs / referenceMs),
    'RSS MB': round(r.max_rss_mb - baselineMb, 1),
    'base RSS MB': round(baselineMb, 1),
    'heap MB': round(r.heap_peak_mb, 1),
    'arrayBuf MB': round(r.array_buffers_peak_mb, 1),
  };
  if (base.error) rows[label].error = `baseline ${base.error}`;
  figures.push({
    paths,
    horizon,
    series: r.series,
    targets: r.targets,
    path_steps: r.path_steps,
    warmups,
    repetitions,
    engine_ms: round(engineMs),
    engine_min_ms: round(Math.min(...r.engine_ms)),
    engine_ns_per_path_step: round(perStep(engineMs), 2),
    reference_ms: round(referenceMs),
    reference_ns_per_path_step: round(perStep(referenceMs), 2),
    ratio: round(engineMs / referenceMs, 3),
    peak_rss_mb: round(r.max_rss_mb, 1),
    baseline_rss_mb: round(baselineMb, 1),
    assess_rss_mb: round(r.max_rss_mb - baselineMb, 1),
    heap_peak_mb: round(r.heap_peak_mb, 1),
    array_buffers_peak_mb: round(r.array_buffers_peak_mb, 1),
    ...(base.error ? { baseline_error: base.error } : {}),
  });
  console.error(`${label}: ${round(engineMs)} ms, ${round(r.max_rss_mb - baselineMb, 1)} MB over baseline`);
}

const totalS = (performance.now() - started) / 1000;
console.log(
  'assess of every indicator on the seeds; median times; ref = createRandom(seed).fillNormal in chunks of `paths` plus one add per path-step, ' +
    'timed in the same child; RSS = child peak (maxRSS) minus a child doing all but assess; heap / arrayBuf = peak sampled during the warm-up minus before it',
);
console.table(rows);
console.log(`total ${round(totalS, 1)} s`);
console.log(JSON.stringify({ sizes: figures, total_s: round(totalS, 1) }));
