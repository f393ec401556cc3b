import { describe, expect, it } from 'vitest';
import { keepBeforeLink, PREVIOUS_KEY, restoreBeforeLink } from '../../src/storage/keep-before-link.ts';
import { WORKSPACE_KEY } from '../../src/storage/workspace-store.ts';
import { FakeStorage } from './fake-storage.ts';

describe('opening a link never costs the reader’s own workspace', () => {
  it('keeps a stored workspace with work in it, and puts it back on request', () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, 'mine');
    expect(keepBeforeLink(storage, true)).toBe(true);
    storage.setItem(WORKSPACE_KEY, 'from the link');
    expect(restoreBeforeLink(storage)).toBe(true);
    expect(storage.getItem(WORKSPACE_KEY)).toBe('mine');
    expect(storage.getItem(PREVIOUS_KEY)).toBeNull();
  });

  it('keeps nothing when there is no work to lose, and restores nothing then', () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, 'settings only');
    expect(keepBeforeLink(storage, false)).toBe(false);
    expect(keepBeforeLink(new FakeStorage(), true)).toBe(false);
    expect(restoreBeforeLink(storage)).toBe(false);
    expect(keepBeforeLink(null, true)).toBe(false);
  });
});
