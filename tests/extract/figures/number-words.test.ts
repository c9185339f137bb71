import { describe, expect, it } from 'vitest';
import { fractionDenominator, isNumberWord, parseNumberWords, parseOrdinalWord } from '../../../src/extract/figures/number-words';
import { tokenize } from '../../../src/extract/figures/tokens';

const words = (text: string) => parseNumberWords(tokenize(text), 0)?.value ?? null;

describe('number words', () => {
  it('reads cardinals, compounds and "a dozen"', () => {
    expect(words('seven')).toBe(7);
    expect(words('twenty-five')).toBe(25);
    expect(words('Two-hundred-meter')).toBe(200);
    expect(words('one hundred and twenty people')).toBe(120);
    expect(words('three million')).toBe(3e6);
    expect(words('two million three hundred thousand')).toBe(2300000);
    expect(words('a dozen')).toBe(12);
    expect(words('a hundred')).toBe(100);
    expect(words('zero')).toBe(0);
  });

  it('refuses what is not a number', () => {
    expect(words('a car')).toBeNull();
    expect(words('dozens')).toBeNull();
    expect(words('twenty twelve')).toBe(20);
    expect(words('five six')).toBe(5);
    expect(isNumberWord('hundred')).toBe(true);
  });

  it('reads ordinals and fraction words', () => {
    expect(parseOrdinalWord(tokenize('fourth'), 0)?.value).toBe(4);
    expect(parseOrdinalWord(tokenize('twenty-first century'), 0)).toEqual({ value: 21, next: 3, last: 2 });
    expect(parseOrdinalWord(tokenize('forty'), 0)).toBeNull();
    expect([fractionDenominator('third'), fractionDenominator('quarters'), fractionDenominator('thirty')]).toEqual([3, 4, undefined]);
  });
});
