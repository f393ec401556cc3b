import type { WorkspaceProblem } from '../../src/user/workspace.ts';

/** A workspace problem as `path:code`, the corpora's way of writing one (a renumbered id's value left off). */
export function problemKey(p: WorkspaceProblem): string {
  if (p.kind === 'scenario') return `${p.problem.field}:${p.problem.code}`;
  if (p.kind === 'layer') return `${p.problem.path}:${p.problem.code}`;
  return `${p.index < 0 ? 'notes' : `notes[${p.index}]`}:${p.code ?? 'invalid'}`;
}
