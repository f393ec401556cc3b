import type { StorageLike } from '../../src/storage/storage-like.ts';

/** A Map-backed Storage with a size limit in characters (keys + values), like a browser's quota. */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(private readonly capacity = Infinity) {}
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.capacity) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A storage on which every access throws, as in a sandboxed iframe or with storage blocked. */
export const blockedStorage: StorageLike = {
  get length(): number {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  key() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  getItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};
