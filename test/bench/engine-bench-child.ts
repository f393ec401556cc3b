/**
 * One size of the engine bench, run in its own process by `engine-bench.ts` so that its peak memory is
 * its own. Arguments: `assess|baseline <paths> <horizon> <warm-ups> <repetitions>`. Prints one JSON
 * line. `baseline` does everything `assess` does except call `assess` (it runs the reference loop over
 * one chunk, whose buffers are the same size), so the difference in peak RSS is what `assess` adds.
 */
import { Worker } from 'node:worker_threads';
import { toEngineInput } from '../../src/data/engine-input.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { assess, createRandom, loadFormulaParser, type AssessResult } from '../../src/model/index.ts';
import { DEFAULT_SCENARIO, toEngineScenario } from '../../src/scenario/scenario.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

const SEED = 1;
// Any drift and spread will do for the reference; these keep x well inside double range.
const MU = 0.05;
const SIGMA = 0.1;
/** How often the sampler reads the heap while the untimed warm-up runs, in ms. */
const SAMPLE_MS = 5;
/** At most this many path-steps in each untimed run of the reference. */
const REFERENCE_WARMUP = 20_000_000;

const [mode, ...numbers] = process.argv.slice(2);
const [paths, horizon, warmups, repetitions] = numbers.map(Number) as [number, number, number, number];
if (mode !== 'assess' && mode !== 'baseline') throw new Error(`mode must be assess or baseline, got ${String(mode)}`);

// The engine compiles formulas with mathjs, loaded on demand (as in the worker).
await loadFormulaParser();
const input = toEngineInput(loadDataset(readSeedTexts()));
const scenario = toEngineScenario({ ...DEFAULT_SCENARIO, seed: SEED, paths, horizon });

/**
 * `assess` is synchronous, so nothing on this thread can look at memory while it runs. A worker thread
 * asks this thread's inspector for `process.memoryUsage()` every SAMPLE_MS; V8 answers between two
 * instructions of the running code, and the worker keeps the peaks in shared memory:
 * [stop flag, samples, heapUsed, arrayBuffers].
 */
const shared = new Float64Array(new SharedArrayBuffer(4 * 8));
const sampler = new Worker(
  `const { Session } = require('node:inspector');
  const { workerData } = require('node:worker_threads');
  const peaks = new Float64Array(workerData.buffer);
  const session = new Session();
  session.connectToMainThread();
  const timer = setInterval(() => {
    if (peaks[0] === 1) return clearInterval(timer);
    session.post('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true }, (err, r) => {
      if (err || !r || !r.result || typeof r.result.value !== 'string') return;
      const m = JSON.parse(r.result.value);
      peaks[1]++;
      peaks[2] = Math.max(peaks[2], m.heapUsed);
      peaks[3] = Math.max(peaks[3], m.arrayBuffers);
    });
  }, workerData.interval);`,
  { eval: true, workerData: { buffer: shared.buffer, interval: SAMPLE_MS } },
);
await new Promise((resolve) => sampler.once('online', resolve));

/** Fold this thread's own reading into the peaks (it sees the moments just before and after a call). */
function sampleHere(): void {
  const m = process.memoryUsage();
  shared[2] = Math.max(shared[2] as number, m.heapUsed);
  shared[3] = Math.max(shared[3] as number, m.arrayBuffers);
}

/** The reference: one normal per path-step, drawn `paths` at a time with `fillNormal` as the engine draws them, and one add. */
function reference(pathSteps: number): number {
  const random = createRandom(SEED);
  const x = new Float64Array(paths);
  const z = new Float64Array(paths);
  for (let step = 0; step < pathSteps / paths; step++) {
    random.fillNormal(z);
    for (let p = 0; p < paths; p++) x[p] = (x[p] as number) + MU + SIGMA * (z[p] as number);
  }
  let sum = 0; // used, so the loop cannot be optimised away
  for (let p = 0; p < paths; p++) sum += x[p] as number;
  return sum;
}

/**
 * Run `warm` (by default `fn`) `warmups` times untimed, sampling memory, then `fn` `repetitions` times
 * timed with the sampler stopped.
 */
function measure<T>(fn: () => T, { warm = fn, sample = false }: { warm?: () => T; sample?: boolean } = {}): { times: number[]; last: T } {
  let last: T | undefined;
  for (let i = 0; i < Math.max(1, warmups); i++) {
    last = undefined; // so the previous result is garbage while the next call runs
    last = warm();
    if (sample) sampleHere();
  }
  shared[0] = 1;
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    last = undefined;
    const start = performance.now();
    last = fn();
    times.push(performance.now() - start);
  }
  return { times, last: last as T };
}

const before = process.memoryUsage();
let out: Record<string, unknown>;
if (mode === 'assess') {
  const engine = measure((): AssessResult => assess({ ...input, scenario }), { sample: true });
  const simulated = engine.last.series.filter((s) => s.years.length > 0);
  // Derived from the result rather than the data, so the count follows whatever the engine projected.
  const pathSteps = simulated.reduce((sum, s) => sum + s.years.length * paths, 0);
  // The loop is compiled after a few chunks; warming it on more than REFERENCE_WARMUP path-steps only costs time.
  const warmSteps = Math.min(pathSteps, Math.ceil(REFERENCE_WARMUP / paths) * paths);
  const ref = measure(() => reference(pathSteps), { warm: () => reference(warmSteps) });
  if (!Number.isFinite(ref.last)) console.error('reference checksum is not finite');
  out = {
    series: simulated.length,
    targets: engine.last.targets.length,
    path_steps: pathSteps,
    engine_ms: engine.times,
    reference_ms: ref.times,
    heap_peak_mb: ((shared[2] as number) - before.heapUsed) / 2 ** 20,
    array_buffers_peak_mb: ((shared[3] as number) - before.arrayBuffers) / 2 ** 20,
    samples: shared[1],
  };
} else {
  shared[0] = 1;
  out = { checksum: reference(paths) };
}
await sampler.terminate();
// maxRSS is in kB (KiB on Linux): the high-water mark of the whole process.
console.log(JSON.stringify({ ...out, max_rss_mb: process.resourceUsage().maxRSS / 1024 }));
