import { assertOptions, assertString, GtCorpusArgumentError } from '../errors';
import type { Article } from '../model/article';
import { articles as bundledArticles } from './corpus';
import { longerWithPrefix, withinDistance } from './search-index/expand';
import { buildInvertedIndex, contains, type InvertedIndex } from './search-index/inverted-index';
import { topOfAll } from './search-index/all-words';
import { Scratch, topOfAny } from './search-index/any-word';
import { Arena, List, TopK, union, type Word } from './search-index/top-k';
import { findTerms, queryTerms } from './search-index/tokenize';

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

/** A full-text index over a set of articles. */
export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResult[];
}

const fieldBoost = { title: 2, caption: 1, paragraph: 1 } as const;
// What a longer word (prefix match) and a near miss (fuzzy match) count for
// next to the word itself, before a penalty that grows with the difference.
const prefixWeight = 0.375;
const fuzzyWeight = 0.45;
/** Query words of at least this many code units match longer words when last. */
const minPrefix = 3;
/** Longer query words tolerate round(15 % of their length) edits, at most 6. */
const minFuzzy = 6;
/** The most index terms one query word stands for (the closest are kept). */
const maxExpansions = 64;

/** An index term a query word stands for, and how much it counts. */
interface Variant {
  id: number;
  weight: number;
}

/**
 * The index terms `word` stands for: itself, and, when asked, the longer words
 * it starts (`prefix`) and the words a few edits away (`fuzzy`).
 */
function variantsOf(index: InvertedIndex, word: string, prefix: boolean, fuzzy: boolean): Variant[] {
  const found: Variant[] = [];
  const exact = index.termIds.get(word);
  if (exact !== undefined) found.push({ id: exact, weight: 1 });
  const more: Variant[] = [];
  const { sortedTerms, sortedIds } = index;
  const byPrefix = prefix && word.length >= minPrefix;
  if (byPrefix) {
    for (const at of longerWithPrefix(sortedTerms, word)) {
      const length = sortedTerms[at]!.length;
      more.push({ id: sortedIds[at]!, weight: (prefixWeight * length) / (length + 0.3 * (length - word.length)) });
    }
  }
  if (fuzzy && word.length >= minFuzzy) {
    const maxDistance = Math.min(6, Math.round(word.length * 0.15));
    for (let length = word.length - maxDistance; length <= word.length + maxDistance; length++) {
      const list = index.byLength[length];
      if (!list) continue;
      withinDistance(list.terms, length, word, maxDistance, (at, distance) => {
        const term = list.terms[at]!;
        // A longer word that starts with this one counts as a prefix match.
        if (byPrefix && term.startsWith(word)) return;
        more.push({ id: list.ids[at]!, weight: (fuzzyWeight * term.length) / (term.length + distance) });
      });
    }
  }
  if (more.length > maxExpansions) {
    const count = (id: number) => index.start[id + 1]! - index.start[id]!;
    more.sort((x, y) => y.weight - x.weight || count(y.id) - count(x.id) || x.id - y.id);
    more.length = maxExpansions;
  }
  return found.concat(more);
}

/**
 * Builds a ranked full-text index (BM25, scored as MiniSearch scores it) over
 * titles, captions and paragraphs of any articles. All query words must match
 * (prefix match on the last word, light fuzziness); when none do, any word
 * may, and a text counts more for each it has. Results come best first;
 * equal scores keep the input order, headlines first. Only the best `limit`
 * matches are found and scored in full, so a query takes about the same time
 * however many texts match.
 *
 * @example
 * const index = createSearchIndex(articles.filter((a) => a.kind === 'news'));
 * index.search('copper production', { limit: 1 })[0]?.paragraphId
 * // => 'closer-partnership-between-china-serbia-hungary:p16'
 */
