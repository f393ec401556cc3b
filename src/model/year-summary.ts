import { select, selectQuantiles, shareMeeting } from './order-statistics.ts';

/** A threshold whose share of the sample is wanted: at least it, or at most it. */
export interface Threshold {
  value: number;
  atLeast: boolean;
}

/** The most buckets; a smaller sample gets fewer (about 16 values each), so clearing them stays cheap. */
const MAX_BUCKETS = 4096;
const MIN_BUCKETS = 256;
/** Four interleaved histograms: consecutive values never wait on the same counter (4× faster in V8). */
const LANES = 4;
const lanes = new Int32Array(MAX_BUCKETS * LANES);
const counts = new Int32Array(MAX_BUCKETS);
/** below[b]: how many values lie in buckets before b. */
const below = new Int32Array(MAX_BUCKETS + 1);
/** Where each wanted bucket's values go in the gathered buffer (−1 for buckets not wanted). */
const slot = new Int32Array(MAX_BUCKETS);
/** Every this-many-th value sets the histogram's range. */
const STRIDE = 64;
/** Below this size the plain functions are as fast. */
const SMALL = 1024;

/**
 * Summarise one year's paths in two passes: the quantiles (R type 7, as `quantiles`) and the share of
 * paths meeting each threshold (as `shareMeeting`), exactly; below 1,024 values (or with a NaN or an
 * infinity) by quickselect (`selectQuantiles`) and counting. A histogram of up to 4,096 buckets, its range set
 * by every 64th value (values outside go to the end buckets, so the range only affects speed), finds
 * which buckets hold the wanted order statistics and thresholds; only those buckets' values are gathered
 * and looked at one by one. This runs once per series and year on the slider's path, where sorting or
 * a pass per threshold would cost as much as drawing the random numbers.
 *
 * @param values - The sample; it is not modified.
 * @param probs - Probabilities in [0, 1], ascending.
 * @param thresholds - Thresholds in the sample's units.
 * @param scratch - A buffer of at least `values.length`.
 * @returns The quantiles and, per threshold, the share meeting it.
 */
export function summariseYear(values: Float64Array, probs: readonly number[], thresholds: readonly Threshold[], scratch: Float64Array): { quantiles: number[]; shares: number[] } {
  const n = values.length;
  const plain = () => ({ quantiles: selectQuantiles(values, probs, scratch), shares: thresholds.map((t) => shareMeeting(values, t.value, t.atLeast)) });
  if (n < SMALL) return plain();
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i += STRIDE) {
    const v = values[i] as number;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  // A NaN, an infinity or a range of one value (paths held at a floor): the plain functions decide.
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return plain();
  let buckets = MIN_BUCKETS;
  while (buckets < MAX_BUCKETS && buckets * 16 < n) buckets *= 2;
  const top = buckets - 1;
  const scale = buckets / (hi - lo);
  const sum = countBuckets(values, lo, scale, buckets);
  // A NaN or infinity anywhere makes the sum so; the histogram would misplace it. (Clamping before
  // truncating keeps a huge but finite value in the end bucket: `| 0` alone wraps past 2³¹.)
  if (!Number.isFinite(sum)) return plain();
  below[0] = 0;
  for (let b = 0; b < buckets; b++) {
    counts[b] = (lanes[b] as number) + (lanes[buckets + b] as number) + (lanes[2 * buckets + b] as number) + (lanes[3 * buckets + b] as number);
    below[b + 1] = (below[b] as number) + (counts[b] as number);
  }
  const bucketOf = (v: number) => (v < lo ? 0 : v >= hi ? top : Math.min(top, ((v - lo) * scale) | 0));

  // Every order statistic needed: ⌊h⌋ and, when interpolating, ⌊h⌋ + 1; and each threshold's bucket.
  const ranks: number[] = [];
  for (const p of probs) {
    const h = (n - 1) * p;
    ranks.push(Math.floor(h));
    if (h > Math.floor(h)) ranks.push(Math.floor(h) + 1);
  }
  // The bucket holding rank r: the last b with below[b] ≤ r (binary search; below is non-decreasing).
  const rankBucket = (r: number) => {
    let left = 0;
    let right = top;
    while (left < right) {
      const mid = (left + right + 1) >>> 1;
      if ((below[mid] as number) <= r) left = mid;
      else right = mid - 1;
    }
    return left;
  };
  const wanted = [...new Set([...ranks.map(rankBucket), ...thresholds.map((t) => bucketOf(t.value))])].sort((x, y) => x - y);
  slot.fill(-1, 0, buckets);
  const start = new Map<number, number>();
  let size = 0;
  for (const b of wanted) {
    start.set(b, size);
    slot[b] = size;
    size += counts[b] as number;
  }
  const gathered = scratch.length >= size ? scratch : new Float64Array(size);
  gatherBuckets(values, lo, scale, buckets, gathered);
  const statistic = (r: number): number => {
    const b = rankBucket(r);
    const from = start.get(b) as number;
    const k = from + r - (below[b] as number);
    select(gathered, k, from, from + (counts[b] as number) - 1);
    return gathered[k] as number;
  };
  const qs = probs.map((p) => {
    const h = (n - 1) * p;
    const floor = Math.floor(h);
    const q = statistic(floor);
    return h > floor ? q + (h - floor) * (statistic(floor + 1) - q) : q;
  });
  const shares = thresholds.map((t) => {
    const b = bucketOf(t.value);
    const from = start.get(b) as number;
    let meeting = 0;
    for (let k = from; k < from + (counts[b] as number); k++) meeting += t.atLeast ? +((gathered[k] as number) >= t.value) : +((gathered[k] as number) <= t.value);
    return (t.atLeast ? n - (below[b + 1] as number) + meeting : (below[b] as number) + meeting) / n;
  });
  return { quantiles: qs, shares };
}

