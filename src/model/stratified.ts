import { normalQuantile } from './normal-quantile.ts';
import type { Random } from './random.ts';

let gridSize = 0;
let grid = new Float64Array(0);

/**
 * Return n standard-normal quantiles Φ⁻¹((i + ½)/n), i = 0…n − 1: a stratified sample of N(0, 1)
 * (one value in each of n equally likely slices). Cached for the last n asked for, since every
 * series of a run, and every run of a drag, asks for the same n.
 *
 * @param n - How many (≥ 1).
 */
export function normalGrid(n: number): Float64Array {
  if (n !== gridSize) {
    grid = new Float64Array(n);
    for (let i = 0; i < n; i++) grid[i] = normalQuantile((i + 0.5) / n);
    gridSize = n;
  }
  return grid;
}

/**
 * Deal a stratified sample out to n paths in a random order of the series' own: path p gets slice
 * (a·p + b) mod n, with a coprime to n and a, b drawn from the series' stream, so two series' draws
 * are paired unrelatedly (their parts stay independent in a formula). This is Latin hypercube sampling
 * (McKay, Beckman & Conover 1979) for the one draw a path makes once: exact in distribution, with
 * less Monte Carlo noise than independent draws, at the cost of two uniforms per series instead of
 * one normal per path.
 *
 * @param n - Number of paths.
 * @param random - The series' stream.
 * @returns The slice of each path, in path order.
 */
export function dealSlices(n: number, random: Random): Uint32Array {
  const order = new Uint32Array(n);
  const { stride, first } = affineOrder(n, random);
  let at = first;
  for (let p = 0; p < n; p++) {
    order[p] = at;
    at += stride;
    if (at >= n) at -= n;
  }
  return order;
}

/**
 * Fill `out` with mean + sd·(a stratified standard normal), dealt out as `dealSlices` does but
 * without building the order first.
 *
 * @param out - One value per path.
 * @param mean - The mean.
 * @param sd - The SD.
 * @param random - The series' stream.
 */
export function dealNormals(out: Float64Array, mean: number, sd: number, random: Random): void {
  const n = out.length;
  const grid = normalGrid(n);
  const { stride, first } = affineOrder(n, random);
  let at = first;
  for (let p = 0; p < n; p++) {
    out[p] = mean + sd * (grid[at] as number);
    at += stride;
    if (at >= n) at -= n;
  }
}

/** A stride coprime to n and a first slice, both from the stream: slice of path p is (first + stride·p) mod n. */
function affineOrder(n: number, random: Random): { stride: number; first: number } {
  let stride = 1 + Math.floor(random.uniform() * (n - 1 || 1));
  while (gcd(stride, n) !== 1) stride = (stride % n) + 1;
  return { stride, first: Math.floor(random.uniform() * n) };
}

function gcd(x: number, y: number): number {
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
