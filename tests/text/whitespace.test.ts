import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, isNormalized, normalizeWhitespace } from '../../src/text/whitespace';
import { numRuns, text } from '../properties/arbitraries';

const spacey = fc.array(fc.oneof(text, fc.constantFrom(' ', '  ', '\t', '\r\n', '\u00a0', '\u2028', '\ufeff', 'a', 'b c')), { maxLength: 12 }).map((parts) => parts.join(''));

describe('whitespace', () => {
  it('normalizeWhitespace collapses every run of \\s to one space and trims, as the regex form does', () => {
    expect(normalizeWhitespace('  a\u00a0 b\r\n c ')).toBe('a b c');
    fc.assert(fc.property(spacey, (s) => {
      expect(normalizeWhitespace(s)).toBe(s.replace(/\s+/g, ' ').trim());
    }), { numRuns });
  });

  it('isNormalized and countWords agree with their regex definitions', () => {
    fc.assert(
      fc.property(spacey, (s) => {
        expect(isNormalized(s)).toBe(s.replace(/\s+/g, ' ').trim() === s);
        expect(countWords(s)).toBe(s.split(/\s+/).filter(Boolean).length);
      }),
      { numRuns },
    );
  });
});
