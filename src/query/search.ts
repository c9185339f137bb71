import MiniSearch from 'minisearch';
import { assertOptions, assertString, GtCorpusArgumentError } from '../errors';
import type { Article } from '../model/article';
import { articles as bundledArticles } from './corpus';

/** A stretch of text around a match, with the matched words located in it. */
export interface Snippet {
  text: string;
  /** Offsets of matched words in `text`. */
  highlights: Array<{ start: number; end: number }>;
}

export interface SearchResult {
  articleId: string;
  /** The paragraph that matched, or null for a title or caption match. */
  paragraphId: string | null;
  /** Where the match is: the headline, a photo caption or a body paragraph. */
  field: 'title' | 'caption' | 'paragraph';
  score: number;
  snippet: Snippet;
}

export interface SearchOptions {
  /** Maximum number of results (default 10). */
  limit?: number;
}

interface Doc {
  id: number;
  text: string;
  articleId: string;
  paragraphId: string | null;
  field: SearchResult['field'];
}

/** A full-text index over a set of articles. */
export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResult[];
}

/**
 * Builds a ranked full-text index (MiniSearch, BM25) over titles, captions and
 * paragraphs of any articles. All query words must match (prefix match on the
 * last word, light fuzziness); when none do, any word may.
 *
 * @example
 * const index = createSearchIndex(articles.filter((a) => a.kind === 'news'));
 * index.search('copper production', { limit: 1 })[0]?.paragraphId
 * // => 'closer-partnership-between-china-serbia-hungary:p16'
 */
export function createSearchIndex(articles: readonly Article[]): SearchIndex {
  if (!Array.isArray(articles)) throw new GtCorpusArgumentError('articles', 'an array of articles', articles);
  const docs: Doc[] = [];
  for (const article of articles) {
    docs.push({ id: docs.length, text: article.title, articleId: article.id, paragraphId: null, field: 'title' });
    for (const image of article.images) {
      if (image.caption) docs.push({ id: docs.length, text: image.caption, articleId: article.id, paragraphId: null, field: 'caption' });
    }
    for (const paragraph of article.paragraphs) {
      docs.push({ id: docs.length, text: paragraph.text, articleId: article.id, paragraphId: paragraph.id, field: 'paragraph' });
    }
  }
  const mini = new MiniSearch<Doc>({ fields: ['text'], storeFields: [], processTerm });
  mini.addAll(docs);
  const boost = { title: 2, caption: 1, paragraph: 1 } as const;

  return {
    search(query, options) {
      assertString(query, 'query');
      assertOptions(options, 'options', ['limit']);
      const limit = options?.limit ?? 10;
      if (!Number.isInteger(limit) || limit < 0) throw new GtCorpusArgumentError('options.limit', 'a non-negative integer', limit);
      if (!query.trim() || limit === 0) return [];
      // Cheapest first: exact words; then a prefix on the last word; fuzziness and OR only when nothing matched.
      const run = (combineWith: 'AND' | 'OR', loose: boolean, fuzzy: boolean) =>
        mini.search(query, {
          combineWith,
          prefix: loose ? (_term, i, terms) => i === terms.length - 1 && _term.length >= 3 : false,
          fuzzy: fuzzy ? (term) => (term.length > 5 ? 0.15 : false) : false,
          boostDocument: (id) => boost[docs[id as number]!.field],
        });
      let hits = run('AND', false, false);
      if (hits.length < limit) {
        const looser = run('AND', true, false);
        if (looser.length > hits.length) hits = looser;
      }
      if (hits.length === 0) hits = run('AND', true, true);
      if (hits.length === 0) hits = run('OR', true, true);
      return hits.slice(0, limit).map((hit) => {
        const doc = docs[hit.id as number]!;
        return {
          articleId: doc.articleId,
          paragraphId: doc.paragraphId,
          field: doc.field,
          score: hit.score,
          snippet: makeSnippet(doc.text, hit.terms),
        };
      });
    },
  };
}

// Words too common to rank by; dropping them keeps postings short and queries fast.
const stopWords = new Set('a an and are as at be by for from has have in is it its of on or that the their this to was were will with'.split(' '));
const processTerm = (term: string): string | null => {
  const lower = term.toLowerCase();
  return stopWords.has(lower) ? null : lower;
};

let bundledIndex: SearchIndex | undefined;

/**
 * Ranked full-text search over the bundled corpus's titles, captions and
 * paragraphs. The index is built on first use.
 *
 * @example
 * const [best] = search('copper production');
 * best.paragraphId // => 'closer-partnership-between-china-serbia-hungary:p16'
 */
export function search(query: string, options?: SearchOptions): SearchResult[] {
  bundledIndex ??= createSearchIndex(bundledArticles);
  return bundledIndex.search(query, options);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** About 160 characters around the first matched word, with every matched word located. */
function makeSnippet(text: string, terms: string[], width = 160): Snippet {
  const pattern = terms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : undefined;
  const all = pattern ? [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  const first = all[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > first ? start : space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const highlights = all.filter((h) => h.start >= start && h.end <= end).map((h) => ({ start: h.start - start, end: h.end - start }));
  return { text: text.slice(start, end), highlights };
}

/**
 * Renders a snippet with its highlights wrapped in markers.
 *
 * @example
 * highlightSnippet({ text: 'copper mine', highlights: [{ start: 0, end: 6 }] }, '[', ']') // => '[copper] mine'
 */
export function highlightSnippet(snippet: Snippet, open = '«', close = '»'): string {
  if (typeof snippet !== 'object' || snippet === null || typeof snippet.text !== 'string' || !Array.isArray(snippet.highlights)) {
    throw new GtCorpusArgumentError('snippet', 'a snippet { text, highlights }', snippet);
  }
  assertString(open, 'open');
  assertString(close, 'close');
  let out = '';
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    out += snippet.text.slice(at, start) + open + snippet.text.slice(start, end) + close;
    at = end;
  }
  return out + snippet.text.slice(at);
}
