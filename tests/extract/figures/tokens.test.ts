import { describe, expect, it } from 'vitest';
import { digitValue, sentenceIndex, tokenize, touching } from '../../../src/extract/figures/tokens';

describe('tokenize', () => {
  it('keeps numerals whole only where grouping is valid', () => {
    expect(tokenize('1,234,567.89 and 1,2,3 and 1.2.3').map((t) => t.text)).toEqual(['1,234,567.89', 'and', '1', ',', '2', ',', '3', 'and', '1.2', '.', '3']);
    expect(tokenize('1234,567').map((t) => t.text)).toEqual(['1234', ',', '567']);
  });

  it('splits letters from digits and keeps inner apostrophes', () => {
    expect(tokenize('COP29 after10 Russia’s 75th').map((t) => [t.text, t.type])).toEqual([
      ['COP', 'word'], ['29', 'num'], ['after', 'word'], ['10', 'num'], ['Russia’s', 'word'], ['75', 'num'], ['th', 'word'],
    ]);
  });

  it('reads Arabic-Indic and full-width digits, and keeps surrogate pairs whole', () => {
    expect(digitValue('٧'.charCodeAt(0))).toBe(7);
    expect(digitValue('９'.charCodeAt(0))).toBe(9);
    expect(tokenize('٣٥ ５０ 😀 \ud800x').map((t) => t.text)).toEqual(['٣٥', '５０', '😀', '\ud800', 'x']);
  });

  it('records offsets that slice back, and adjacency', () => {
    const text = 'a  $5-6 m';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(touching(tokens[1], tokens[2])).toBe(true);
    expect(touching(tokens[4], tokens[5])).toBe(false);
  });
});

describe('sentenceIndex', () => {
  it('breaks after . ! ? before a capital, not after abbreviations', () => {
    const tokens = tokenize('Mr. Li paid $5. It rose on Jan. 5 in St. Paul. Then it fell!');
    const s = sentenceIndex(tokens);
    const sentenceOf = (word: string) => s[tokens.findIndex((t) => t.text === word)];
    expect([sentenceOf('Li'), sentenceOf('It'), sentenceOf('Jan'), sentenceOf('Then')]).toEqual([0, 1, 1, 2]);
  });
});
