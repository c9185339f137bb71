import { describe, expect, it } from 'vitest';
import { detach, Memo, forgetMemos } from '../../../src/extract/quotes/memo';

describe('Memo', () => {
  it('remembers values by string key, __proto__ included', () => {
    const memo = new Memo<number>();
    expect(memo.get('a')).toBeUndefined();
    expect(memo.set('a', 1)).toBe(1);
    expect(memo.set('__proto__', 2)).toBe(2);
    expect([memo.get('a'), memo.get('__proto__'), memo.size]).toEqual([1, 2, 2]);
  });

  it('starts over once full, so its size stays bounded', () => {
    const memo = new Memo<number>(3);
    for (let i = 0; i < 10; i++) memo.set(String(i), i);
    expect(memo.size).toBeLessThanOrEqual(3);
    expect(memo.get('9')).toBe(9);
  });

  it('forgetMemos empties every memo', () => {
    const a = new Memo<string>();
    const b = new Memo<string>();
    a.set('x', 'y');
    b.set('x', 'z');
    forgetMemos();
    expect([a.size, b.size]).toEqual([0, 0]);
  });
});

describe('detach', () => {
  it('returns an equal string, for short and long slices', () => {
    const paragraph = `${'x'.repeat(10_000)} Commerce Minister Wang Wentao said.`;
    const name = paragraph.slice(10_001, 10_036);
    expect(detach(name)).toBe(name);
    expect(detach('Wang')).toBe('Wang');
  });
});
