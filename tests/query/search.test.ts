import { describe, expect, it } from 'vitest';
import { articles, createSearchIndex, highlightSnippet, search } from '../../src/index';

describe('search', () => {
  it('ranks the paragraph that contains all query words first and marks them', () => {
    const [best] = search('copper production');
    expect(best!.field).toBe('paragraph');
    const text = highlightSnippet(best!.snippet, '[', ']');
    expect(text).toContain('[copper]');
    expect(text).toContain('[production]');
  });

  it('snippet highlights point at the matched words', () => {
    for (const result of search('Overchuk trade')) {
      for (const h of result.snippet.highlights) {
        expect(result.snippet.text.slice(h.start, h.end).toLowerCase()).toMatch(/^(overchuk|trade)/);
      }
    }
  });

  it('finds titles and captions too', () => {
    expect(search('GT Voice').some((r) => r.field === 'title')).toBe(true);
    expect(search('customs staff members').some((r) => r.field === 'caption')).toBe(true);
  });

  it('respects limit and handles empty or unmatched queries', () => {
    expect(search('China', { limit: 3 })).toHaveLength(3);
    expect(search('   ')).toEqual([]);
    expect(search('zzzzqqq')).toEqual([]);
  });

  it('matches a word prefix and a small misspelling', () => {
    expect(search('Huseyn').length).toBeGreaterThan(0);
    expect(search('Overchuck').length).toBeGreaterThan(0);
  });

  it('builds an index over any articles', () => {
    const index = createSearchIndex(articles.slice(0, 1));
    expect(index.search('Putin').every((r) => r.articleId === articles[0]!.id)).toBe(true);
  });

  it('rejects bad arguments with the parameter named', () => {
    expect(() => search(3 as never)).toThrow(/parameter `query`/);
    expect(() => search('x', { limit: -1 })).toThrow(/parameter `options\.limit`/);
    expect(() => createSearchIndex('x' as never)).toThrow(/parameter `articles`/);
  });
});
