/**
 * A deterministic growth step; the simulator adds the noise. A rule in `log` space is a constant
 * drift of ln x per year (fast path); a rule in `level` space maps this year's value to the next.
 */
export type GrowthRule = { space: 'log'; drift: number } | { space: 'level'; next: (x: number, year: number) => number };
