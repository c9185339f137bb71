import { deepFreeze } from '../deep-freeze';
import { GtCorpusArgumentError } from '../errors';
import { extractQuotesAndTerms } from '../extract/quotes/extract-quotes';
import * as lib from '../index';
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
  readonly figures: readonly Figure[] | null;
  readonly entities: readonly Entity[] | null;
  readonly mentions: readonly Mention[] | null;
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

type Extractor = (article: Article) => unknown;

// The stages other extractors provide are looked up on the public entry, so the
// pipeline (and the bench and `gt-corpus extract` built on it) picks them up as
// soon as they are exported, without edits here.
const exported = (name: string): Extractor | undefined => {
  const value = (lib as unknown as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as Extractor) : undefined;
};

/** The optional stages this build has: figures and entities. */
export const optionalStages: { readonly figures: Extractor | undefined; readonly entities: Extractor | undefined } = {
  figures: exported('extractFigures'),
  entities: exported('extractEntities'),
};

const asList = <T>(value: unknown): readonly T[] => (Array.isArray(value) ? (value as T[]) : []);

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
  const { quotes, terms } = extractQuotesAndTerms(article);
  const figures = optionalStages.figures ? asList<Figure>(optionalStages.figures(article)) : null;
  let entities: readonly Entity[] | null = null;
  let mentions: readonly Mention[] | null = null;
  if (optionalStages.entities) {
    const found = optionalStages.entities(article);
    // Either a list of entities, or `{ entities, mentions }`.
    if (Array.isArray(found)) {
      entities = found as Entity[];
    } else {
      const { entities: e, mentions: m } = (found ?? {}) as { entities?: unknown; mentions?: unknown };
      entities = asList<Entity>(e);
      mentions = asList<Mention>(m);
    }
  }
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
  for (const figure of extraction.figures ?? []) records.push({ type: 'figure', figure });
  for (const entity of extraction.entities ?? []) records.push({ type: 'entity', entity });
  for (const mention of extraction.mentions ?? []) records.push({ type: 'mention', mention });
  return records;
}

/** One article's records as NDJSON lines joined by `\n` (no final newline): what `gt-corpus extract` writes. */
export function articleLines(article: Article): string {
  return toRecords(article, extractArticle(article))
    .map((record) => JSON.stringify(record))
    .join('\n');
}
