/**
 * The values of every enum in the data model, as plain arrays. The zod
 * schemas in this folder build their enums from these arrays (so the schemas
 * stay the source of truth for the types), and runtime code that only needs
 * to check a value — `quotes({ kind })`, `figures({ kind })`,
 * `entities({ type })` — checks against them, which keeps zod out of the main
 * entry: importing `gt-corpus` does not load it (see tests/package/no-zod.test.ts).
 *
 * This module must not import zod or anything that does.
 */

/** `ArticleKindSchema`. */
export const articleKinds = ['editorial', 'column', 'news'] as const;
/** `PublishedSchema.precision`. */
export const datePrecisions = ['year', 'month', 'day', 'minute'] as const;
/** `PublishedSchema.method`. */
export const dateMethods = ['publisher', 'inferred'] as const;
/** `MessageSchema.severity`. */
export const messageSeverities = ['info', 'warning', 'error'] as const;

/** `QuoteKindSchema`. */
export const quoteKinds = ['direct', 'partial', 'indirect'] as const;
/** `SpeakerTypeSchema`. */
export const speakerTypes = ['person', 'organization', 'group', 'unknown'] as const;

/** `FigureKindSchema`: the eight kinds of numeric expression the extractor knows. */
export const figureKinds = ['money', 'percent', 'quantity', 'count', 'duration', 'ordinal', 'year', 'date'] as const;
/** `QualifierBoundSchema`. */
export const qualifierBounds = ['lower', 'upper', 'approximate'] as const;
/** `ChangeSchema`. */
export const changes = ['up', 'down'] as const;

/** `EntityTypeSchema`. */
export const entityTypes = ['person', 'organization', 'place', 'initiative', 'event'] as const;

/** The `agreement` of a `fact` link reason. */
export const factAgreements = ['agree', 'rounding'] as const;
/** `FigureComparisonSchema.classification`. */
export const comparisonClassifications = ['agree', 'rounding', 'conflict', 'time-series'] as const;

/** Whether `value` is one of `values` (a type guard for the enum arrays above). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
