import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../../properties/arbitraries';
import { longerWithPrefix, withinDistance } from '../../../src/query/search-index/expand';

/** Levenshtein distance, the textbook way. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

const sorted = (terms: Iterable<string>) => [...new Set(terms)].sort();

describe('term expansion', () => {
  it('finds every term within the distance, of each length, and nothing else', () => {
    const word = fc.stringMatching(/^[abc]{0,7}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), word, fc.integer({ min: 1, max: 3 }), (terms, query, max) => {
        const found = new Map<string, number>();
        for (let length = 0; length <= 10; length++) {
          const list = sorted(terms).filter((t) => t.length === length);
          withinDistance(list, length, query, max, (at, d) => found.set(list[at]!, d));
        }
        const want = new Map(sorted(terms).flatMap((t) => (t !== query && distance(t, query) <= max ? [[t, distance(t, query)] as const] : [])));
        expect(found).toEqual(want);
      }),
      { numRuns },
    );
  });

  it('finds the longer terms that start with a prefix', () => {
    const terms = sorted(['trade', 'traded', 'trader', 'traders', 'tradition', 'tra', 'trb', 'tr']);
    expect(longerWithPrefix(terms, 'trade').map((i) => terms[i])).toEqual(['traded', 'trader', 'traders']);
    expect(longerWithPrefix(terms, 'zzz')).toEqual([]);
  });
});
