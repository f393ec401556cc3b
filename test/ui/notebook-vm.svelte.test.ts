import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartCode } from '../../src/charts/load-chart.ts';
import { frameVerbs } from '../../src/notebook/load-frames.ts';
import type { AssessInput, TargetAssessment } from '../../src/model/index.ts';
import type { ModelRunner } from '../../src/runner/model-runner.ts';
import { createSyncRunner } from '../../src/runner/sync-runner.ts';
import { scenariosFromFragment } from '../../src/scenario/address.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/scenario/scenario.ts';
import { createAutosave } from '../../src/storage/autosave.ts';
import { WORKSPACE_KEY } from '../../src/storage/workspace-store.ts';
import type { AppProps } from '../../src/ui/app-props.ts';
import { EngineState } from '../../src/ui/engine.svelte.ts';
import { LINK_DELAY_MS } from '../../src/ui/link-writer.svelte.ts';
import { NotebookVM } from '../../src/ui/notebook-vm.svelte.ts';
import { FakeStorage } from '../storage/fake-storage.ts';
import { fixtureDataset } from './fixture.ts';
import { fakeDebounceTimers, realPause, settle } from './settle.ts';

const dataset = fixtureDataset();
// Few paths: the fixture's two series run in milliseconds.
const scenario: Scenario = { ...DEFAULT_SCENARIO, paths: 200 };
const layer = {
  id: 'l1',
  label: '我的层',
  created: '2026-11-23T10:00:00Z',
  indicators: [],
  actuals: [{ indicator_id: 'firms', region: 'gz', year: 2021, value: 13000, unit: 'count' as const, source: '我', line: 2 }],
  targets: [],
};

/** The real sync runner, recording the scenario of every input it is asked to run. */
function recordingRunner(change: (targets: TargetAssessment[]) => TargetAssessment[] = (t) => t) {
  const sync = createSyncRunner();
  const asked: AssessInput['scenario'][] = [];
  const runner: ModelRunner = {
    async assess(input) {
      asked.push(input.scenario);
      const outcome = await sync.assess(input);
      return outcome.kind === 'done' ? { ...outcome, result: { ...outcome.result, targets: change(outcome.result.targets) } } : outcome;
    },
    terminate: () => sync.terminate(),
  };
  return { runner, asked };
}

let stopPage = () => {};
/** A page's view-model inside an effect root, as App.svelte's initialisation makes it. */
function open(props: Partial<AppProps> = {}): NotebookVM {
  const page: AppProps = { dataset, initialLocale: 'zh', initialScenario: scenario, ...props };
  let vm: NotebookVM | undefined;
  stopPage = $effect.root(() => {
    vm = new NotebookVM(() => page);
  });
  if (!vm) throw new Error('the effect root did not run');
  return vm;
}

/** Wait (in real time) until the engine has a result: the sync runner still answers in a promise. */
const answered = (engine: EngineState | null | undefined) => vi.waitFor(() => expect(engine?.result ?? null).not.toBeNull(), { timeout: 5000 });

beforeEach(() => {
  history.replaceState(null, '', '#');
  fakeDebounceTimers();
});
afterEach(() => {
  stopPage();
  vi.useRealTimers();
});

