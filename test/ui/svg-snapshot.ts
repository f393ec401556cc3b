import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { missingExpectation, updatingExpectations } from '../expectations.ts';
import { prettySvg } from './pretty-svg.ts';

const OUTPUT = join(import.meta.dirname, '../charts/output');

/**
 * Compare a rendered chart with `test/charts/output/<name>.svg`, as Plot's snapshot tests do, after
 * `prettySvg` so a diff shows what moved. A difference writes `<name>-changed.svg` beside it to look
 * at and fails; a missing snapshot fails. `UPDATE_EXPECTATIONS=1` writes the snapshot instead, when
 * it is missing or differs.
 *
 * @param name - The snapshot's file name without extension.
 * @param svg - The serialised SVG, already normalised.
 */
export function expectSvgSnapshot(name: string, svg: string): void {
  mkdirSync(OUTPUT, { recursive: true });
  const file = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  const pretty = prettySvg(renumberClipIds(svg));
  if (updatingExpectations()) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== pretty) writeFileSync(file, pretty);
  } else if (!existsSync(file)) {
    throw missingExpectation(file, 'test/ui/actuals-chart.test.ts');
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === pretty) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, pretty);
  expect(pretty, `${name}.svg changed: see ${name}-changed.svg`).toBe(expected);
}

/**
 * Number Plot's clip-path ids (`plot-clip-N`, from a counter that runs for the whole process) by
 * first appearance in this SVG, so a snapshot does not depend on what was drawn before it.
 */
function renumberClipIds(svg: string): string {
  const numbers = new Map<string, number>();
  return svg.replace(/plot-clip-(\d+)/g, (_, n: string) => {
    if (!numbers.has(n)) numbers.set(n, numbers.size + 1);
    return `plot-clip-${numbers.get(n) ?? 0}`;
  });
}
