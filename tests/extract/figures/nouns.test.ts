import { describe, expect, it } from 'vitest';
import { countedNounPhrase, isPluralNoun, pluralize, rankedNounPhrase, singularize } from '../../../src/extract/figures/nouns';
import { tokenize } from '../../../src/extract/figures/tokens';

const head = (text: string, find: typeof countedNounPhrase) => {
  const tokens = tokenize(text);
  const p = find(tokens, 0);
  return p ? tokens.text(p.head)! : null;
};

describe('nouns', () => {
  it('singularizes by general rules', () => {
    expect(['companies', 'taxes', 'churches', 'people', 'jobs', 'wolves', 'lives', 'buses', 'news', 'status'].map(singularize)).toEqual([
      'company', 'tax', 'church', 'person', 'job', 'wolf', 'life', 'bus', 'news', 'status',
    ]);
    expect(['company', 'person', 'box', 'job'].map(pluralize)).toEqual(['companies', 'people', 'boxes', 'jobs']);
  });

  it('tells plural nouns from -s words that are not', () => {
    const plural = (w: string) => isPluralNoun(tokenize(w), 0);
    expect(['jobs', 'people', 'NEVs', 'staff'].map(plural)).toEqual([true, true, true, true]);
    expect(['was', 'US', 'status', 'economics', 'various'].map(plural)).toEqual([false, false, false, false, false]);
  });

  it('finds the counted head after modifiers, stopping at verbs and prepositions', () => {
    expect(head('local jobs', countedNounPhrase)).toBe('jobs');
    expect(head('Central and Eastern European (CEE) countries', countedNounPhrase)).toBe('countries');
    expect(head('Asia-Pacific countries', countedNounPhrase)).toBe('countries');
    expect(head('of the countries', countedNounPhrase)).toBeNull();
    expect(head('were diverted', countedNounPhrase)).toBeNull();
  });

  it('finds the ranked head of an ordinal', () => {
    expect(head('largest trading partner in 2023', rankedNounPhrase)).toBe('partner');
    expect(head('quarter beat forecasts', rankedNounPhrase)).toBe('quarter');
    expect(head(', we', rankedNounPhrase)).toBeNull();
  });
});
