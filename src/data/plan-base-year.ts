import type { PlanRow } from './types.ts';

/** Where a plan's base year was read from. */
export type BaseYearSource = 'issued' | 'period';

/**
 * The last year whose annual figures a plan's authors could have had: the year before the plan was
 * issued (a year's statistics are published in the spring after it), or, for a plan whose text gives
 * no date, the year before its period starts. Null when it gives neither; such a plan is assessed on
 * today's data, and the page says so.
 *
 * @param plan - A plan row.
 * @example planBaseYear({ issued: '2018-09-14', period: '2018-2020' }) // { year: 2017, from: 'issued' }
 * @example planBaseYear({ issued: '2024-05', period: null }) // { year: 2023, from: 'issued' }
 */
export function planBaseYear(plan: Pick<PlanRow, 'issued' | 'period'>): { year: number; from: BaseYearSource } | null {
  // A year or a year and month is enough (a plan table may give only those): the rule reads the year.
  const issued = /^(\d{4})(-\d{2}(-\d{2})?)?$/.exec(plan.issued ?? '');
  if (issued) return { year: Number(issued[1]) - 1, from: 'issued' };
  const period = /^(\d{4})\s*[-–—]\s*\d{4}$/.exec(plan.period ?? '');
  if (period) return { year: Number(period[1]) - 1, from: 'period' };
  return null;
}

/**
 * Every plan's base year that is known, by plan id: the `planAsOf` of an assessment "from the data
 * the plans' authors had".
 *
 * @param plans - The plans.
 */
export function planBaseYears(plans: readonly Pick<PlanRow, 'id' | 'issued' | 'period'>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of plans) {
    const base = planBaseYear(p);
    if (base) out[p.id] = base.year;
  }
  return out;
}
