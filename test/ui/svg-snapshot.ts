import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const OUTPUT = join(import.meta.dirname, '../charts/output');

/**
 * Compare a rendered chart with `test/charts/output/<name>.svg`, as Plot's snapshot tests do. A
 * difference writes `<name>-changed.svg` beside it to look at and fails; a missing snapshot is
 * written, except under CI, where it fails. Set `UPDATE_SNAPSHOTS=1` to accept a change.
 *
 * @param name - The snapshot's file name without extension.
 * @param svg - The serialised SVG, already normalised.
 */
export function expectSvgSnapshot(name: string, svg: string): void {
  mkdirSync(OUTPUT, { recursive: true });
  const file = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS === '1') {
    if (process.env.CI === 'true' && !existsSync(file)) throw new Error(`missing snapshot ${name}.svg`);
    writeFileSync(file, svg);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === svg) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, svg);
  expect(svg, `${name}.svg changed: see ${name}-changed.svg`).toBe(expected);
}
