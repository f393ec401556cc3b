import { describe, expect, it } from 'vitest';
import { watchForChange } from '../../src/storage/change-watch.ts';

describe('watchForChange', () => {
  it('is false for the opening value and its equals, true from the first different one on', () => {
    const changed = watchForChange();
    expect(changed({ seed: 1, notes: [] })).toBe(false);
    expect(changed({ seed: 1, notes: [] })).toBe(false);
    expect(changed({ seed: 2, notes: [] })).toBe(true);
    // Going back to the opening value is a change too: it was the reader's.
    expect(changed({ seed: 1, notes: [] })).toBe(true);
  });
});
