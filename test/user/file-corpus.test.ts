import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { loadFormulaParser } from '../../src/model/index.ts';
import { openWorkspaceText } from '../../src/user/workspace.ts';
import { problemKey } from '../corpus/problem-key.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

type Expected = { refused: string; paths?: string[] } | { opens: true; problems: string[]; seed: number; notes: number; layers: number };

const dir = join(import.meta.dirname, '../corpus/files');
const expected: Record<string, Expected> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');
const dataset = loadDataset(readSeedTexts());
await loadFormulaParser();

describe('the scenario-file corpus', () => {
  it('has at least 12 cases, each with its expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    // A case without an expectation is a defect, never a pass.
    expect(files.filter((f) => !Object.hasOwn(expected, f))).toEqual([]);
  });
  for (const file of files) {
    it(file, () => {
      const e = expected[file];
      if (!e) throw new Error(`missing expectation for ${file}`);
      const opened = openWorkspaceText(readFileSync(join(dir, file), 'utf8'), dataset.indicators);
      if ('refused' in e) {
        if (!('refused' in opened)) throw new Error(`${file} should have been refused`);
        const r = opened.refused;
        expect(r.kind === 'json' ? r.issues[0]?.code : r.kind).toBe(e.refused);
        if (e.paths && r.kind === 'json') expect(r.issues.map((i) => i.path)).toEqual(e.paths);
      } else {
        if ('refused' in opened) throw new Error(`${file} should have opened: ${JSON.stringify(opened.refused)}`);
        expect(opened.problems.map(problemKey)).toEqual(e.problems);
        expect(opened.workspace.scenario.seed).toBe(e.seed);
        expect(opened.workspace.notes).toHaveLength(e.notes);
        expect(opened.workspace.layers).toHaveLength(e.layers);
      }
    });
  }
  it('refuses a file over the size limit before parsing it', () => {
    const opened = openWorkspaceText(`{"notes":"${'x'.repeat(20_000_001)}"}`, dataset.indicators);
    expect(opened).toEqual({ refused: { kind: 'json', issues: [{ path: '', code: 'too-large', detail: '20000000' }] } });
  });
});
