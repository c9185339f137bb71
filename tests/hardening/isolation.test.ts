/**
 * Isolation and typed errors: frozen inputs pass through every function
 * unchanged, names such as `__proto__` are harmless, and wrong argument types
 * throw a GtCorpusError naming the parameter.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index';
import { articleToMarkdown, parseArticleMarkdown } from '../../src/markdown';
import { deepFreeze } from '../../src/deep-freeze';

const frozenArticles = deepFreeze(structuredClone([...lib.articles]));

describe('frozen inputs', () => {
  it('pass through every function that takes data, and come out unchanged', () => {
    const before = JSON.stringify(frozenArticles);
    const article = frozenArticles[7]!;
    const quotes = lib.extractQuotes(article);
    lib.extractTerms(article);
    const figures = lib.extractFigures(article, deepFreeze({ referenceDate: '2024-03-28' }));
    for (const f of figures) lib.formatFigure(f, 'de-DE');
    const { entities } = lib.extractEntities(article);
    lib.toCitron(quotes, article);
    lib.sentences(article.paragraphs[0]!);
    lib.createSearchIndex(frozenArticles).search('trade');
    const linker = lib.createLinker(deepFreeze({ articles: frozenArticles, entities: [...entities], figures: [...figures], terms: [] }), deepFreeze({ maxFanOut: 10 }));
    linker.related(article.id);
    linker.graph();
    linker.compareFigures();
    parseArticleMarkdown(articleToMarkdown(article));
    lib.findArticles(deepFreeze({ kind: 'news' as const }));
    expect(JSON.stringify(frozenArticles)).toBe(before);
  });

  it('exported bundled data is deeply frozen', () => {
    for (const value of [lib.articles, lib.quotes(), lib.terms(), lib.figures(), lib.entities(), lib.relatedArticles(lib.articles[0]!.id), lib.compareFigures(), lib.linkGraph()]) {
      const first = Array.isArray(value) ? value[0] : value;
      expect(Object.isFrozen(first)).toBe(true);
    }
    expect(Object.isFrozen(lib.articles[0]!.paragraphs[0]!.source)).toBe(true);
    expect(Object.isFrozen(lib.quotes()[0]!.speaker)).toBe(true);
  });
});

describe('prototype-like names', () => {
  const names = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'prototype'];

  it('are unknown ids everywhere, never inherited properties', () => {
    for (const name of names) {
      expect(lib.getArticle(name)).toBeUndefined();
      expect(lib.getParagraph(name)).toBeUndefined();
      expect(lib.getEntity(name)).toBeUndefined();
      expect(lib.mentions(name)).toEqual([]);
      expect(lib.relatedArticles(name)).toEqual([]);
      expect(lib.quotes({ articleId: name })).toEqual([]);
      expect(lib.quotesBy(name)).toEqual([]);
      expect(lib.figures({ articleId: name })).toEqual([]);
      expect(lib.entities({ articleId: name })).toEqual([]);
      expect(() => lib.search(name)).not.toThrow();
    }
  });

  it('in text and dumps do not pollute prototypes', () => {
    const dump = `__proto__ constructor hasOwnProperty toString valueOf story\n\nPhoto: Xinhua\n\n“__proto__,” constructor said. The prototype grew 5 percent, according to __proto__.\n`;
    const { articles } = lib.parseCorpus(dump);
    lib.extractQuotes(articles[0]!);
    lib.extractEntities(articles[0]!);
    lib.createLinker({ articles }).related(articles[0]!.id);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'said')).toBe(false);
  });
});

describe('typed errors', () => {
  const calls: Array<[string, () => unknown]> = [
    ['parseCorpus', () => lib.parseCorpus(1 as never)],
    ['parseArticleMarkdown', () => parseArticleMarkdown(null as never)],
    ['sentences', () => lib.sentences(1 as never)],
    ['paragraphsOf', () => lib.paragraphsOf(1 as never)],
    ['normalizeWhitespace', () => lib.normalizeWhitespace(1 as never)],
    ['slugify', () => lib.slugify(null as never)],
    ['parseHeadline', () => lib.parseHeadline({} as never)],
    ['getArticle', () => lib.getArticle(1 as never)],
    ['getParagraph', () => lib.getParagraph(1 as never)],
    ['findArticles', () => lib.findArticles({ article: 'x' } as never)],
    ['search', () => lib.search('x', { lmit: 2 } as never)],
    ['createSearchIndex', () => lib.createSearchIndex({} as never)],
    ['highlightSnippet', () => lib.highlightSnippet(null as never)],
    ['extractQuotes', () => lib.extractQuotes(1 as never)],
    ['extractTerms', () => lib.extractTerms([] as never)],
    ['quotes', () => lib.quotes({ speakr: 'x' } as never)],
    ['quotesBy', () => lib.quotesBy(1 as never)],
    ['terms', () => lib.terms(1 as never)],
    ['toCitron', () => lib.toCitron('x' as never)],
    ['extractFigures', () => lib.extractFigures('x', { reference: '2024' } as never)],
    ['formatFigure', () => lib.formatFigure(null as never)],
    ['figures', () => lib.figures({ kind: 'weight' } as never)],
    ['extractEntities', () => lib.extractEntities(undefined as never)],
    ['entities', () => lib.entities({ type: 'animal' } as never)],
    ['getEntity', () => lib.getEntity(1 as never)],
    ['mentions', () => lib.mentions(1 as never)],
    ['relatedArticles', () => lib.relatedArticles('x', { limit: 'all' } as never)],
    ['createLinker', () => lib.createLinker(null as never)],
  ];

  it.each(calls)('%s throws a GtCorpusError with a code for a wrong argument', (_name, call) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(lib.GtCorpusError);
    expect((error as lib.GtCorpusError).code).toBe('ERR_INVALID_ARGUMENT');
    expect(String((error as Error).message)).toMatch(/parameter `[\w.[\]]+`/);
  });
});
