import { describe, expect, it } from 'vitest';
import { changeAround, measureAround, qualifierBefore } from '../../../src/extract/figures/qualifiers';
import { tokenize } from '../../../src/extract/figures/tokens';

/** Token index of the first token whose text is `word`. */
const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.length }, (_, i) => tokens.text(i)).indexOf(word);
};

describe('qualifiers', () => {
  it('reads the qualifier right before the figure, longest first', () => {
    const text = 'no more than 5 and well over 6 and About 7';
    const tokens = tokenize(text);
    expect(qualifierBefore(tokens, at(text, '5'), text)).toMatchObject({ text: 'no more than', bound: 'upper' });
    expect(qualifierBefore(tokens, at(text, '6'), text)).toMatchObject({ text: 'well over', bound: 'lower' });
    expect(qualifierBefore(tokens, at(text, '7'), text)).toMatchObject({ text: 'About', bound: 'approximate' });
  });

  it('tells a change from a level', () => {
    const text = 'rose 5 and fell by 6 and slid to 7 and was 8 higher and up from 9';
    const tokens = tokenize(text);
    const change = (n: string) => changeAround(tokens, at(text, n), at(text, n));
    expect(['5', '6', '7', '8', '9'].map(change)).toEqual(['up', 'down', null, 'up', null]);
  });

  it('names the measure in the usual shapes', () => {
    const text = 'Steel output rose 4 percent, a share of 6 percent of world trade.';
    const tokens = tokenize(text);
    expect(measureAround(tokens, at(text, '4'), at(text, '4') + 1, 'percent', 0, tokens.length - 1, text)).toBe('Steel output');
    expect(measureAround(tokens, at(text, '6'), at(text, '6') + 1, 'percent', 0, tokens.length - 1, text)).toBe('share');
  });
});
