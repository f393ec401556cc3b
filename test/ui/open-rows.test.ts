import { describe, expect, it } from 'vitest';
import { OpenRows } from '../../src/ui/open-rows.svelte.ts';

describe('OpenRows', () => {
  it('builds held rows only at release, and a row the reader toggles at once', () => {
    const rows = new OpenRows(['a', 'b', 'c'], ['b', 'c', 'x']);
    expect(['a', 'b', 'c', 'x'].map((k) => [rows.isOpen(k), rows.isBuilt(k)])).toEqual([[true, true], [true, false], [true, false], [false, false]]);
    // The reader closes and reopens c before the release: it is theirs now, built when open.
    rows.set('c', false);
    expect(rows.isBuilt('c')).toBe(false);
    rows.set('c', true);
    expect(rows.isBuilt('c')).toBe(true);
    expect(rows.isBuilt('b')).toBe(false);
    rows.release();
    expect(rows.isBuilt('b')).toBe(true);
    // A row never opened is not built by the release.
    expect(rows.isBuilt('x')).toBe(false);
  });
});
