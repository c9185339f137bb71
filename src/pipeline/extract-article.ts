import { deepFreeze } from '../deep-freeze';
import { GtCorpusArgumentError } from '../errors';
import { extractQuotesAndTerms } from '../extract/quotes/extract-quotes';
import { detectEntities } from '../extract/entities/detect';
import { mergeEntities } from '../extract/entities/merge';
import { extractFigures } from '../extract/figures/extract-figures';
import { toExtractionInput } from '../extract/input';
import type { Article } from '../model/article';
import type { Entity, Mention } from '../model/entity';
import type { Figure } from '../model/figure';
import type { Message } from '../model/message';
import type { Quote, Term } from '../model/quote';

/**
 * Everything extracted from one article. `figures`, `entities` and `mentions`
 * are null when this build of gt-corpus has no extractor for them.
 */
export interface ArticleExtraction {
  readonly articleId: string;
  readonly quotes: readonly Quote[];
  readonly terms: readonly Term[];
  readonly figures: readonly Figure[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
}

/** One line of `gt-corpus extract` output: a JSON object whose `type` names the one other key it has. */
export type ExtractRecord =
  | { readonly type: 'article'; readonly article: Article }
  | { readonly type: 'quote'; readonly quote: Quote }
  | { readonly type: 'term'; readonly term: Term }
  | { readonly type: 'figure'; readonly figure: Figure }
  | { readonly type: 'entity'; readonly entity: Entity }
  | { readonly type: 'mention'; readonly mention: Mention }
  | { readonly type: 'message'; readonly message: Message };

/**
 * Runs every extractor this build has over one article: quotes and terms,
 * and figures and entities when their extractors are exported.
 *
 * @example
 * const { quotes, terms } = extractArticle(getArticle('trade-with-china-mainly-settled')!);
 * quotes.length // => 11
 */
export function extractArticle(article: Article): ArticleExtraction {
  if (typeof article !== 'object' || article === null || typeof article.id !== 'string') {
    throw new GtCorpusArgumentError('article', 'an Article', article);
  }
  // One quote analysis serves both the quotes and the entities (speakers are person entities).
  const { quotes, terms } = extractQuotesAndTerms(article);
  const figures = extractFigures(article);
  const { entities, mentions } = mergeEntities([{ articleId: article.id, entities: detectEntities(toExtractionInput(article), quotes) }]);
  return deepFreeze({ articleId: article.id, quotes, terms, figures, entities, mentions });
}

/**
 * The records `gt-corpus extract` writes for one article, in this order: the
 * article, its quotes, terms, figures, entities and mentions.
 *
 * @example
 * const article = getArticle('trade-with-china-mainly-settled')!;
 * const records = toRecords(article, extractArticle(article));
 * records[0].type // => 'article'
 * for (const record of records) console.log(JSON.stringify(record));
 */
export function toRecords(article: Article, extraction: ArticleExtraction): ExtractRecord[] {
  const records: ExtractRecord[] = [{ type: 'article', article }];
  for (const quote of extraction.quotes) records.push({ type: 'quote', quote });
  for (const term of extraction.terms) records.push({ type: 'term', term });
  for (const figure of extraction.figures) records.push({ type: 'figure', figure });
  for (const entity of extraction.entities) records.push({ type: 'entity', entity });
  for (const mention of extraction.mentions) records.push({ type: 'mention', mention });
  return records;
}

/** One article's records as NDJSON lines joined by `\n` (no final newline): what `gt-corpus extract` writes. */
export function articleLines(article: Article): string {
  return toRecords(article, extractArticle(article))
    .map((record) => JSON.stringify(record))
    .join('\n');
}
