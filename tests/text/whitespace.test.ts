import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, isNormalized, lastWordOf, normalizeWhitespace } from '../../src/text/whitespace';
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

describe('lastWordOf', () => {
  it('is the last word of the trimmed text, as trimEnd and split read it', () => {
    expect(lastWordOf('the “green wall” ')).toBe('wall”');
    expect(lastWordOf(' \u00a0\n')).toBe('');
    fc.assert(
      fc.property(fc.oneof(text, fc.array(fc.constantFrom('a', 'Bc', ' ', '\u00a0', '\n', '\u2028', '\ufeff', '\u3000', '\t', '“'), { maxLength: 20 }).map((p) => p.join(''))), (s) => {
        expect(lastWordOf(s)).toBe(s.trimEnd().split(/\s+/).pop() ?? '');
      }),
      { numRuns },
    );
  });
});
