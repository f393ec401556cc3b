import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, OPENING_SCENARIO } from '../../src/scenario/scenario.ts';
import { readWorkspace } from '../../src/user/workspace.ts';
import { MANUAL_LAYER, WorkspaceState } from '../../src/ui/workspace-state.svelte.ts';

const catalogue = [
  { id: 'gdp', unit: 'yi_yuan' as const },
  { id: 'hightech_enterprises', unit: 'count' as const },
];
const layer = (id: string) => ({ id, label: `层${id}`, created: '2026-11-23T10:00:00Z', indicators: [], actuals: [{ indicator_id: 'gdp', region: 'guangzhou', year: 2030, value: 1, unit: 'yi_yuan' as const, source: 's', line: 1 }], targets: [] });
const target = { indicator_id: 'hightech_enterprises', region: 'guangzhou', year: 2027, value: 15000, unit: 'count' as const, comparator: '>=' as const, label: '我的' };

describe('WorkspaceState', () => {
  it('opens on the plans’ own question (the defaults, each plan from its base year), and each scenario change is a new value', () => {
    const ws = new WorkspaceState({}, () => '手工');
    expect(ws.scenario).toEqual({ ...DEFAULT_SCENARIO, asOf: 'plans' });
    expect(ws.scenario).not.toBe(OPENING_SCENARIO);
    const before = ws.scenario;
    ws.set('asOf', 2018);
    ws.set('seed', 7);
    ws.setPlans(['gz_strong_city_2019']);
    expect(ws.scenario).toEqual({ ...DEFAULT_SCENARIO, asOf: 2018, seed: 7, plans: ['gz_strong_city_2019'] });
    expect(before).toEqual(OPENING_SCENARIO);
  });

  it('reads an assumption under the series key or the bare id, and a change or reset replaces the bare one', () => {
    const ws = new WorkspaceState({ scenario: { ...DEFAULT_SCENARIO, indicators: { gdp: { growth: 0.05 } } } }, () => '手工');
    expect(ws.assumptionOf('gdp@guangzhou')).toEqual({ growth: 0.05 });
    expect(ws.assumptionOf('rd_gdp_ratio@guangzhou')).toBeUndefined();
    ws.setAssumption('gdp@guangzhou', { growth: 0.07 });
    expect(ws.scenario.indicators).toEqual({ 'gdp@guangzhou': { growth: 0.07 } });
    ws.setAssumption('gdp@guangzhou', null);
    expect(ws.scenario.indicators).toEqual({});
    expect(ws.assumptionOf('constructor@x')).toBeUndefined();
  });

  it('numbers layers and notes with the next free id, and removes items and empty layers', () => {
    const ws = new WorkspaceState({ layers: [layer('l1')], notes: [{ id: 'n2', anchor: 'top', text: 'x' }] }, () => '手工');
    ws.importLayer({ ...layer('ignored'), id: '' });
    expect(ws.layers.map((l) => l.id)).toEqual(['l1', 'l2']);
    ws.addNote('gdp@guangzhou');
    ws.addNote('top');
    expect(ws.notes.map((n) => n.id)).toEqual(['n2', 'n1', 'n3']);
    expect(ws.removeLayer('l1')).toBe('层l1');
    expect(ws.removeLayer('nope')).toBeNull();
    ws.addTarget(target);
    ws.addTarget({ ...target, year: 2028 });
    expect(ws.layers.find((l) => l.id === MANUAL_LAYER)).toMatchObject({ label: '手工', targets: [target, { ...target, year: 2028 }] });
    ws.removeItem(MANUAL_LAYER, { target: 0 });
    expect(ws.layers.find((l) => l.id === MANUAL_LAYER)?.targets).toEqual([{ ...target, year: 2028 }]);
    ws.removeItem(MANUAL_LAYER, { target: 0 });
    expect(ws.layers.map((l) => l.id)).toEqual(['l2']);
  });

  it('keeps note text as normalised prose, and deletes notes', () => {
    const ws = new WorkspaceState({}, () => '手工');
    ws.addNote('top');
    ws.editNote('n1', '\u200b要点\u202e\r\n第二行\u0007');
    expect(ws.notes).toEqual([{ id: 'n1', anchor: 'top', text: '要点\n第二行 ' }]);
    ws.deleteNote('n1');
    expect(ws.notes).toEqual([]);
  });

  it('writes JSON the workspace reader reads back unchanged, and opens a workspace whole', () => {
    const ws = new WorkspaceState({ scenario: { ...DEFAULT_SCENARIO, asOf: 2019, indicators: { 'gdp@guangzhou': { growth: 0.06 } } }, layers: [layer('l1')] }, () => '手工');
    ws.addNote('top');
    ws.editNote('n1', '注释');
    const read = readWorkspace(JSON.parse(JSON.stringify(ws.json())), catalogue);
    expect(read.problems).toEqual([]);
    expect(read.workspace).toEqual({ scenario: ws.scenario, layers: ws.layers, notes: ws.notes });
    const other = new WorkspaceState({}, () => '手工');
    other.open(read.workspace);
    expect(other.json()).toEqual(ws.json());
  });
});
