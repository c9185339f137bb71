import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueCandidates, cueWordPattern } from '../../../src/extract/quotes/cues';
import { matches } from '../../../src/text/matches';
import { numRuns } from '../../properties/arbitraries';

// What cueCandidates stands for: the trie with a lookbehind for the word start.
const reference = new RegExp(`(?<![\\p{L}’'-])${cueWordPattern.source}`, 'giu');
const found = (s: string) => cueCandidates(s).map((m) => [m.index, m[0]]);

describe('cueCandidates', () => {
  it('finds cue words that start a word, whatever their case', () => {
    expect(found('He SAID, unsaid: she says-so and re-said; Told ’said')).toEqual([[3, 'SAID'], [42, 'Told']]);
  });

  it('reads a surrogate pair before a word as one character', () => {
    expect(found('𝐀said 😀said \ud800said')).toEqual([[9, 'said'], [15, 'said']]);
  });

  it('matches the lookbehind pattern on any text', () => {
    const words = fc.constantFrom('said', 'Said', 'told', 'according', 'unsaid', 'noted', 'x', '-', '’', "'", ' ', '😀', '𝐀', 'É', '\ud800', ',');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(found(s)).toEqual(matches(reference, s).map((m) => [m.index, m[0]]));
      }),
      { numRuns },
    );
  });
});
