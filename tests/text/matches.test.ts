import { describe, expect, it } from 'vitest';
import { matches } from '../../src/text/matches';

describe('matches', () => {
  it('returns every match with its index, and leaves the pattern reset', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    expect(matches(pattern, 'a1b22c333').map((m) => [m[0], m.index])).toEqual([['1', 1], ['22', 3], ['333', 6]]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('lets a caller reuse the same pattern while it loops over the result', () => {
    const pattern = /\w+/g;
    const pairs = matches(pattern, 'ab cd').map((m) => matches(pattern, m[0]).length);
    expect(pairs).toEqual([1, 1]);
  });

  it('terminates on patterns that match the empty string', () => {
    expect(matches(/x*/g, 'ab')).toHaveLength(3);
  });

  it('refuses a pattern without the global flag', () => {
    expect(() => matches(/a/, 'a')).toThrow(/global/);
  });
});