describe('NotebookVM: the engine and the summary', () => {
  it('lists the rows down to the first opening row until the first chart is in, then every row, or the one a reader asks for', () => {
    const listed = (vm: NotebookVM) => vm.listedGroups.flatMap((g) => g.views.map((v) => v.key));
    const vm = open();
    expect(vm.areaGroups.flatMap((g) => g.views.map((v) => v.key))).toEqual(['firms@gz', 'share@gz']);
    expect(listed(vm)).toEqual(['firms@gz']);
    vm.rows.release();
    expect(listed(vm)).toEqual(['firms@gz', 'share@gz']);
    stopPage();
    const asked = open();
    asked.openRow('share@gz');
    expect(listed(asked)).toEqual(['firms@gz', 'share@gz']);
    expect(asked.rows.isBuilt('share@gz')).toBe(true);
  });

  it('runs the scenario on screen, and counts the targets still ahead of a known result by likelihood band', async () => {
    // Nine targets: 0.95, 0.9, 0.89 and 0.66 are likely (≥ 66%), 0.5 and 0.33 about even (33–66%),
    // 0.32 unlikely (< 33%); null (decided) and NaN (no number) are not counted: 4 + 2 + 1 = 7.
    const probabilities = [0.95, 0.9, 0.89, 0.66, 0.5, 0.33, 0.32, null, Number.NaN];
    const base = { plan_id: 'a', indicator_id: 'firms', region: 'gz', year: 2025, status: 'likely' } as TargetAssessment;
    const { runner, asked } = recordingRunner(() => probabilities.map((probability, i) => ({ ...base, id: `t${i}`, probability })));
    const engine = new EngineState(runner);
    const vm = open({ engine, initialScenario: { ...scenario, asOf: 2018 } });
    expect(vm.outlookCounts).toBeNull();
    await settle();
    await answered(engine);
    expect(asked).toEqual([expect.objectContaining({ asOf: 2018, paths: 200 })]);
    // The counts read the settled result, a frame after the one on screen (in Node, a timer), with the
    // counting verbs (Arquero), which load once the chart code is in and a frame has been drawn.
    expect(vm.engine?.result).not.toBeNull();
    expect(vm.outlookCounts).toBeNull();
    await chartCode.load();
    await frameVerbs.load();
    for (let frame = 0; frame < 3; frame++) {
      vi.advanceTimersByTime(100);
      await settle();
    }
    expect(vm.outlookCounts).toEqual({ scenario: '截至 2018 年（回测）', projected: 7, likely: 4, even: 2, unlikely: 1 });
    vm.switchLocale();
    expect(vm.outlookCounts?.scenario).toBe('as of 2018 (hindcast)');
    expect(document.documentElement.lang).toBe('zh-CN');
    await settle();
    expect(document.documentElement.lang).toBe('en');
  });

  it('offers as-of years up to eight before the last value, and re-runs an edit, with the layers’ values in the data', async () => {
    const { runner, asked } = recordingRunner();
    const engine = new EngineState(runner);
    const vm = open({ engine });
    // The fixture's last value is 2020: 2019 back to 2012.
    expect(vm.asOfChoices).toEqual([2019, 2018, 2017, 2016, 2015, 2014, 2013, 2012]);
    await settle();
    await answered(engine);
    vm.ws.set('seed', 7);
    await settle();
    await vi.waitFor(() => expect(asked.map((s) => s.seed)).toEqual([1, 7]), { timeout: 5000 });
    vm.importLayer(layer);
    // A value of the reader's for 2021: the choices move up a year.
    expect(vm.asOfChoices[0]).toBe(2020);
  });
});

describe('NotebookVM: A/B pinning', () => {
  it('pins the scenario on screen on an engine of its own, keeps it through B’s edits, re-runs it on new data, and unpins', async () => {
    const main = recordingRunner();
    const pinned = recordingRunner();
    const createEngine = vi.fn(() => new EngineState(pinned.runner));
    const vm = open({ engine: new EngineState(main.runner), createEngine });
    await settle();
    expect(createEngine).not.toHaveBeenCalled();
    vm.ws.set('seed', 5);
    vm.pin();
    await settle();
    await vi.waitFor(() => expect(vm.comparison.result).not.toBeNull(), { timeout: 5000 });
    expect(pinned.asked.map((s) => s.seed)).toEqual([5]);
    // The fixture's share series has one value, too few to project: only the firms get a fan.
    expect([...(vm.comparison.projections?.keys() ?? [])]).toEqual(['firms@gz']);
    // B moves on; A stays seed 5 and does not run again.
    vm.ws.set('seed', 6);
    await settle();
    await realPause(50);
    expect(pinned.asked.map((s) => s.seed)).toEqual([5]);
    expect(vm.comparison.scenario?.seed).toBe(5);
    // A reader's layer changes the data A runs on: A runs again, still seed 5.
    vm.importLayer(layer);
    await settle();
    await vi.waitFor(() => expect(pinned.asked.map((s) => s.seed)).toEqual([5, 5]), { timeout: 5000 });
    vm.comparison.unpin();
    expect(vm.comparison.result).toBeNull();
    expect(vm.comparison.projections).toBeNull();
    expect(createEngine).toHaveBeenCalledTimes(1);
  });

  it('pins a link’s `&a=` at once, writes it back into the address, and cannot pin without an engine to start', async () => {
    const pinned = recordingRunner();
    open({ engine: new EngineState(recordingRunner().runner), createEngine: () => new EngineState(pinned.runner), initialComparison: { ...scenario, seed: 3 } });
    await settle();
    await vi.waitFor(() => expect(pinned.asked.map((s) => s.seed)).toEqual([3]), { timeout: 5000 });
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await vi.waitFor(() => expect(location.hash).toContain('&a='), { timeout: 5000 });
    expect((await scenariosFromFragment(location.hash)).comparison).toEqual({ ...scenario, seed: 3 });
    stopPage();
    const alone = open({ engine: new EngineState(recordingRunner().runner) });
    expect(alone.comparison.canPin).toBe(false);
    alone.pin();
    expect(alone.comparison.scenario).toBeNull();
  });
});

