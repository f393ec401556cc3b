import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '../../src/storage/autosave.ts';
import { listSetAside, SET_ASIDE_PREFIX } from '../../src/storage/set-aside.ts';
import { browserStorage, isQuotaError } from '../../src/storage/storage-like.ts';
import { loadWorkspace, saveWorkspace, WORKSPACE_KEY } from '../../src/storage/workspace-store.ts';
import { blockedStorage, FakeStorage } from './fake-storage.ts';

const at = (iso: string) => ({ now: () => new Date(iso) });
const workspace = { layers: [{ id: 'u1', label: '粘贴', actuals: [] }], notes: ['**重点**：'] };

describe('saveWorkspace and loadWorkspace', () => {
  it('round-trip a workspace in a versioned envelope', () => {
    const storage = new FakeStorage();
    expect(saveWorkspace(storage, workspace, at('2026-11-23T10:41:00.000Z'))).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(WORKSPACE_KEY) ?? '')).toEqual({ version: 1, saved: '2026-11-23T10:41:00.000Z', workspace });
    expect(loadWorkspace(storage)).toEqual({ workspace, problem: null, setAside: null, leftInPlace: null });
  });
  it('report nothing saved yet as no workspace and no problem', () => {
    expect(loadWorkspace(new FakeStorage())).toEqual({ workspace: null, problem: null, setAside: null, leftInPlace: null });
  });
  it.each([
    ['text that is not JSON', '{"version":1,"workspace":'],
    ['a wrong version', JSON.stringify({ version: 2, workspace })],
    ['a missing version', JSON.stringify({ workspace })],
    ['a missing workspace', JSON.stringify({ version: 1 })],
    ['an array', JSON.stringify([1, workspace])],
    ['a number', '1'],
    ['null', 'null'],
    ['a version in the prototype only', '{"__proto__":{"version":1},"workspace":{}}'],
  ])('move %s aside, clear the key and report it as corrupt', (_what, text) => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, text);
    const loaded = loadWorkspace(storage, at('2026-11-23T10:41:00.000Z'));
    expect(loaded).toEqual({ workspace: null, problem: 'corrupt', setAside: `${SET_ASIDE_PREFIX}2026-11-23T10:41:00.000Z`, leftInPlace: null });
    expect(storage.getItem(WORKSPACE_KEY)).toBeNull();
    expect(storage.getItem(loaded.setAside ?? '')).toBe(text);
  });
  it('keep the 3 newest set-aside copies, dropping the oldest', () => {
    const storage = new FakeStorage();
    const times = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05'].map((d) => `${d}T00:00:00.000Z`);
    for (const [i, t] of times.entries()) {
      storage.setItem(WORKSPACE_KEY, `bad ${i}`);
      loadWorkspace(storage, at(t));
    }
    // Five corrupt loads, three kept: the 3rd, 4th and 5th, newest first.
    expect(listSetAside(storage)).toEqual(times.slice(2).reverse().map((t) => SET_ASIDE_PREFIX + t));
    expect(storage.getItem(SET_ASIDE_PREFIX + times[4])).toBe('bad 4');
  });
  it('keep a new copy even when the clock went back, and never overwrite one from the same millisecond', () => {
    const storage = new FakeStorage();
    for (const [i, t] of ['2026-01-03', '2026-01-02', '2026-01-02', '2026-01-01'].entries()) {
      storage.setItem(WORKSPACE_KEY, `bad ${i}`);
      loadWorkspace(storage, at(`${t}T00:00:00.000Z`));
    }
    // Keys sort by time: 01-03 (bad 0), 01-02.1 (bad 2, the same millisecond as bad 1, so a new key),
    // 01-02 (bad 1), then bad 3 at 01-01, the newest copy though it sorts last. It is kept, and of the
    // others the two that sort newest stay: bad 1 is the one dropped.
    expect(listSetAside(storage)).toEqual(['2026-01-03', '2026-01-02', '2026-01-01'].map((d, i) => `${SET_ASIDE_PREFIX}${d}T00:00:00.000Z${i === 1 ? '.1' : ''}`));
    expect(listSetAside(storage).map((k) => storage.getItem(k))).toEqual(['bad 0', 'bad 2', 'bad 3']);
  });
  it('make room for a set-aside copy in full storage by dropping the oldest copy first', () => {
    const storage = new FakeStorage(200);
    storage.setItem(`${SET_ASIDE_PREFIX}2026-01-01T00:00:00.000Z`, 'x'.repeat(60));
    storage.setItem(WORKSPACE_KEY, 'y'.repeat(60));
    // Keys of 29 + 24 = 53 and 23 characters: 53 + 60 + 23 + 60 = 196 of 200 used. The copy needs
    // 53 + 60 = 113 more, so the old copy (113) goes: 83 + 113 = 196 fits.
    const loaded = loadWorkspace(storage, at('2026-02-01T00:00:00.000Z'));
    expect(loaded.setAside).toBe(`${SET_ASIDE_PREFIX}2026-02-01T00:00:00.000Z`);
    expect(listSetAside(storage)).toEqual([loaded.setAside]);
    expect(storage.getItem(WORKSPACE_KEY)).toBeNull();
  });
  it('leave corrupt text in place when it cannot be copied at all', () => {
    const storage = new FakeStorage(100);
    storage.setItem(WORKSPACE_KEY, 'z'.repeat(60));
    expect(loadWorkspace(storage)).toEqual({ workspace: null, problem: 'corrupt', setAside: null, leftInPlace: 'z'.repeat(60) });
    expect(storage.getItem(WORKSPACE_KEY)).toBe('z'.repeat(60));
  });
  it('report a throwing storage as unavailable and never throw', () => {
    expect(loadWorkspace(blockedStorage)).toEqual({ workspace: null, problem: 'unavailable', setAside: null, leftInPlace: null });
    expect(saveWorkspace(blockedStorage, workspace)).toEqual({ ok: false, problem: 'unavailable' });
    expect(loadWorkspace(null)).toEqual({ workspace: null, problem: 'unavailable', setAside: null, leftInPlace: null });
    expect(saveWorkspace(null, workspace)).toEqual({ ok: false, problem: 'unavailable' });
    expect(listSetAside(blockedStorage)).toEqual([]);
  });
  it('report a full storage as quota and keep the previous save', () => {
    const storage = new FakeStorage(200);
    expect(saveWorkspace(storage, { n: 1 })).toEqual({ ok: true });
    expect(saveWorkspace(storage, { n: 'x'.repeat(200) })).toEqual({ ok: false, problem: 'quota' });
    expect(loadWorkspace(storage).workspace).toEqual({ n: 1 });
  });
  it('recognise quota errors by name or legacy code', () => {
    expect(isQuotaError(new DOMException('', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new DOMException('', 'SecurityError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
  it('give null for browser storage when touching localStorage throws', () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(browserStorage()).toBeNull();
    } finally {
      if (before) Object.defineProperty(globalThis, 'localStorage', before);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});

describe('createAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  it('writes once, 500 ms after the last of a burst of changes, the latest workspace', () => {
    const storage = new FakeStorage();
    const onsave = vi.fn();
    const autosave = createAutosave(storage, { delayMs: 500, onsave });
    autosave.schedule({ n: 0 });
    autosave.schedule({ n: 1 });
    vi.advanceTimersByTime(400);
    autosave.schedule({ n: 2 });
    vi.advanceTimersByTime(400);
    // 800 ms since the first change but only 400 since the last: nothing written yet.
    expect(storage.getItem(WORKSPACE_KEY)).toBeNull();
    vi.advanceTimersByTime(100);
    expect(loadWorkspace(storage).workspace).toEqual({ n: 2 });
    expect(onsave).toHaveBeenCalledTimes(1);
    expect(onsave).toHaveBeenCalledWith({ ok: true });
  });
  it('defaults to 1000 ms', () => {
    const storage = new FakeStorage();
    const autosave = createAutosave(storage);
    autosave.schedule({ n: 0 });
    autosave.schedule({ n: 1 });
    vi.advanceTimersByTime(999);
    expect(storage.getItem(WORKSPACE_KEY)).toBeNull();
    vi.advanceTimersByTime(1);
    expect(loadWorkspace(storage).workspace).toEqual({ n: 1 });
  });
  it('flush writes a pending change at once, and only once', () => {
    const storage = new FakeStorage();
    const onsave = vi.fn();
    const autosave = createAutosave(storage, { delayMs: 500, onsave });
    expect(autosave.flush()).toBeNull();
    autosave.schedule({ n: 0 });
    expect(autosave.flush()).toBeNull();
    autosave.schedule({ n: 1 });
    expect(autosave.flush()).toEqual({ ok: true });
    expect(loadWorkspace(storage).workspace).toEqual({ n: 1 });
    vi.advanceTimersByTime(1000);
    expect(onsave).toHaveBeenCalledTimes(1);
  });
  it('cancel drops a pending change', () => {
    const storage = new FakeStorage();
    const autosave = createAutosave(storage, { delayMs: 500 });
    autosave.schedule({ n: 0 });
    autosave.schedule({ n: 1 });
    autosave.cancel();
    vi.advanceTimersByTime(1000);
    expect(storage.getItem(WORKSPACE_KEY)).toBeNull();
  });
  it('reports a failed write to onsave', () => {
    const onsave = vi.fn();
    const autosave = createAutosave(new FakeStorage(10), { delayMs: 10, onsave });
    autosave.schedule({ n: 0 });
    autosave.schedule({ n: 1 });
    vi.advanceTimersByTime(10);
    expect(onsave).toHaveBeenCalledWith({ ok: false, problem: 'quota' });
    expect(autosave.wrote).toBe(false);
  });
  it('never writes the state the page opened with, however often it is scheduled', () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, 'the reader’s own text');
    const autosave = createAutosave(storage, { delayMs: 10 });
    // The page schedules on mount and may again while it settles: the same state each time.
    for (let i = 0; i < 3; i++) autosave.schedule({ scenario: { seed: 1 }, notes: [] });
    vi.advanceTimersByTime(100);
    expect(autosave.flush()).toBeNull();
    expect(storage.getItem(WORKSPACE_KEY)).toBe('the reader’s own text');
    expect(autosave.wrote).toBe(false);
    // A change is written, and so is going back to the opening state after it.
    autosave.schedule({ scenario: { seed: 2 }, notes: [] });
    vi.advanceTimersByTime(10);
    expect(loadWorkspace(storage).workspace).toEqual({ scenario: { seed: 2 }, notes: [] });
    autosave.schedule({ scenario: { seed: 1 }, notes: [] });
    vi.advanceTimersByTime(10);
    expect(loadWorkspace(storage).workspace).toEqual({ scenario: { seed: 1 }, notes: [] });
  });
  it('calls beforeFirstWrite once, before the first write, while the old text is still there', () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, 'old');
    const seen: (string | null)[] = [];
    const autosave = createAutosave(storage, { delayMs: 10, beforeFirstWrite: () => seen.push(storage.getItem(WORKSPACE_KEY)) > 0 });
    autosave.schedule({ n: 0 });
    expect(seen).toEqual([]);
    autosave.schedule({ n: 1 });
    vi.advanceTimersByTime(10);
    autosave.schedule({ n: 2 });
    vi.advanceTimersByTime(10);
    expect(seen).toEqual(['old']);
    expect(autosave.wrote).toBe(true);
  });
  it('writes nothing when what the first write would replace could not be kept', () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, 'mine');
    const autosave = createAutosave(storage, { delayMs: 10, beforeFirstWrite: () => false });
    autosave.schedule({ n: 0 });
    autosave.schedule({ n: 1 });
    expect(autosave.flush()).toEqual({ ok: false, problem: 'held' });
    expect(storage.getItem(WORKSPACE_KEY)).toBe('mine');
    expect(autosave.wrote).toBe(false);
  });
  it('holds every write while the store is held, reports it, and writes the latest change on release', () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, '{damaged');
    const onsave = vi.fn();
    const autosave = createAutosave(storage, { delayMs: 10, held: true, onsave });
    autosave.schedule({ n: 0 });
    autosave.schedule({ n: 1 });
    vi.advanceTimersByTime(10);
    expect(autosave.flush()).toEqual({ ok: false, problem: 'held' });
    expect(onsave).toHaveBeenLastCalledWith({ ok: false, problem: 'held' });
    expect(storage.getItem(WORKSPACE_KEY)).toBe('{damaged');
    autosave.schedule({ n: 2 });
    autosave.release();
    expect(autosave.held).toBe(false);
    expect(loadWorkspace(storage).workspace).toEqual({ n: 2 });
    expect(onsave).toHaveBeenLastCalledWith({ ok: true });
  });
});
