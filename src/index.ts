/**
 * gt-corpus: a typed news corpus with provenance, and the extractors that
 * build it. The data's path through src/: ingest (raw text → articles) → model
 * (zod schemas) → extract → link → query.
 *
 * The zod schemas themselves are exported from `gt-corpus/schemas`
 * (src/schemas.ts); this entry exports only the types inferred from them, so
 * importing it does not load zod. Keep it that way: nothing reachable from here
 * may import a schema as a value (tests/package/no-zod.test.ts checks).
 */

// Errors
export { GtCorpusError, GtCorpusArgumentError, type GtCorpusErrorCode, type GtCorpusErrorOptions } from './errors';

// Model: types inferred from the zod schemas, which live in `gt-corpus/schemas`.
export type { Article, ArticleKind, Image, Paragraph, Published, Section, SourceSpan } from './model/article';
export type { Message, Place } from './model/message';
export type { FrontMatter } from './model/front-matter';

// Ingest
export { parseCorpus, type ParsedCorpus } from './ingest/parse-corpus';
export { createCorpusParser, parseCorpusStream, type CorpusEvent, type CorpusParser } from './ingest/corpus-stream';
export { parseHeadline, slugify, type HeadlineParts } from './ingest/headline';

// Text utilities
export { sentences, type Sentence } from './text/sentences';
export { normalizeWhitespace } from './text/whitespace';

// Query over the bundled corpus
export { articles, getArticle, getParagraph, findArticles, type FindArticlesFilter } from './query/corpus';
export {
  search,
  createSearchIndex,
  highlightSnippet,
  type SearchIndex,
  type SearchOptions,
  type SearchResult,
  type Snippet,
} from './query/search';

// Quotes: who said what, and quoted terms
export type { Quote, QuoteKind, Speaker, SpeakerType, Span, Term } from './model/quote';
export { extractQuotes, extractTerms } from './extract/quotes/extract-quotes';
export { toCitron, type CitronDocument, type CitronQuote, type CitronSpan } from './extract/quotes/to-citron';
export { quotes, quotesBy, terms, type QuoteFilter, type TermFilter } from './query/quotes';
export { paragraphsOf } from './extract/input';

// Figures: every number, normalized and explained
export type { Figure, FigureKind, Qualifier, QualifierBound, Change } from './model/figure';
export { extractFigures, type ExtractFiguresOptions } from './extract/figures/extract-figures';
export { formatFigure } from './extract/figures/format-figure';
export { figures, type FiguresFilter } from './query/figures';

// Entities: people, organisations, places, initiatives and events
export type { Entity, EntityType, Mention } from './model/entity';
export { extractEntities, type ExtractedEntities } from './extract/entities/extract-entities';
export { entities, getEntity, mentions, type EntityFilter } from './query/entities';

// Links between articles
export type { FactStatement, FigureComparison, LinkReason, RelatedArticle } from './model/link';
export { createLinker, type LinkInput, type LinkOptions, type Linker, type SerializedLinkGraph } from './link/linker';
export { relatedArticles, linkGraph, compareFigures } from './query/links';
