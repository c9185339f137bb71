import { describe, expect, it } from 'vitest';
import { forEachMatch, matches } from '../../src/text/matches';

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

describe('forEachMatch', () => {
  const visited = (pattern: RegExp, text: string) => {
    const seen: Array<[string, number]> = [];
    forEachMatch(pattern, text, (m) => seen.push([m[0], m.index]));
    return seen;
  };

  it('visits the matches `matches` returns, in order, and leaves the pattern reset', () => {
    for (const [pattern, text] of [[/\d+/g, 'a1b22c333'], [/x*/g, 'axbxx'], [/\p{Lu}\p{Ll}+/gu, 'Li met Wang 😀 Yi'], [/$/g, '']] as const) {
      pattern.lastIndex = 2;
      expect(visited(pattern, text)).toEqual(matches(pattern, text).map((m) => [m[0], m.index]));
      expect(pattern.lastIndex).toBe(0);
    }
  });

  it('is not thrown off when the visitor moves lastIndex through another pattern', () => {
    const words = /\w+/g;
    const other = /\w/g;
    const seen: string[] = [];
    forEachMatch(words, 'ab cd', (m) => {
      other.exec(m[0]);
      seen.push(m[0]);
    });
    expect(seen).toEqual(['ab', 'cd']);
  });

  it('refuses a pattern without the global flag', () => {
    expect(() => forEachMatch(/a/, 'a', () => {})).toThrow(/global/);
  });
});
