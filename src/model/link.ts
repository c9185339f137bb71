import { z } from 'zod';
import { comparisonClassifications, factAgreements } from './enums';

/** Where a figure was stated, with the sentence that states it. */
export const FactStatementSchema = z.object({
  figureId: z.string(),
  articleId: z.string(),
  paragraphId: z.string(),
  text: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string().nullable(),
  period: z.string().nullable(),
  /** The sentence around the figure. */
  sentence: z.string(),
});

/** Why two articles are related. `weight` is the reason's share of the score. */
export const LinkReasonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('entity'), entityId: z.string(), name: z.string(), entityType: z.string(), weight: z.number() }),
  z.object({ type: z.literal('fact'), agreement: z.enum(factAgreements), statements: z.tuple([FactStatementSchema, FactStatementSchema]), weight: z.number() }),
  z.object({ type: z.literal('term'), term: z.string(), weight: z.number() }),
  z.object({ type: z.literal('text'), similarity: z.number(), sharedWords: z.array(z.string()), weight: z.number() }),
]);

export const RelatedArticleSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  score: z.number(),
  reasons: z.array(LinkReasonSchema),
});

/** A figure stated in more than one article, and how the statements compare. */
export const FigureComparisonSchema = z.object({
  kind: z.string(),
  unit: z.string().nullable(),
  /** What is measured, when the sentences say so. */
  measure: z.string().nullable(),
  /**
   * `agree`: the same value; `rounding`: equal within the precision stated
   * ($12.46 billion in one story, $12.5 billion in another); `conflict`: different values for the
   * same thing and period; `time-series`: different values for different periods.
   */
  classification: z.enum(comparisonClassifications),
  statements: z.array(FactStatementSchema),
});

export type FactStatement = z.infer<typeof FactStatementSchema>;
export type LinkReason = z.infer<typeof LinkReasonSchema>;
export type RelatedArticle = z.infer<typeof RelatedArticleSchema>;
export type FigureComparison = z.infer<typeof FigureComparisonSchema>;
