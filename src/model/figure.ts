import { z } from 'zod';
import { changes, figureKinds, qualifierBounds } from './enums';

/** What a figure is: the eight kinds of numeric expression the extractor knows. */
export const FigureKindSchema = z.enum(figureKinds);

/** How a qualifier word bounds the figure: "more than" → lower, "up to" → upper, "about" → approximate. */
export const QualifierBoundSchema = z.enum(qualifierBounds);

/** The hedge in front of a figure, as written ("more than", "nearly"), and what it means. */
export const QualifierSchema = z.object({
  /** The qualifier words exactly as in the text. */
  text: z.string().min(1),
  bound: QualifierBoundSchema,
});

/** Set when the figure itself is the size of a change ("up 26.3 percent", "slipped 7.1 percent"). */
export const ChangeSchema = z.enum(changes);

/** `2024-05-16`, `2024-05`, `2024`, or `--05-16` / `--05` when the year is unknown. */
const isoFigureDate = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$/;

/**
 * One number expression in a paragraph, normalized. Offsets are UTF-16 code
 * units into the paragraph text: `paragraph.text.slice(start, end) === text`.
 */
export const FigureSchema = z
  .object({
    /** `<paragraphId>:f<n>`, n from 1 in order of `start` within the paragraph. */
    id: z.string(),
    articleId: z.string(),
    paragraphId: z.string(),
    /** The span as written: number, currency, scale word, unit or counted noun, rate denominator. */
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    kind: FigureKindSchema,
    /**
     * Base-unit number (`$2.498 billion` → 2498000000, `70 percent` → 70), or for
     * dates an ISO string (`--MM-DD` / `--MM` when the year is unknown).
     */
    value: z.union([z.number(), z.string().regex(isoFigureDate, 'an ISO date')]),
    /** False when `value` is only the nearest double to what the text says (too many digits, beyond Number.MAX_SAFE_INTEGER, or a repeating fraction). */
    exact: z.boolean(),
    /**
     * ISO 4217 code for money; `percent` / `percentage point` / `basis point`;
     * a singular US-spelled unit for quantities (`ton`, `square kilometer`);
     * the singular counted noun for counts (`job`, `person`); `year`, `month`, …
     * for durations; the ranked noun for ordinals (`anniversary`); null for
     * years, dates and bare numbers.
     */
    unit: z.string().min(1).nullable(),
    qualifier: QualifierSchema.nullable(),
    change: ChangeSchema.nullable(),
    /** Rate denominator: "tons per year" → `year`, "$74.31 a barrel" → `barrel`. */
    per: z.string().min(1).nullable(),
    /** Short phrase for what is measured, when the sentence says it ("copper production"). */
    measure: z.string().min(1).nullable(),
    /** The year or date the figure refers to, when the sentence states it (`2023`, `2023-07`). */
    period: z.string().min(1).nullable(),
  })
  .check((ctx) => {
    const f = ctx.value;
    if (f.end <= f.start) ctx.issues.push({ code: 'custom', message: '`end` must be greater than `start`', input: f.end, path: ['end'] });
    if (f.end - f.start !== f.text.length) ctx.issues.push({ code: 'custom', message: '`end - start` must equal the length of `text`', input: f.text, path: ['text'] });
    if ((f.kind === 'date') !== (typeof f.value === 'string')) {
      ctx.issues.push({ code: 'custom', message: 'dates have an ISO string value, every other kind a number', input: f.value, path: ['value'] });
    }
  });

export type FigureKind = z.infer<typeof FigureKindSchema>;
export type QualifierBound = z.infer<typeof QualifierBoundSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type Figure = z.infer<typeof FigureSchema>;
