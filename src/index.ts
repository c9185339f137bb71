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