/**
 * Count every value into the histogram, four lanes at a time, and return the values' sum (NaN or
 * ±Infinity when one of them is). Kept small and apart so V8 optimises the loop on its own.
 */
function countBuckets(values: Float64Array, lo: number, scale: number, buckets: number): number {
  const n = values.length;
  const top = buckets - 1;
  lanes.fill(0, 0, buckets * LANES);
  let sum = 0;
  let i = 0;
  for (; i + 3 < n; i += LANES) {
    const a = values[i] as number;
    const b = values[i + 1] as number;
    const c = values[i + 2] as number;
    const d = values[i + 3] as number;
    sum += a + b + c + d;
    const ka = (Math.min(top, Math.max(0, (a - lo) * scale)) | 0);
    const kb = buckets + (Math.min(top, Math.max(0, (b - lo) * scale)) | 0);
    const kc = 2 * buckets + (Math.min(top, Math.max(0, (c - lo) * scale)) | 0);
    const kd = 3 * buckets + (Math.min(top, Math.max(0, (d - lo) * scale)) | 0);
    lanes[ka] = (lanes[ka] as number) + 1;
    lanes[kb] = (lanes[kb] as number) + 1;
    lanes[kc] = (lanes[kc] as number) + 1;
    lanes[kd] = (lanes[kd] as number) + 1;
  }
  for (; i < n; i++) {
    sum += values[i] as number;
    const k = (Math.min(top, Math.max(0, ((values[i] as number) - lo) * scale)) | 0);
    lanes[k] = (lanes[k] as number) + 1;
  }
  return sum;
}

/** Copy the values of the wanted buckets (those with a slot) into `gathered`, bucket by bucket. */
function gatherBuckets(values: Float64Array, lo: number, scale: number, buckets: number, gathered: Float64Array): void {
  const n = values.length;
  const top = buckets - 1;
  for (let k = 0; k < n; k++) {
    const v = values[k] as number;
    const b = (Math.min(top, Math.max(0, (v - lo) * scale)) | 0);
    const at = slot[b] as number;
    if (at >= 0) {
      gathered[at] = v;
      slot[b] = at + 1;
    }
  }
}
