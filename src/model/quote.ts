import { z } from 'zod';
import { quoteKinds, speakerTypes } from './enums';

/** A stretch of paragraph text: `paragraph.text.slice(start, end) === text`. */
export const SpanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const SpeakerTypeSchema = z.enum(speakerTypes);

/** Who a statement is attributed to, resolved inside its article. */
export const SpeakerSchema = z.object({
  /** Canonical name: the fullest form in the article ("Song Wei"), or the group as written ("experts"). */
  name: z.string(),
  type: SpeakerTypeSchema,
  /** The mention as written near the quote ("the envoy", "Song", "he"), or null when the speaker is carried over from context. */
  mention: z.string().nullable(),
  /** Offsets of `mention` in the paragraph, when written there. */
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  /** Role or affiliation as the article states it ("a professor from …"), when known. */
  role: z.string().nullable(),
});

export const QuoteKindSchema = z.enum(quoteKinds);

/** One attributed statement. */
export const QuoteSchema = z.object({
  /** `<paragraphId>:q<n>`, n from 1 in order of `start`. */
  id: z.string(),
  articleId: z.string(),
  paragraphId: z.string(),
  kind: QuoteKindSchema,
  /** The content; for direct and partial quotes without the quotation marks. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The reporting expression: "said", "told the Global Times", "according to", … */
  cue: SpanSchema.nullable(),
  speaker: SpeakerSchema.nullable(),
});

/** A quoted term: scare quotes, coined phrases, names and titles in quotation marks. */
export const TermSchema = z.object({
  /** `<paragraphId>:t<n>`. */
  id: z.string(),
  articleId: z.string(),
  paragraphId: z.string(),
  /** The term without its quotation marks. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export type Span = z.infer<typeof SpanSchema>;
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Term = z.infer<typeof TermSchema>;
