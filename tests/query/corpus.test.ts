import { describe, expect, it } from 'vitest';
import { articles, findArticles, getArticle, getParagraph, parseCorpus } from '../../src/index';
import { ArticleSchema } from '../../src/schemas';
import { articlesData } from '../../src/generated/articles';
import { buildArticles } from '../../scripts/generate-corpus';
import { expectedHeadlines, rawDump } from '../helpers/corpus';

describe('bundled articles', () => {
  it('are the eight articles, valid against the schema', () => {
    expect(articles.map((a) => a.title)).toEqual(expectedHeadlines);
    for (const a of articles) expect(ArticleSchema.parse(a)).toEqual(a);
  });

  it('equal what the build computes from corpus/ now (generated data is up to date)', () => {
    expect(JSON.parse(JSON.stringify(buildArticles()))).toEqual(articlesData);
  });

  it('equal what parseCorpus makes of the raw dump, apart from curated dates', () => {
    const parsed = parseCorpus(rawDump).articles;
    expect(articles.map((a) => ({ ...a, published: null }))).toEqual(parsed);
    expect(articles.every((a) => a.published !== null)).toBe(true);
  });

  it('are deeply frozen', () => {
    expect(Object.isFrozen(articles)).toBe(true);
    expect(Object.isFrozen(articles[3]!.paragraphs[2])).toBe(true);
    expect(() => {
      (articles[0] as { title: string }).title = 'x';
    }).toThrow(TypeError);
  });

  it('record how each date was obtained', () => {
    expect(articles[7]!.published).toMatchObject({ date: '2024-03-28T01:07+08:00', precision: 'minute', method: 'publisher' });
    expect(articles[2]!.published).toMatchObject({ date: '2024-04', precision: 'month', method: 'inferred' });
  });
});

describe('getArticle and getParagraph', () => {
  it('find by id', () => {
    expect(getArticle('trade-with-china-mainly-settled')?.title).toBe(expectedHeadlines[7]);
    const p = getParagraph('closer-partnership-between-china-serbia-hungary:p6');
    expect(p?.heading).toBe('Promotion of synergy');
  });

  it('return undefined for unknown ids, inherited property names included', () => {
    for (const id of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '']) {
      expect(getArticle(id)).toBeUndefined();
      expect(getParagraph(id)).toBeUndefined();
    }
  });

  it('throw a TypeError naming the parameter for non-strings', () => {
    expect(() => getArticle(1 as never)).toThrow(/parameter `id`/);
  });
});

describe('findArticles', () => {
  it('filters by kind', () => {
    expect(findArticles({ kind: 'column' }).map((a) => a.column)).toEqual(['GT Voice']);
    expect(findArticles({ kind: 'editorial' })).toHaveLength(1);
    expect(findArticles()).toHaveLength(8);
  });

  it('filters by date range, a month-precision date overlapping the range', () => {
    const april = findArticles({ from: '2024-04-01', to: '2024-04-30' }).map((a) => a.published!.date);
    expect(april).toEqual(['2024-04', '2024-04-25', '2024-04-18', '2024-04-09', '2024-04-08']);
    expect(findArticles({ from: '2024-05-10' }).map((a) => a.published!.date)).toEqual(['2024-05-16']);
    expect(findArticles({ to: '2024-03' }).map((a) => a.published!.date)).toEqual(['2024-03-28T01:07+08:00']);
  });

  it('filters by text in titles, captions and paragraphs, case-insensitively', () => {
    expect(findArticles({ text: 'overchuk' })).toHaveLength(2);
    expect(findArticles({ text: 'YIN YEPING' })).toHaveLength(1);
    expect(findArticles({ text: 'GT Voice', kind: 'news' })).toHaveLength(0);
  });

  it('rejects malformed dates naming the field', () => {
    expect(() => findArticles({ from: 'May 2024' })).toThrow(/parameter `filter\.from`/);
  });
});
