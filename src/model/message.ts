import { z } from 'zod';
import { messageSeverities } from './enums';

/** 1-based line and column in the input text. */
export const PlaceSchema = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});

/**
 * A problem found while reading input that did not stop the parse — modelled on
 * unified's VFileMessage: where, why, and which rule noticed it.
 */
export const MessageSchema = z.object({
  ruleId: z.string(),
  reason: z.string(),
  severity: z.enum(messageSeverities),
  place: PlaceSchema,
  /** Offsets into the input of the text the message is about. */
  source: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
});

export type Place = z.infer<typeof PlaceSchema>;
export type Message = z.infer<typeof MessageSchema>;
