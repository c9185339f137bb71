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

  it('scores with BM25 as before (MiniSearch’s formula), best first', () => {
    expect(search('copper production', { limit: 2 }).map((r) => [r.paragraphId, r.score.toFixed(2)])).toEqual([
      ['closer-partnership-between-china-serbia-hungary:p16', '24.44'],
      ['closer-partnership-between-china-serbia-hungary:p15', '22.65'],
    ]);
    const all = search('copper', { limit: 1000 });
    const withCopper = articles.flatMap((a) => [a.title, ...a.images.map((i) => i.caption), ...a.paragraphs.map((p) => p.text)]).filter((t) => /\bcopper\b/i.test(t));
    expect(all).toHaveLength(withCopper.length);
    expect(all.map((r) => r.score)).toEqual(all.map((r) => r.score).sort((x, y) => y - x));
  });

  it('takes the last word as a prefix, and the others whole', () => {
    expect(search('Overch').map((r) => highlightSnippet(r.snippet, '[', ']'))).toContainEqual(expect.stringContaining('[Overchuk]'));
    expect(search('trade Overch')[0]!.paragraphId).toMatch(/^trade-with-china-mainly-settled|china-russia-trade/);
  });

  it('falls back to any word when no text has them all', () => {
    const results = search('copper brandy');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(highlightSnippet(r.snippet, '[', ']')).toMatch(/\[(copper|brandy)\]/i);
  });

  it('counts a repeated word once', () => {
    expect(search('copper copper production')).toEqual(search('copper production'));
  });

  it('ranks copies of a paragraph by their order in the input', () => {
    const copies = [1, 2, 3].map((n) => ({ ...articles[1]!, id: `copy-${n}`, paragraphs: articles[1]!.paragraphs.map((p) => ({ ...p, id: `copy-${n}:${p.id.split(':')[1]}` })) }));
    const results = createSearchIndex(copies).search('copper production', { limit: 3 });
    expect(results.map((r) => r.paragraphId)).toEqual(['copy-1:p16', 'copy-2:p16', 'copy-3:p16']);
    expect(new Set(results.map((r) => r.score)).size).toBe(1);
  });

  it('rejects bad arguments with the parameter named', () => {
    expect(() => search(3 as never)).toThrow(/parameter `query`/);
    expect(() => search('x', { limit: -1 })).toThrow(/parameter `options\.limit`/);
    expect(() => createSearchIndex('x' as never)).toThrow(/parameter `articles`/);
  });
});
