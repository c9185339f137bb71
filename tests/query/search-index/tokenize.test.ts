import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../../properties/arbitraries';
import { findTerms, processTerm, queryTerms, separators } from '../../../src/query/search-index/tokenize';

describe('search tokens', () => {
  it('findTerms finds the words the index makes of a text, where they are', () => {
    const piece = fc.constantFrom('trade', 'Trade', 'TRADE', 'a', '5.2', '$1', '—', '…', '’s', ' ', '\t', '\n', '\u00a0', '\u2028', 'İstanbul', '𝔘𝔫𝔦', '\u{10100}', '\ud800', '-', '_', '«', '»', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
        const words = text.split(separators).flatMap((token) => processTerm(token) ?? []);
        const found: string[] = [];
        findTerms(text, [...new Set(words)], (start, end) => {
          found.push(processTerm(text.slice(start, end))!);
          return true;
        });
        expect(found).toEqual(words);
      }),
      { numRuns },
    );
  });

  it('findTerms stops when asked', () => {
    const seen: number[] = [];
    findTerms('trade and trade and trade', ['trade'], (start) => seen.push(start) < 2);
    expect(seen).toEqual([0, 10]);
  });

  it('queryTerms drops stop words and repeats, keeping the last word last', () => {
    expect(queryTerms('The trade of China, trade')).toEqual(['china', 'trade']);
    expect(queryTerms('of the')).toEqual([]);
  });
});
