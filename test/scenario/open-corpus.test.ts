import { describe, expect, it } from 'vitest';
import { scenariosFromFragment } from '../../src/scenario/address.ts';
import { openWorkspace } from '../../src/storage/opening.ts';
import { WORKSPACE_KEY, saveWorkspace } from '../../src/storage/workspace-store.ts';
import { assess, loadFormulaParser } from '../../src/model/index.ts';
import { toEngineInput } from '../../src/data/engine-input.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { toEngineScenario } from '../../src/scenario/scenario.ts';
import { problemKey } from '../corpus/problem-key.ts';
import { FakeStorage } from '../storage/fake-storage.ts';
import { caseFragment, LINK_CASES } from '../corpus/open-corpus.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';

const dataset = loadDataset(readSeedTexts());
await loadFormulaParser();

describe('the link corpus', () => {
  it('has a case for every kind of damage the issue names, and more', () => expect(LINK_CASES.length).toBeGreaterThanOrEqual(25));
  for (const c of LINK_CASES) {
    it(`${c.name}: ${c.what}`, async () => {
      const storage = new FakeStorage();
      saveWorkspace(storage, { layers: [{ id: 'l1' }], notes: [{ id: 'n1', anchor: 'top', text: 'mine' }] });
      const before = storage.getItem(WORKSPACE_KEY);
      const link = await scenariosFromFragment(`#${await caseFragment(c)}`);
      const opening = openWorkspace(link, storage, dataset.indicators);
      // Whatever the link, opening it writes nothing over the reader's workspace.
      expect(storage.getItem(WORKSPACE_KEY)).toBe(before);
      expect(storage.length).toBe(1);
      const e = c.expect;
      if (e.opens === false) {
        expect(opening.source).toBe('link-refused');
        expect(opening.workspace).toBeNull();
        expect(link.problem).toBe(e.problem);
        if (e.details) expect(link.problemDetails.map((d) => `${d.path}:${d.code}`)).toEqual(e.details);
      } else if (e.opens === 'store') {
        expect(link.problem).toBeNull();
        expect(opening.source).toBe('store');
        expect(opening.workspace?.notes.map((n) => n.text)).toEqual(['mine']);
      } else {
        expect(link.problem).toBeNull();
        expect(opening.source).toBe('link');
        const workspace = opening.workspace;
        if (!workspace) throw new Error('the link should have opened');
        expect(opening.problems.map(problemKey)).toEqual(e.problems);
        expect(workspace.notes).toHaveLength(e.notes);
        expect(workspace.layers).toHaveLength(e.layers);
        // Ids are unique after reading, so a keyed list can never meet two of one id.
        expect(new Set(workspace.notes.map((n) => n.id)).size).toBe(workspace.notes.length);
        expect(new Set(workspace.layers.map((l) => l.id)).size).toBe(workspace.layers.length);
        // eslint-disable-next-line no-control-regex -- that no control character is left is the point
        for (const note of workspace.notes) expect(`${note.id}${note.anchor}${note.text}`).not.toMatch(/[\p{Cf}\u0000-\u0008]/u);
        if (e.ruleProblem) {
          const result = assess({ ...toEngineInput(dataset), scenario: { ...toEngineScenario(workspace.scenario), paths: 200 } });
          expect(result.series.find((s) => s.key === e.ruleProblem)?.problem).toMatch(/^formula-/);
        }
      }
    });
  }
});