export function createSearchIndex(articles: readonly Article[]): SearchIndex {
  if (!Array.isArray(articles)) throw new GtCorpusArgumentError('articles', 'an array of articles', articles);
  const texts: string[] = [];
  const articleIds: string[] = [];
  const paragraphIds: Array<string | null> = [];
  const fields: Array<SearchResult['field']> = [];
  const add = (text: string, articleId: string, paragraphId: string | null, field: SearchResult['field']) => {
    texts.push(text);
    articleIds.push(articleId);
    paragraphIds.push(paragraphId);
    fields.push(field);
  };
  // Titles first: their doubled scores then sit at the head of every posting
  // list, and the block maxima of the rest stay tight.
  for (const article of articles) add(article.title, article.id, null, 'title');
  for (const article of articles) {
    for (const image of article.images) if (image.caption) add(image.caption, article.id, null, 'caption');
    for (const paragraph of article.paragraphs) add(paragraph.text, article.id, paragraph.id, 'paragraph');
  }
  const index = buildInvertedIndex(texts, Float64Array.from(fields, (field) => fieldBoost[field]));
  let scratchSpace: Scratch | undefined;
  const scratch = () => (scratchSpace ??= new Scratch(index.docCount));
  const arena = new Arena();

  /** The postings of each index term a query word stands for: views into the index. */
  const wordOf = (variants: readonly Variant[]): Word =>
    variants.map(
      ({ id, weight }) =>
        new List(index.docs, index.impacts, index.start[id]!, index.start[id + 1]!, weight, index.blockMax, index.blockStart[id]!, weight * index.maxImpact[id]!),
    );
  /** Runs one pass; `made` keeps the words, and the unions of their lists, made for the query, as several passes read them. */
  const topOf = (combine: 'all' | 'any', variants: Variant[][], limit: number, made: Map<string, { word: Word; union?: List }>) => {
    const entries = variants.map((v) => {
      const key = v.map(({ id, weight }) => `${id}*${weight}`).join(' ');
      let entry = made.get(key);
      if (!entry) made.set(key, (entry = { word: wordOf(v) }));
      return entry;
    });
    const merged = (word: Word) => {
      const entry = entries.find((e) => e.word === word);
      return entry ? (entry.union ??= union(word, arena)) : union(word, arena);
    };
    const words = entries.map((e) => e.word);
    const top = new TopK(limit);
    if (combine === 'all') topOfAll(words, top, { merged });
    // "Any" comes after "all" on the same words found nothing: no document has them all.
    else topOfAny(words, top, scratch, variants.length - 1, merged);
    return { top, variants };
  };

  return {
    search(query, options) {
      assertString(query, 'query');
      assertOptions(options, 'options', ['limit']);
      const limit = options?.limit ?? 10;
      if (!Number.isInteger(limit) || limit < 0) throw new GtCorpusArgumentError('options.limit', 'a non-negative integer', limit);
      const words = queryTerms(query);
      if (words.length === 0 || limit === 0) return [];
      const last = words.length - 1;
      // Cheapest first: exact words; then a prefix on the last word; fuzziness and "any word" only when nothing matched.
      const made = new Map<string, { word: Word; union?: List }>();
      arena.reset(); // the last query's merged lists are done with
      const exact = words.map((word) => variantsOf(index, word, false, false));
      let found = topOf('all', exact, limit, made);
      if (found.top.size < limit) {
        const prefixed = [...exact.slice(0, last), variantsOf(index, words[last]!, true, false)];
        if (prefixed[last]!.length > exact[last]!.length) {
          const looser = topOf('all', prefixed, limit, made);
          if (looser.top.size > found.top.size) found = looser;
        }
        if (found.top.size === 0) {
          const fuzzy = words.map((word, i) => variantsOf(index, word, i === last, true));
          const same = (a: readonly Variant[], b: readonly Variant[]) => a.length === b.length && a.every((v, j) => v.id === b[j]!.id);
          if (!fuzzy.every((v, i) => same(v, prefixed[i]!))) found = topOf('all', fuzzy, limit, made);
          if (found.top.size === 0) found = topOf('any', fuzzy, limit, made);
        }
      }
      return found.top.sorted().map(({ doc, score }) => {
        const terms: string[] = [];
        for (const variants of found.variants) {
          for (const { id } of variants) if (contains(index, id, doc) && !terms.includes(index.terms[id]!)) terms.push(index.terms[id]!);
        }
        return {
          articleId: articleIds[doc]!,
          paragraphId: paragraphIds[doc]!,
          field: fields[doc]!,
          score,
          snippet: makeSnippet(texts[doc]!, terms),
        };
      });
    },
  };
}

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

/** About 160 characters around the first matched word, with every matched word located. */
function makeSnippet(text: string, terms: readonly string[], width = 160): Snippet {
  // Where the matched words start and end, in turn. Words past first + width cannot be in the snippet.
  const all: number[] = [];
  findTerms(text, terms, (start, end) => {
    all.push(start, end);
    return start < all[0]! + width;
  });
  const first = all[0] ?? 0;
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
  const highlights: Snippet['highlights'] = [];
  for (let i = 0; i < all.length; i += 2) if (all[i]! >= start && all[i + 1]! <= end) highlights.push({ start: all[i]! - start, end: all[i + 1]! - start });
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
