import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { scenariosFromFragment } from '../../src/scenario/address.ts';
import { createAutosave } from '../../src/storage/autosave.ts';
import { openWorkspace } from '../../src/storage/opening.ts';
import { listSetAside } from '../../src/storage/set-aside.ts';
import { WORKSPACE_KEY } from '../../src/storage/workspace-store.ts';
import { problemKey } from '../corpus/problem-key.ts';
import { readSeedTexts } from '../seeds/read-seeds.ts';
import { FakeStorage } from './fake-storage.ts';

interface StoreCase {
  name: string;
  what: string;
  stored?: string;
  generate?: 'deep';
  capacity?: number;
  expect: { result: 'set-aside' } | { result: 'left-in-place' } | { result: 'opens'; problems: string[]; notes: number; layers: number; asOf?: number };
}

const cases: StoreCase[] = JSON.parse(readFileSync(join(import.meta.dirname, '../corpus/stores/cases.json'), 'utf8'));
const dataset = loadDataset(readSeedTexts());
const noLink = await scenariosFromFragment('');

describe('the stored-workspace corpus', () => {
  it('has at least 15 cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));
  for (const c of cases) {
    it(`${c.name}: ${c.what}`, () => {
      const text = c.generate === 'deep' ? `{"version":1,"workspace":${'['.repeat(100_000)}${']'.repeat(100_000)}}` : (c.stored ?? '');
      const storage = new FakeStorage(c.capacity);
      storage.setItem(WORKSPACE_KEY, text);
      const opening = openWorkspace(noLink, storage, dataset.indicators, { now: () => new Date('2026-12-01T10:00:00Z') });
      const e = c.expect;
      if (e.result === 'set-aside') {
        expect(opening.store.problem).toBe('corrupt');
        expect(opening.store.setAside).not.toBeNull();
        // Moved aside whole, never deleted or changed.
        expect(listSetAside(storage).map((k) => storage.getItem(k))).toEqual([text]);
        expect(opening.workspace).toBeNull();
      } else if (e.result === 'left-in-place') {
        expect(opening.store).toEqual({ problem: 'corrupt', setAside: null, leftInPlace: text });
        // The page's autosave starts held: a change is not written over the damaged text.
        const autosave = createAutosave(storage, { held: true, delayMs: 1 });
        autosave.schedule({ opening: true });
        autosave.schedule({ changed: true });
        expect(autosave.flush()).toEqual({ ok: false, problem: 'held' });
        expect(storage.getItem(WORKSPACE_KEY)).toBe(text);
      } else {
        expect(opening.store.problem).toBeNull();
        expect(storage.getItem(WORKSPACE_KEY)).toBe(text);
        expect(opening.problems.map(problemKey)).toEqual(e.problems);
        expect(opening.workspace?.notes).toHaveLength(e.notes);
        expect(opening.workspace?.layers).toHaveLength(e.layers);
        if (e.asOf !== undefined) expect(opening.workspace?.scenario.asOf).toBe(e.asOf);
        const notes = opening.workspace?.notes ?? [];
        expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
      }
    });
  }
});
