import { z } from 'zod';
import { articleKinds, dateMethods, datePrecisions } from './enums';

/** Offsets `[start, end)` into the document an item was read from (UTF-16 code units). */
export const SourceSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ArticleKindSchema = z.enum(articleKinds);

/** When an article was published, how precisely we know it, and how we know. */
export const PublishedSchema = z.object({
  /** ISO 8601: `2024-05-16`, `2024-04` (month precision) or `2024-03-28T01:07+08:00`. */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?)?)?$/, 'an ISO 8601 date'),
  precision: z.enum(datePrecisions),
  /** `publisher`: stated by the publisher; `inferred`: reasoned from the article's own text. */
  method: z.enum(dateMethods),
  note: z.string().optional(),
});

/** A photo or illustration with its caption and credit, as the dump gives them. */
export const ImageSchema = z.object({
  /** `<articleId>:img<n>`, n from 1. */
  id: z.string(),
  caption: z.string(),
  /** The credit as written: `Photo: Xinhua`, `(Photo by Xie Hao/Xinhua)`, `Illustration: Chen Xia/GT`. */
  credit: z.string(),
  /** The other, usually shorter or truncated, copy of the caption when the dump gives two that differ. */
  alt: z.string().optional(),
  /** Number of body paragraphs before the image (0 for the lead image). */
  position: z.number().int().nonnegative(),
});

export const ParagraphSchema = z.object({
  /** `<articleId>:p<n>`, n from 1. */
  id: z.string(),
  /** 0-based position in the article body. */
  index: z.number().int().nonnegative(),
  /** Whitespace-normalized text. All item offsets refer to this string. */
  text: z.string().min(1),
  /** The subheading the paragraph sits under, or null before the first one. */
  heading: z.string().nullable(),
  /** Offsets into the raw dump; the slice, whitespace-normalized, equals `text`. */
  source: SourceSpanSchema,
});

/** A run of paragraphs under one subheading (the first section has heading null). */
export const SectionSchema = z.object({
  heading: z.string().nullable(),
  /** Index of the section's first paragraph. */
  start: z.number().int().nonnegative(),
  /** Index after the section's last paragraph. */
  end: z.number().int().nonnegative(),
});

export const ArticleSchema = z.object({
  /** URL-safe slug derived from the headline. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug'),
  title: z.string().min(1),
  kind: ArticleKindSchema,
  /** Column named at the start of the headline, e.g. `GT Voice`. */
  column: z.string().optional(),
  /** Source named after the headline's last colon, e.g. `experts`, `commerce minister`. */
  attribution: z.string().optional(),
  /** Null when the input says nothing about the date (e.g. a raw dump). */
  published: PublishedSchema.nullable(),
  images: z.array(ImageSchema),
  sections: z.array(SectionSchema),
  paragraphs: z.array(ParagraphSchema),
  /** Whitespace-separated words in the paragraphs. */
  wordCount: z.number().int().nonnegative(),
  /** Offsets of the whole article (headline to last block) in the raw dump. */
  source: SourceSpanSchema,
});

export type SourceSpan = z.infer<typeof SourceSpanSchema>;
export type ArticleKind = z.infer<typeof ArticleKindSchema>;
export type Published = z.infer<typeof PublishedSchema>;
export type Image = z.infer<typeof ImageSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Article = z.infer<typeof ArticleSchema>;
