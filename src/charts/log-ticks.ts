/** Tick mantissas per decade, sparsest first: 1, 10, 100…; then 1, 3, 10…; then 1, 2, 5, 10…; then every digit. */
const MANTISSAS = [[1], [1, 3], [1, 2, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]];

/**
 * Choose the ticks of a log axis from `lo` to `hi`: round values (1, 2, 5 times a power of ten, or
 * sparser) as many as fit in `count`, so each label can be read without a calculator. Over many
 * decades only every second (third…) power of ten is kept; over less than about a decade, where a
 * log axis is nearly straight, the ticks are linear round steps (11,000, 12,000…).
 *
 * @param lo - The domain's low end, above zero.
 * @param hi - The domain's high end, above `lo`.
 * @param count - The most ticks wanted. Defaults to 6.
 * @example
 * logTicks(3000, 200000, 6) // [5000, 10000, 20000, 50000, 100000, 200000]
 */
export function logTicks(lo: number, hi: number, count = 6): number[] {
  if (!(lo > 0) || !(hi > lo) || !(count >= 2)) return [];
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const decades = (mantissas: readonly number[]) => {
    const ticks: number[] = [];
    for (let k = first; k <= last; k++) for (const m of mantissas) ticks.push(times10(m, k));
    return ticks.filter((v) => v >= lo && v <= hi);
  };
  let best: number[] = [];
  for (const mantissas of MANTISSAS) {
    const ticks = decades(mantissas);
    if (ticks.length > count) break;
    best = ticks;
  }
  if (best.length === 0) {
    // Even the powers of ten alone are too many: keep every n-th.
    const powers = decades([1]);
    if (powers.length > count) {
      const every = Math.ceil(powers.length / count);
      return powers.filter((_, i) => i % every === 0);
    }
  }
  return best.length >= 3 ? best : linearTicks(lo, hi, count);
}

/** Round steps of 1, 2 or 5 times a power of ten from `lo` to `hi`, at most `count` of them. */
function linearTicks(lo: number, hi: number, count: number): number[] {
  const raw = (hi - lo) / count;
  const power = Math.floor(Math.log10(raw));
  const unit = times10(1, power);
  const step = [1, 2, 5, 10].map((m) => m * unit).find((s) => Math.floor(hi / s) - Math.ceil(lo / s) + 1 <= count) ?? 10 * unit;
  const ticks: number[] = [];
  for (let i = Math.ceil(lo / step); i * step <= hi; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** `m × 10^k` without binary noise (3 × 0.1 is 0.30000000000000004; 3 / 10 is 0.3). */
function times10(m: number, k: number): number {
  return k < 0 ? m / Math.pow(10, -k) : m * Math.pow(10, k);
}
