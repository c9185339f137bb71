import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSlugWords, slugify } from '../../src/ingest/headline';
import { numRuns, text } from '../properties/arbitraries';

/** Every slug word of a text, read from the whole text at once. */
const allSlugWords = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’‘`]/g, '').split(/[^a-z0-9]+/).filter(Boolean);

/** What slugify means: its first six words, read from the whole text at once. */
function slugOfWholeText(s: string): string {
  const words = allSlugWords(s).slice(0, 6);
  while (words.length > 1 && ['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with'].includes(words[words.length - 1]!)) words.pop();
  return words.join('-') || 'article';
}

describe('slugify', () => {
  it('keeps the first six words, without accents, apostrophes or a trailing stop word', () => {
    expect(slugify('Café owners don’t expect the EU to act')).toBe('cafe-owners-dont-expect-the-eu');
    expect(slugify('Talks in')).toBe('talks');
    expect(slugify('—')).toBe('article');
  });

  it('reads only a prefix of a long line, with the same result as reading all of it', () => {
    const long = `${'x'.repeat(300)}’s ${'Word '.repeat(100_000)}`;
    expect(slugify(long)).toBe(slugOfWholeText(long));
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.constantFrom(' ', 'é', '’', 'the ', 'x'.repeat(250))), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(slugify(s)).toBe(slugOfWholeText(s));
      }),
      { numRuns },
    );
  });

  it('reads the same words chunk by chunk as from the whole text, whatever the chunk size', () => {
    const piece = fc.oneof(text, fc.constantFrom(' ', '-', 'é', 'e\u0301', '\u0301', 'Σ', 'ΑΣ.', 'ﬁ', 'Ａ', '’', "'", '`', 'İ', '😀', '\ud800', 'don’t', 'x'.repeat(40)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), (parts, chunk, count) => {
        const s = parts.join('');
        expect(firstSlugWords(s, count, chunk)).toEqual(allSlugWords(s).slice(0, count));
      }),
      { numRuns },
    );
  });
});
