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
