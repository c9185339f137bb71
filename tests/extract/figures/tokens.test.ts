import { describe, expect, it } from 'vitest';
import { digitValue, sentenceIndex, tokenize, WordSet, type Tokens } from '../../../src/extract/figures/tokens';

/** Every token's index, for reading the whole list. */
const indexes = (tokens: Tokens) => Array.from({ length: tokens.length }, (_, i) => i);
/** A token's type by name, or undefined outside the text. */
const typeOf = (tokens: Tokens, i: number) => (tokens.isWord(i) ? 'word' : tokens.isNum(i) ? 'num' : tokens.isPunct(i) ? 'punct' : undefined);
const texts = (text: string) => {
  const tokens = tokenize(text);
  return indexes(tokens).map((i) => tokens.text(i));
};

describe('tokenize', () => {
  it('keeps numerals whole only where grouping is valid', () => {
    expect(texts('1,234,567.89 and 1,2,3 and 1.2.3')).toEqual(['1,234,567.89', 'and', '1', ',', '2', ',', '3', 'and', '1.2', '.', '3']);
    expect(texts('1234,567')).toEqual(['1234', ',', '567']);
  });

  it('splits letters from digits and keeps inner apostrophes', () => {
    const tokens = tokenize('COP29 after10 Russia’s 75th');
    expect(indexes(tokens).map((i) => [tokens.text(i), typeOf(tokens, i)])).toEqual([
      ['COP', 'word'], ['29', 'num'], ['after', 'word'], ['10', 'num'], ['Russia’s', 'word'], ['75', 'num'], ['th', 'word'],
    ]);
  });

  it('reads Arabic-Indic and full-width digits, and keeps surrogate pairs whole', () => {
    expect(digitValue('٧'.charCodeAt(0))).toBe(7);
    expect(digitValue('９'.charCodeAt(0))).toBe(9);
    expect(texts('٣٥ ５０ 😀 \ud800x')).toEqual(['٣٥', '５０', '😀', '\ud800', 'x']);
  });

  it('records offsets that slice back, and adjacency', () => {
    const text = 'a  $5-6 m';
    const tokens = tokenize(text);
    for (const i of indexes(tokens)) expect(text.slice(tokens.start(i), tokens.end(i))).toBe(tokens.text(i));
    expect(tokens.touching(1, 2)).toBe(true);
    expect(tokens.touching(4, 5)).toBe(false);
  });

  it('reads undefined outside the text, like an array', () => {
    const tokens = tokenize('Up 5');
    expect([tokens.text(-1), tokens.lower(-1), typeOf(tokens, -1), tokens.text(2), tokens.lower(2), typeOf(tokens, 2)]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect([tokens.lower(0), tokens.lower(1)]).toEqual(['up', '5']);
    expect([tokens.touching(-1, 0), tokens.touching(1, 2), tokens.touching(2, 3)]).toEqual([false, false, false]);
  });

  it('keeps the lowercase forms right when the cache wraps around', () => {
    const text = Array.from({ length: 300 }, (_, i) => (i % 2 ? `W${i}x` : `${i}`)).join(' ');
    const tokens = tokenize(text);
    for (let round = 0; round < 2; round++) {
      for (const i of indexes(tokens)) expect(tokens.lower(i)).toBe(tokens.text(i)!.toLowerCase());
    }
  });

  it('grows past its first estimate of the token count', () => {
    const text = `${'(-'.repeat(600)}5`;
    const tokens = tokenize(text);
    expect(tokens.length).toBe(1201);
    expect([tokens.text(0), tokens.text(1199), typeOf(tokens, 1200), tokens.end(1200)]).toEqual(['(', '-', 'num', text.length]);
  });

  it('seeks the next numeral, listed word or listed mark', () => {
    const tokens = tokenize('The Million men, Zürich – $5 and ten');
    const words = new WordSet(['million', 'zürich', 'ten']);
    const marks = new Set(['$']);
    const stops: number[] = [];
    for (let i = tokens.seek(0, words, marks); i < tokens.length; i = tokens.seek(i + 1, words, marks)) stops.push(i);
    expect(stops.map((i) => tokens.text(i))).toEqual(['Million', 'Zürich', '$', '5', 'ten']);
  });
});

describe('WordSet', () => {
  it('rules words out by a hash of their letters, and never a word it holds', () => {
    const words = new WordSet(['million', 'a', 'fy']);
    const text = 'MILLION Million a FY Fy millions xyz';
    const tokens = tokenize(text);
    const may = (i: number) => words.mayHave(text, tokens.start(i), tokens.end(i));
    expect([0, 1, 2, 3, 4].map(may)).toEqual([true, true, true, true, true]);
    expect([may(5), may(6)]).toEqual([false, false]);
    // Non-ASCII letters are always checked in full: their lowercase forms need toLowerCase.
    expect(words.mayHave('Zürich', 0, 6)).toBe(true);
    expect([words.has('million'), words.has('Million')]).toEqual([true, false]);
  });
});

describe('sentenceIndex', () => {
  it('breaks after . ! ? before a capital, not after abbreviations', () => {
    const tokens = tokenize('Mr. Li paid $5. It rose on Jan. 5 in St. Paul. Then it fell!');
    const s = sentenceIndex(tokens);
    const sentenceOf = (word: string) => s[indexes(tokens).findIndex((i) => tokens.text(i) === word)];
    expect([sentenceOf('Li'), sentenceOf('It'), sentenceOf('Jan'), sentenceOf('Then')]).toEqual([0, 1, 1, 2]);
  });
});
