import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineScenario, TargetAssessment } from '../../src/model/index.ts';
import { scenariosFromFragment } from '../../src/scenario/address.ts';
import { DEFAULT_SCENARIO, toEngineScenario } from '../../src/scenario/scenario.ts';
import { LINK_DELAY_MS, LinkWriter, type OnScreen } from '../../src/ui/link-writer.svelte.ts';
import { fakeDebounceTimers, realPause, settle } from './settle.ts';

const engineScenario: EngineScenario = toEngineScenario(DEFAULT_SCENARIO);
// One projected target at 0.6666…, recorded in a link to 0.1 %: 0.667.
const target = { plan_id: 'p', indicator_id: 'firms', region: 'gz', year: 2025, comparator: '>=', target: 100, probability: 2 / 3 } as TargetAssessment;
const opening: OnScreen = { scenario: DEFAULT_SCENARIO, comparison: null, layers: [], notes: [], result: null, resultFor: null, expected: engineScenario };

/** A writer over a value the test replaces, inside an effect root as a component's initialisation would be. */
function start(keepRefusedLink = false) {
  let shown = $state.raw(opening);
  let writer: LinkWriter | undefined;
  const stop = $effect.root(() => {
    writer = new LinkWriter(() => shown, { dataVersion: 'v1', keepRefusedLink });
  });
  if (!writer) throw new Error('the effect root did not run');
  const show = (next: Partial<OnScreen>) => {
    shown = { ...shown, ...next };
  };
  return { writer, stop, show };
}

/** Wait (in real time) for the compression behind a write to finish. */
const written = (writer: LinkWriter) => vi.waitFor(() => expect(writer.fragment).not.toBe(''), { timeout: 5000 });
const addressScenario = async () => (await scenariosFromFragment(location.hash)).scenario;

describe('LinkWriter', () => {
  let stop = () => {};
  beforeEach(() => {
    history.replaceState(null, '', '#');
    fakeDebounceTimers();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('writes the address once the edits stop for the delay, with the last scenario', async () => {
    const page = start();
    stop = page.stop;
    await settle();
    page.show({ scenario: { ...DEFAULT_SCENARIO, seed: 2 } });
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS - 1);
    page.show({ scenario: { ...DEFAULT_SCENARIO, seed: 3 } });
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS - 1);
    await realPause(100);
    // 598 ms of edits, never 300 ms quiet: nothing written yet.
    expect(page.writer.fragment).toBe('');
    expect(location.hash).toBe('');
    vi.advanceTimersByTime(1);
    await written(page.writer);
    expect(location.hash).toBe(`#${page.writer.fragment}`);
    expect(await addressScenario()).toEqual({ ...DEFAULT_SCENARIO, seed: 3 });
    expect(history.length).toBe(1);
  });

  it('records the results only when they are the scenario’s own', async () => {
    const page = start();
    stop = page.stop;
    const other = { ...engineScenario, seed: 9 };
    page.show({ result: { series: [], targets: [target] }, resultFor: other });
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await written(page.writer);
    expect((await scenariosFromFragment(location.hash)).recorded).toBeNull();
    const first = page.writer.fragment;
    page.show({ resultFor: engineScenario });
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await vi.waitFor(() => expect(page.writer.fragment).not.toBe(first), { timeout: 5000 });
    expect((await scenariosFromFragment(location.hash)).recorded).toEqual({ 'p|firms@gz|2025|>=100': 0.667 });
  });

  it('leaves a refused link in the bar until the reader changes something', async () => {
    history.replaceState(null, '', '#s=1.damaged');
    const page = start(true);
    stop = page.stop;
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await written(page.writer);
    // The fragment for downloads is the default notebook's; the bar still shows the refused link.
    expect(location.hash).toBe('#s=1.damaged');
    // A new result for the same scenario is not a change the reader made.
    page.show({ result: { series: [], targets: [target] }, resultFor: engineScenario });
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await realPause(100);
    expect(location.hash).toBe('#s=1.damaged');
    page.show({ notes: [{ id: 'n1', anchor: 'top', text: '注' }] });
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await vi.waitFor(() => expect(location.hash).not.toBe('#s=1.damaged'), { timeout: 5000 });
    expect((await scenariosFromFragment(location.hash)).notes).toEqual([{ id: 'n1', anchor: 'top', text: '注' }]);
  });

  it('writes the language after the scenario, so the link reopens in it', async () => {
    const page = start();
    stop = page.stop;
    page.show({ locale: 'en' });
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await written(page.writer);
    expect(location.hash).toMatch(/^#s=1\.[\w-]+&lang=en$/);
    expect((await scenariosFromFragment(location.hash)).locale).toBe('en');
    page.show({ locale: 'zh' });
    await settle();
    // A language switch is in the address at once, before the delayed write, so a reload keeps it.
    expect(location.hash).toMatch(/^#s=1\.[\w-]+&lang=zh$/);
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await vi.waitFor(() => expect(page.writer.fragment).toMatch(/&lang=zh$/), { timeout: 5000 });
    expect(location.hash).toBe(`#${page.writer.fragment}`);
  });

  it('changes only the language of a kept refused link, and lets it go when asked', async () => {
    history.replaceState(null, '', '#s=1.damaged');
    const page = start(true);
    stop = page.stop;
    page.show({ locale: 'zh' });
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await written(page.writer);
    // Opened in Chinese: the bar is left exactly as it was sent.
    expect(location.hash).toBe('#s=1.damaged');
    expect(page.writer.keepingRefused).toBe(true);
    page.show({ locale: 'en' });
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await realPause(100);
    expect(location.hash).toBe('#s=1.damaged&lang=en');
    // “Start from the default notebook”: the address follows the page, though nothing was edited.
    page.writer.release();
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await vi.waitFor(() => expect(location.hash).not.toContain('damaged'), { timeout: 5000 });
    expect(await scenariosFromFragment(location.hash)).toMatchObject({ scenario: DEFAULT_SCENARIO, locale: 'en', problem: null });
    expect(page.writer.keepingRefused).toBe(false);
  });

  it('says when the reader’s data made the link too long and was left out', async () => {
    const page = start();
    stop = page.stop;
    // 9,000 characters of varied text deflate to far more than the 8,000 a link keeps.
    const text = Array.from({ length: 9000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    page.show({ notes: [{ id: 'n1', anchor: 'top', text }] });
    await settle();
    vi.advanceTimersByTime(LINK_DELAY_MS);
    await written(page.writer);
    expect(page.writer.userDataLeftOut).toBe(true);
    expect((await scenariosFromFragment(location.hash)).notes).toBeNull();
  });
});
