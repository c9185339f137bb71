/**
 * gt-corpus: a typed news corpus with provenance, and the extractors that
 * build it. The data's path through src/: ingest (raw text → articles) → model
 * (zod schemas) → extract → link → query.
 */

// Errors
export { GtCorpusError, GtCorpusArgumentError, type GtCorpusErrorCode, type GtCorpusErrorOptions } from './errors';

// Model: schemas are the source of truth, types are inferred from them.
export {
  ArticleSchema,
  ArticleKindSchema,
  ImageSchema,
  ParagraphSchema,
  PublishedSchema,
  SectionSchema,
  SourceSpanSchema,
  type Article,
  type ArticleKind,
  type Image,
  type Paragraph,
  type Published,
  type Section,
  type SourceSpan,
} from './model/article';
export { MessageSchema, PlaceSchema, type Message, type Place } from './model/message';
export { FrontMatterSchema, type FrontMatter } from './model/front-matter';

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
export {
  QuoteSchema,
  QuoteKindSchema,
  SpeakerSchema,
  SpeakerTypeSchema,
  SpanSchema,
  TermSchema,
  type Quote,
  type QuoteKind,
  type Speaker,
  type SpeakerType,
  type Span,
  type Term,
} from './model/quote';
export { extractQuotes, extractTerms } from './extract/quotes/extract-quotes';
export { toCitron, type CitronDocument, type CitronQuote, type CitronSpan } from './extract/quotes/to-citron';
export { quotes, quotesBy, terms, type QuoteFilter, type TermFilter } from './query/quotes';
export { paragraphsOf } from './extract/input';

// Figures: every number, normalized and explained
export {
  FigureSchema,
  FigureKindSchema,
  QualifierSchema,
  QualifierBoundSchema,
  ChangeSchema,
  type Figure,
  type FigureKind,
  type Qualifier,
  type QualifierBound,
  type Change,
} from './model/figure';
export { extractFigures, type ExtractFiguresOptions } from './extract/figures/extract-figures';
export { formatFigure } from './extract/figures/format-figure';
export { figures, type FiguresFilter } from './query/figures';

// Entities: people, organisations, places, initiatives and events
export { EntitySchema, EntityTypeSchema, MentionSchema, type Entity, type EntityType, type Mention } from './model/entity';
export { extractEntities, type ExtractedEntities } from './extract/entities/extract-entities';
export { entities, getEntity, mentions, type EntityFilter } from './query/entities';

// Links between articles
export {
  FactStatementSchema,
  FigureComparisonSchema,
  LinkReasonSchema,
  RelatedArticleSchema,
  type FactStatement,
  type FigureComparison,
  type LinkReason,
  type RelatedArticle,
} from './model/link';
export { createLinker, type LinkInput, type LinkOptions, type Linker, type SerializedLinkGraph } from './link/linker';
export { relatedArticles, linkGraph, compareFigures } from './query/links';
