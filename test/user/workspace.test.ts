import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/scenario/scenario.ts';
import { workspaceProblemText } from '../../src/ui/user/workspace-problem-text.ts';
import { readWorkspace, workspaceJson } from '../../src/user/workspace.ts';

const catalogue = [{ id: 'gdp', unit: 'yi_yuan' as const }];
const layer = {
  id: 'l1',
  label: 'mine.csv',
  created: '2026-11-23T10:00:00Z',
  indicators: [],
  actuals: [
    { indicator_id: 'gdp', region: 'guangzhou', year: 2024, value: 31032.5, unit: 'yi_yuan', source: '公报', line: 2 },
    { indicator_id: 'gdp', region: 'guangzhou', year: 'x', value: 1, unit: 'yi_yuan', source: '', line: 3 },
  ],
  targets: [],
};

describe('workspace files', () => {
  it('round-trip a scenario with layers and notes through JSON', () => {
    const workspace = { scenario: { ...DEFAULT_SCENARIO, asOf: 2018, seed: 9 }, layers: readWorkspace({ layers: [layer] }, catalogue).workspace.layers, notes: [{ id: 'n1', anchor: 'top', text: '**要点**' }] };
    const again = readWorkspace(JSON.parse(JSON.stringify(workspaceJson(workspace))), catalogue);
    expect(again.problems).toEqual([]);
    expect(again.workspace).toEqual(workspace);
  });

  it('keep the good rows and fields, name each bad one by its path, and leave a refused field at its default', () => {
    const { workspace, problems } = readWorkspace({ seed: 'seven', asOf: 2018, layers: [layer], notes: [{ id: 'n1', anchor: 'top', text: 1 }] }, catalogue);
    expect(workspace.scenario).toEqual({ ...DEFAULT_SCENARIO, asOf: 2018 });
    expect(workspace.layers[0]?.actuals.map((a) => a.year)).toEqual([2024]);
    expect(workspace.notes).toEqual([]);
    expect(problems.map((p) => workspaceProblemText(p, 'en'))).toEqual([
      'seed: should be a number (seven)',
      'layers[0].actuals[1].year: not a number (x)',
      'notes[0]: not a valid note (an id, an anchor and text)',
    ]);
  });

  it('treat anything that is not an object as an empty workspace', () => {
    for (const value of [null, 3, 'x', [1, 2]]) expect(readWorkspace(value, catalogue).workspace).toEqual({ scenario: DEFAULT_SCENARIO, layers: [], notes: [] });
  });
});