describe('NotebookVM: the scenario file and the notice', () => {
  it('refuses a file that is not JSON, says why, and keeps the workspace exactly as it was', async () => {
    const vm = open({ initialLayers: [layer] });
    vm.ws.addNote('top');
    const before = { scenario: vm.ws.scenario, layers: vm.ws.layers, notes: vm.ws.notes };
    await vm.openFile(new File(['{"asOf": 2018,'], 'broken.json'));
    expect(vm.notice.text).toMatch(/^无法打开“broken\.json”：.+。本页和已保存的工作区都没有改动。$/);
    expect({ scenario: vm.ws.scenario, layers: vm.ws.layers, notes: vm.ws.notes }).toEqual(before);
    expect(vm.ws.scenario).toBe(before.scenario);
  });

  it('refuses JSON that is not a workspace, and opens one whole, listing the parts it left out', async () => {
    const vm = open();
    await vm.openFile(new File(['{"hello": 1}'], 'other.json'));
    expect(vm.notice.text).toContain('它不是目标线的情景文件');
    expect(vm.ws.scenario).toEqual(scenario);
    const file = { version: 1, asOf: 2017, seed: 4, notes: [{ id: 'n1', anchor: 'top', text: '要点' }, { id: 'n2', anchor: 'top', text: 7 }] };
    await vm.openFile(new File([JSON.stringify(file)], 'mine.json'));
    expect(vm.ws.scenario).toMatchObject({ asOf: 2017, seed: 4 });
    expect(vm.ws.notes).toEqual([{ id: 'n1', anchor: 'top', text: '要点' }]);
    expect(vm.notice.text).toBe('情景文件“mine.json”中有 1 处内容未能恢复（已跳过）：');
    expect(vm.notice.details).toEqual([expect.stringMatching(/^notes\[1\]：/)]);
  });

  it('says which layer was removed, and an import clears the notice', () => {
    const vm = open({ initialLayers: [layer] });
    vm.removeLayer('l1');
    expect(vm.notice).toEqual({ text: '已删除数据层“我的层”。', details: [] });
    vm.removeLayer('l1');
    expect(vm.notice.text).toBe('已删除数据层“我的层”。');
    vm.importLayer(layer);
    expect(vm.notice.text).toBe('');
  });

  it('saves to the browser only after the reader changes something', async () => {
    const storage = new FakeStorage();
    const autosave = createAutosave(storage, { delayMs: 1000 });
    const vm = open({ autosave });
    await settle();
    vi.advanceTimersByTime(5000);
    expect(storage.getItem(WORKSPACE_KEY)).toBeNull();
    vm.ws.addNote('top');
    await settle();
    vi.advanceTimersByTime(1000);
    expect(JSON.parse(storage.getItem(WORKSPACE_KEY) ?? '{}')).toMatchObject({ workspace: { notes: [{ id: 'n1', anchor: 'top', text: '' }] } });
  });
});
