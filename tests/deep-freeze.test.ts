import { describe, expect, it } from 'vitest';
import { deepFreeze, frozenOnce } from '../src/deep-freeze';

describe('deepFreeze', () => {
  it('freezes objects and arrays at every depth and returns the same value', () => {
    const value = { a: [{ b: 1 }, [2, { c: 3 }]], d: { e: { f: 'x' } } };
    expect(deepFreeze(value)).toBe(value);
    for (const v of [value, value.a, value.a[0], value.a[1], (value.a[1] as unknown[])[1], value.d, value.d.e]) expect(Object.isFrozen(v)).toBe(true);
  });

  it('handles holes, cycles and primitives', () => {
    const sparse: unknown[] = [];
    sparse[3] = { deep: {} };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(Object.isFrozen((deepFreeze(sparse)[3] as { deep: object }).deep)).toBe(true);
    expect(Object.isFrozen(deepFreeze(cyclic))).toBe(true);
    expect(deepFreeze(5)).toBe(5);
    expect(deepFreeze(null)).toBe(null);
  });
});

describe('frozenOnce', () => {
  it('builds the value on first use only, frozen', () => {
    let calls = 0;
    const get = frozenOnce(() => {
      calls++;
      return { list: [1, 2] };
    });
    expect(calls).toBe(0);
    expect(get()).toBe(get());
    expect(calls).toBe(1);
    expect(Object.isFrozen(get().list)).toBe(true);
  });
});
