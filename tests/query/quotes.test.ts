import { describe, expect, it } from 'vitest';
import { articles, extractQuotes, extractTerms, quotes, quotesBy, terms } from '../../src/index';
import { quotesData, termsData } from '../../src/generated/quotes';

describe('bundled quotes and terms', () => {
  it('equal what the extractor computes now (generated data is up to date)', () => {
    expect(JSON.parse(JSON.stringify(articles.flatMap((a) => extractQuotes(a))))).toEqual(quotesData());
    expect(JSON.parse(JSON.stringify(articles.flatMap((a) => extractTerms(a))))).toEqual(termsData());
  });

  it('are deeply frozen', () => {
    expect(Object.isFrozen(quotes())).toBe(false); // a fresh filtered array…
    expect(Object.isFrozen(quotes()[0])).toBe(true); // …of frozen quotes
  });
});

describe('quotes and quotesBy', () => {
  it('finds every statement by a speaker from part of the name, whatever the mention', () => {
    const huseynov = quotesBy('Huseynov');
    expect(huseynov.length).toBeGreaterThanOrEqual(12);
    expect(new Set(huseynov.map((q) => q.speaker!.name))).toEqual(new Set(['Bunyad Huseynov']));
    expect(new Set(huseynov.map((q) => q.speaker!.mention))).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect(huseynov.some((q) => q.speaker!.mention === 'the envoy')).toBe(true);
    expect(quotesBy('bunyad huseynov')).toEqual(huseynov);
  });

  it('filters by article and kind', () => {
    const id = articles[7]!.id;
    const direct = quotes({ articleId: id, kind: 'direct' });
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.every((q) => q.articleId === id && q.kind === 'direct')).toBe(true);
    expect(quotes({ articleId: 'nope' })).toEqual([]);
    expect(quotesBy('Nobody Atall')).toEqual([]);
  });

  it('rejects a bad kind naming the field', () => {
    expect(() => quotes({ kind: 'quote' as never })).toThrow(/parameter `filter\.kind`/);
  });

  it('lists quoted terms and filters them by text', () => {
    expect(terms({ text: 'de-risking' })).toHaveLength(2);
    expect(terms().length).toBeGreaterThanOrEqual(10);
  });
});
