// These tests compile formulas: mathjs's parser (loaded on demand, ~2 s in Node) must be ready first.
import '../setup/formula-parser.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenariosFromFragment } from '../../src/scenario/address.ts';
import { decodeLink } from '../../src/scenario/link-codec.ts';
import { parseScenario, readScenario } from '../../src/scenario/scenario.ts';
import { openWorkspace } from '../../src/storage/opening.ts';
import { listSetAside } from '../../src/storage/set-aside.ts';
import { saveWorkspace, WORKSPACE_KEY } from '../../src/storage/workspace-store.ts';
import { dataWithLayers } from '../../src/user/apply-layers.ts';
import { openWorkspaceText, readWorkspace, workspaceJson } from '../../src/user/workspace.ts';
import { buildNotebook } from '../../src/notebook/notebook.ts';
import { packBytes } from '../corpus/open-corpus.ts';
import { validLayers } from '../user/arbitraries.ts';
import { CATALOGUE, smallDataset } from '../user/fixtures.ts';
import { FakeStorage } from './fake-storage.ts';

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
// Keys that matter to the readers or to JavaScript objects, so random objects hit them often.
const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'v', 'd', 'r', 'u', 'n', 'asOf', 'seed', 'paths', 'horizon', 'plans', 'indicators'),
  fc.constantFrom('layers', 'notes', 'id', 'anchor', 'text', 'version', 'workspace', 'growth', 'rule', 'expression', 'shocks', 'params'),
  fc.string(),
);
const anyJsonLike = fc.anything({ key, maxDepth: 5 });
/** Text a user might put where JSON goes: JSON, JSON with forbidden keys, near-JSON, and noise. */
const jsonText = fc.oneof(
  fc.json({ maxDepth: 5 }),
  anyJsonLike.map((v) => JSON.stringify(v) ?? 'null'),
  fc.json().map((t) => t.replace(/"[^"]*":/, '"__proto__":')),
  fc.tuple(fc.json(), fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
  fc.string({ unit: 'binary' }),
);
const invisible = fc.constantFrom('\u200b', '\ufeff', '\u202e', '\u2060', '\u00ad', '\u0007', '\u3164', '\u0301', '\r', '\t');
const noteText = fc.tuple(fc.array(invisible, { maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 30 })).map(([a, b]) => `${a.join('')}${b}`);
const notes = fc.array(fc.record({ id: fc.constantFrom('n1', 'n2', '\u200bn1', 'n1 ', ''), anchor: fc.constantFrom('top', 'gdp@guangzhou', 'top\u202e'), text: noteText }), { maxLength: 6 });
/** Layer lists whose ids repeat, as a hand-edited or merged file may have them. */
const layersWithRepeats = validLayers.map((layers) => layers.map((l, i) => ({ ...l, id: i % 2 === 0 ? 'l1' : l.id })));
const workspaceRecord = fc.record({ seed: anyJsonLike, asOf: anyJsonLike, indicators: anyJsonLike, notes, layers: layersWithRepeats }, { requiredKeys: [] });
const workspaceValue = fc.oneof(anyJsonLike, workspaceRecord);

describe('readers of users’ JSON, properties', () => {
  it('the link decoder never throws, whatever the text or the JSON inside it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), jsonText.map((t) => `#s=${t}`)), async (text) => {
        const read = await scenariosFromFragment(text);
        expect(read.scenario === null || read.problem === null).toBe(true);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(jsonText, async (text) => {
        const decoded = await decodeLink(await packBytes(new TextEncoder().encode(text)));
        if ('problem' in decoded) expect(['damaged', 'invalid', 'too-large', 'unknown-version']).toContain(decoded.problem);
        else expect(parseScenario(roundTrip(decoded.payload.scenario))).toEqual({ scenario: decoded.payload.scenario });
      }),
      { numRuns: 300 },
    );
  });

  it('the scenario reader never throws, and what it keeps is a scenario the strict reader accepts unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(anyJsonLike, fc.record({ asOf: anyJsonLike, paths: anyJsonLike, indicators: fc.dictionary(key, anyJsonLike) })), (value) => {
        const { scenario } = readScenario(value);
        expect(parseScenario(roundTrip(scenario))).toEqual({ scenario });
        expect(Object.getPrototypeOf(scenario.indicators)).toBe(Object.prototype);
      }),
      { numRuns: 500 },
    );
  });

  it('the workspace reader never throws; ids come out unique, notes clean, and reading its output again changes nothing', () => {
    fc.assert(
      fc.property(workspaceValue, (value) => {
        const { workspace } = readWorkspace(value, CATALOGUE);
        expect(new Set(workspace.notes.map((n) => n.id)).size).toBe(workspace.notes.length);
        expect(new Set(workspace.layers.map((l) => l.id)).size).toBe(workspace.layers.length);
        // eslint-disable-next-line no-control-regex -- that no control character is left is the point
        for (const n of workspace.notes) expect(`${n.id}${n.anchor}${n.text}`).not.toMatch(/[\p{Cf}\u0000-\u0008\u000b-\u001f\u3164]/u);
        expect(readWorkspace(roundTrip(workspaceJson(workspace)), CATALOGUE)).toEqual({ workspace, problems: [] });
        // What the page renders from it has unique keys wherever a list is keyed.
        const notebook = buildNotebook(dataWithLayers(smallDataset(), workspace.layers));
        const views = notebook.charted.concat(notebook.uncharted);
        expect(new Set(views.map((v) => v.key)).size).toBe(views.length);
        const targetKeys = views.flatMap((v) => v.targets.map((t) => `${t.plan_id}:${t.line}`));
        expect(new Set(targetKeys).size).toBe(targetKeys.length);
      }),
      { numRuns: 300 },
    );
  });

  it('opening a file never throws: it is refused whole or opened with its problems listed', () => {
    fc.assert(
      fc.property(fc.oneof(jsonText, workspaceValue.map((v) => JSON.stringify(v) ?? '')), (text) => {
        const opened = openWorkspaceText(text, CATALOGUE);
        if (!('refused' in opened)) expect(new Set(opened.workspace.notes.map((n) => n.id)).size).toBe(opened.workspace.notes.length);
      }),
      { numRuns: 400 },
    );
  });

  it('opening the page never changes the reader’s stored workspace, whatever the address', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), jsonText.map((t) => `#s=${t}`)), workspaceRecord, async (address, mine) => {
        const storage = new FakeStorage();
        // What the page saves: a workspace as read and written by it.
        saveWorkspace(storage, workspaceJson(readWorkspace(mine, CATALOGUE).workspace));
        const before = storage.getItem(WORKSPACE_KEY);
        openWorkspace(await scenariosFromFragment(address), storage, CATALOGUE);
        expect(storage.getItem(WORKSPACE_KEY)).toBe(before);
        expect(storage.length).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it('a stored text is either read where it is or moved aside whole, never lost or changed', () => {
    fc.assert(
      fc.property(jsonText, fc.option(fc.integer({ min: 50, max: 400 }), { nil: undefined }), (text, capacity) => {
        const storage = new FakeStorage(capacity);
        try {
          storage.setItem(WORKSPACE_KEY, text);
        } catch {
          return; // Too large for this fake store to hold at all.
        }
        const opening = openWorkspace({ scenario: null, comparison: null, problem: null, problemDetails: [], madeWith: null, recorded: null, chart: null, layers: null, notes: null }, storage, CATALOGUE);
        const kept = [storage.getItem(WORKSPACE_KEY), ...listSetAside(storage).map((k) => storage.getItem(k))].filter((t) => t !== null);
        expect(kept).toEqual([text]);
        if (opening.store.leftInPlace !== null) expect(opening.store.leftInPlace).toBe(text);
      }),
      { numRuns: 400 },
    );
  });
});
