import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordTrie } from '../../src/text/word-trie';
import { numRuns } from '../properties/arbitraries';

describe('wordTrie', () => {
  it('shares prefixes', () => {
    expect(wordTrie(['said', 'says', 'say'])).toBe('sa(?:id|ys?)');
    expect(wordTrie(['a', 'ab', 'abc'])).toBe('a(?:bc?)?');
  });

  it('escapes syntax characters and stays valid in unicode mode', () => {
    const source = wordTrie(['x.y', 'x-z', 'a+b', '(c)']);
    const pattern = new RegExp(`^(?:${source})$`, 'u');
    expect(['x.y', 'x-z', 'a+b', '(c)'].every((w) => pattern.test(w))).toBe(true);
    expect(pattern.test('xzy')).toBe(false);
  });

  it('matches exactly the words it was given', () => {
    const word = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('a', 'b', 'c', '.', '-', 'é') });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), word, (words, probe) => {
        const pattern = new RegExp(`^(?:${wordTrie(words)})$`, 'u');
        expect(pattern.test(probe)).toBe(words.includes(probe));
        for (const w of words) expect(pattern.test(w)).toBe(true);
      }),
      { numRuns: Math.min(numRuns, 2_000) },
    );
  });
});
