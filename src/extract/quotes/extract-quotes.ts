import { deepFreeze } from '../../deep-freeze';
import type { Article } from '../../model/article';
import type { Quote, Term } from '../../model/quote';
import { toExtractionInput } from '../input';
import { analyzeQuotes } from './analyze';

/** Gives items ids `<paragraphId>:<prefix><n>`, numbered per paragraph in order of offset. */
function numbered<T extends { id: string; paragraphId: string; start: number; end: number }>(items: T[], prefix: string): T[] {
  const counters = new Map<string, number>();
  return [...items]
    .sort((a, b) => (a.paragraphId === b.paragraphId ? a.start - b.start || a.end - b.end : 0))
    .map((item) => {
      const n = (counters.get(item.paragraphId) ?? 0) + 1;
      counters.set(item.paragraphId, n);
      return { ...item, id: `${item.paragraphId}:${prefix}${n}` };
    });
}

/**
 * Finds who said what in an article or any English news text: direct quotes
 * (“…,” X said), partial quotes (a quoted fragment inside the writer's
 * sentence) and reported speech (X said that …; …, according to Y), each with
 * its reporting cue and a speaker resolved inside the text (surname → full
 * name, "the envoy" → the ambassador, "he" → the latest speaker).
 *
 * @param input An Article, or plain text whose paragraphs are separated by blank lines.
 * @returns Deeply frozen quotes in text order; offsets refer to `paragraph.text`.
 * @example
 * const [q] = extractQuotes('“We will act,” Maria Lopez, a city spokeswoman, said.');
 * q.kind // => 'direct'
 * q.text // => 'We will act,'
 * q.speaker?.name // => 'Maria Lopez'
 * q.speaker?.role // => 'a city spokeswoman'
 */
export function extractQuotes(input: string | Article): readonly Quote[] {
  return deepFreeze(numbered(analyzeQuotes(toExtractionInput(input)).quotes, 'q'));
}

/**
 * Quoted terms — scare quotes, coined phrases, names and titles in quotation
 * marks (the “overcapacity” narrative, a forum titled “…”) — which are not
 * anyone's speech.
 *
 * @example
 * extractTerms('Critics called it the “green wall” policy.').map((t) => t.text) // => ['green wall']
 */
export function extractTerms(input: string | Article): readonly Term[] {
  return deepFreeze(numbered(analyzeQuotes(toExtractionInput(input)).terms, 't'));
}

/** Quotes and terms in one pass, as the build uses them. */
export function extractQuotesAndTerms(input: string | Article): { readonly quotes: readonly Quote[]; readonly terms: readonly Term[] } {
  const { quotes, terms } = analyzeQuotes(toExtractionInput(input));
  return deepFreeze({ quotes: numbered(quotes, 'q'), terms: numbered(terms, 't') });
}
