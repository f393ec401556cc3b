import type { PlanTablePreview } from '../../import/plan-table/index.ts';
import { fill } from '../../i18n/messages.ts';
import { PLAN_IMPORT_MESSAGES, planFindingText } from '../../i18n/plan-table-messages.ts';
import type { Locale } from '../../text/locale.ts';

/** What the plan-import preview shows, in one language. */
export interface PlanImportView {
  summary: string;
  plans: { id: string; text: string }[];
  indicators: { id: string; text: string }[];
  problems: { key: string; line: string; column: string; text: string; cell: string; code: string }[];
  notes: { key: string; text: string; code: string }[];
  /** Plans the workspace already has (the same name imported before): confirming would file them twice. */
  already: string[];
  canImport: boolean;
}

/**
 * Prepare the plan-import preview: a summary, the plans with their target counts, the new indicators, and
 * every problem and note by line.
 *
 * @param preview - From `readPlanTable`.
 * @param locale - zh or en.
 * @param existingPlanIds - Plan ids the notebook already has.
 */
export function planImportView(preview: PlanTablePreview, locale: Locale, existingPlanIds: ReadonlySet<string>): PlanImportView {
  const w = PLAN_IMPORT_MESSAGES[locale];
  const count = (id: string) => preview.targets.filter((t) => t.plan_id === id).length;
  const already = preview.plans.filter((p) => existingPlanIds.has(p.id)).map((p) => fill(w.already, { name: p.name }));
  return {
    summary: fill(w.found, { plans: preview.plans.length, targets: preview.targets.length, indicators: preview.indicators.length, problems: preview.problems.length }),
    plans: preview.plans.map((p) => ({ id: p.id, text: fill(w.planLine, { name: p.name, targets: count(p.id) }) })),
    indicators: preview.indicators.map((d) => ({ id: d.id, text: `${d.name} · ${d.id}` })),
    problems: preview.problems.map((p, i) => ({
      key: `${i}`,
      line: fill(w.line, { line: p.line }),
      column: p.column === null ? '' : w.columns[p.column],
      text: planFindingText(locale, 'problem', p),
      cell: p.text,
      code: p.code,
    })),
    notes: preview.notes.map((n, i) => ({ key: `${i}`, text: fill(w.noteLine, { where: `${fill(w.line, { line: n.line })}${n.column === null ? '' : ` · ${w.columns[n.column]}`}`, text: `${planFindingText(locale, 'note', n)}${n.text ? ` “${n.text}”` : ''}` }), code: n.code })),
    already,
    canImport: preview.targets.length > 0 && already.length === 0,
  };
}
