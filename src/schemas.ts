/**
 * `gt-corpus/schemas`: the zod schemas of every value gt-corpus hands out —
 * the single source of truth for its types (the main entry exports the types
 * inferred from them) and for validating data from elsewhere with the same
 * rules the bundled data passes at build time. Kept apart from the main entry
 * so that importing `gt-corpus` does not load zod.
 */
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
export { EntitySchema, EntityTypeSchema, MentionSchema, type Entity, type EntityType, type Mention } from './model/entity';
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
