import { deepFreeze } from '../deep-freeze';
import { assertOptions, assertString, GtCorpusArgumentError } from '../errors';
import { articlesData } from '../generated/articles';
import type { Article, ArticleKind, Paragraph } from '../model/article';

/**
 * The eight bundled Global Times articles (March–May 2024), parsed, validated
 * at build time and deeply frozen, in dump order.
 *
 * @example
 * import { articles } from 'gt-corpus';
 * articles.length // => 8
 * articles.map((a) => a.kind) // => ['editorial', 'news', 'news', 'news', 'news', 'news', 'column', 'news']
 */
export const articles: readonly Article[] = /* @__PURE__ */ deepFreeze(articlesData);

let byId: Map<string, Article> | undefined;
let paragraphById: Map<string, Paragraph> | undefined;

/**
 * The bundled article with this id, or undefined (also for `__proto__` and other
 * inherited property names: lookups go through a Map).
 *
 * @example
 * getArticle('trade-with-china-mainly-settled')?.title
 * // => 'Trade with China mainly settled in yuan, rubles: Russian deputy PM'
 */
export function getArticle(id: string): Article | undefined {
  assertString(id, 'id');
  byId ??= new Map(articles.map((a) => [a.id, a]));
  return byId.get(id);
}

/**
 * The bundled paragraph with this id (`<articleId>:p<n>`), or undefined.
 *
 * @example
 * getParagraph('trade-with-china-mainly-settled:p1')?.text.startsWith('About 92 percent') // => true
 */
export function getParagraph(id: string): Paragraph | undefined {
  assertString(id, 'id');
  paragraphById ??= new Map(articles.flatMap((a) => a.paragraphs.map((p) => [p.id, p] as const)));
  return paragraphById.get(id);
}

export interface FindArticlesFilter {
  kind?: ArticleKind;
  /** Earliest publication date, ISO (`2024-04` or `2024-04-10`), inclusive. */
  from?: string;
  /** Latest publication date, ISO, inclusive. */
  to?: string;
  /** Case-insensitive text that the title, a caption, a credit or a paragraph must contain. */
  text?: string;
}

const isoPrefix = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Bundled articles matching every given criterion. An article whose date is
 * known only to the month matches a range that overlaps that month; articles
 * without a date never match `from`/`to`.
 *
 * @example
 * findArticles({ kind: 'news', from: '2024-04-01', to: '2024-04-30' }).length // => 4
 */
export function findArticles(filter: FindArticlesFilter = {}): Article[] {
  assertOptions(filter, 'filter', ['kind', 'from', 'to', 'text']);
  const { kind, from, to, text } = filter;
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && (typeof value !== 'string' || !isoPrefix.test(value))) {
      throw new GtCorpusArgumentError(`filter.${name}`, 'an ISO date such as 2024-04 or 2024-04-10', value);
    }
  }
  if (text !== undefined) assertString(text, 'filter.text');
  const needle = text?.toLowerCase();
  return articles.filter((article) => {
    if (kind !== undefined && article.kind !== kind) return false;
    if (from !== undefined || to !== undefined) {
      if (!article.published) return false;
      const [earliest, latest] = dateRange(article.published.date.slice(0, 10));
      if (from !== undefined && latest < dateRange(from)[0]) return false;
      if (to !== undefined && earliest > dateRange(to)[1]) return false;
    }
    if (needle !== undefined) {
      const haystacks = [article.title, ...article.images.flatMap((i) => [i.caption, i.credit, i.alt ?? '']), ...article.paragraphs.map((p) => p.text)];
      if (!haystacks.some((h) => h.toLowerCase().includes(needle))) return false;
    }
    return true;
  });
}

/** First and last day (as ISO strings, which sort correctly) a partial date can mean. */
function dateRange(date: string): [string, string] {
  const [year, month, day] = date.split('-');
  if (day) return [date, date];
  if (month) return [`${year}-${month}-01`, `${year}-${month}-31`];
  return [`${year}-01-01`, `${year}-12-31`];
}
