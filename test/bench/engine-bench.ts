/**
 * Time a full `assess` of every indicator on the shipped seeds against the simplest loop that does
 * the same number of random path-steps, so the engine's overhead (fitting, quantiles, scoring) shows
 * as a ratio that does not depend on the machine. Asserts nothing. Run with `npm run bench`; the last
 * line printed is one JSON object for scripts to read.
 */
import { toEngineInput } from '../../src/data/engine-input.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { assess, createRandom, loadFormulaParser, type AssessResult } from '../../src/model/index.ts';
import { DEFAULT_SCENARIO, toEngineScenario } from '../../src/scenario/scenario.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

const PATHS = 10_000;
const SEED = 1;
const WARMUP = 2;
const REPETITIONS = 9;
// Any drift and spread will do for the reference; these keep x well inside double range.
const MU = 0.05;
const SIGMA = 0.1;

// The engine compiles formulas with mathjs, loaded on demand (as in the worker).
await loadFormulaParser();
const input = toEngineInput(loadDataset(readSeedTexts()));
const scenario = toEngineScenario({ ...DEFAULT_SCENARIO, seed: SEED, paths: PATHS });

/** Run `fn` WARMUP times untimed (so the JIT has compiled it), then REPETITIONS times timed. */
function measure<T>(fn: () => T): { median: number; min: number; last: T } {
  let last = fn();
  for (let i = 1; i < WARMUP; i++) last = fn();
  const times: number[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const start = performance.now();
    last = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1] as number, min: times[0] as number, last };
}

/** The reference: one normal per path-step, drawn PATHS at a time with `fillNormal`, as the engine draws them. */
function referenceFill(pathSteps: number): number {
  const random = createRandom(SEED);
  const x = new Float64Array(PATHS).fill(1);
  const z = new Float64Array(PATHS);
  for (let step = 0; step < pathSteps / PATHS; step++) {
    random.fillNormal(z);
    for (let p = 0; p < PATHS; p++) x[p] = (x[p] as number) * Math.exp(MU + SIGMA * (z[p] as number));
  }
  return checksum(x);
}

/** The same loop with one `normal()` call per path-step: what the engine would cost without batching. */
function referenceNormal(pathSteps: number): number {
  const random = createRandom(SEED);
  const x = new Float64Array(PATHS).fill(1);
  for (let step = 0; step < pathSteps / PATHS; step++) {
    for (let p = 0; p < PATHS; p++) x[p] = (x[p] as number) * Math.exp(MU + SIGMA * random.normal());
  }
  return checksum(x);
}

/** Sum the buffer, so the work that filled it is used and cannot be optimised away. */
function checksum(x: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i] as number;
  return sum;
}

const engine = measure((): AssessResult => assess({ ...input, scenario }));
const simulated = engine.last.series.filter((s) => s.years.length > 0);
// Derived from the result rather than the data, so the count follows whatever the engine projected.
const pathSteps = simulated.reduce((sum, s) => sum + s.years.length * PATHS, 0);
const fill = measure(() => referenceFill(pathSteps));
const normal = measure(() => referenceNormal(pathSteps));

const round = (v: number, digits = 2) => Number(v.toFixed(digits));
const row = (m: { median: number; min: number }) => ({
  'median ms': round(m.median),
  'min ms': round(m.min),
  'ns / path-step': round((m.median * 1e6) / pathSteps, 1),
  'engine / this': round(engine.median / m.median),
});
console.log(`assess on the seeds: ${simulated.length} series, ${engine.last.targets.length} targets, ${PATHS.toLocaleString('en-GB')} paths, ${pathSteps.toLocaleString('en-GB')} path-steps; median of ${REPETITIONS} after ${WARMUP} warm-ups`);
console.table({
  'engine: assess (every indicator)': row(engine),
  'reference: fillNormal in chunks': row(fill),
  'reference: normal() per step': row(normal),
});
if (!Number.isFinite(fill.last) || !Number.isFinite(normal.last)) console.warn('reference checksum is not finite');
console.log(
  JSON.stringify({
    path_steps: pathSteps,
    engine_ms: round(engine.median),
    reference_ms: round(fill.median),
    ratio: round(engine.median / fill.median, 3),
    paths: PATHS,
    series: simulated.length,
    targets: engine.last.targets.length,
  }),
);
