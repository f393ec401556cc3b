// The plan-table reader's public API: the page, the CLI and the tests use this file.
export { readPlanTable, MAX_PLAN_ROWS, type PlanTableOptions, type PlanTablePreview } from './read-plan-table.ts';
export { planLayer } from './plan-layer.ts';
export { PLAN_COLUMNS, type PlanColumn } from './plan-columns.ts';
export type { PlanProblem, PlanNote, PlanProblemCode, PlanNoteCode } from './plan-findings.ts';
export { planIdFor } from './plan-id.ts';
