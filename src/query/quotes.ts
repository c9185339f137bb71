import { frozenOnce } from '../deep-freeze';
import { assertOptions, assertString, GtCorpusArgumentError } from '../errors';
import { quotesData, termsData } from '../generated/quotes';
import { isOneOf, quoteKinds } from '../model/enums';
import type { Quote, QuoteKind, Term } from '../model/quote';

const bundledQuotes: () => readonly Quote[] = frozenOnce(quotesData);
const bundledTerms: () => readonly Term[] = frozenOnce(termsData);

export interface QuoteFilter {
  articleId?: string;
  /** A speaker's name or part of it ("Song", "Song Wei", "experts"), case-insensitive. */
  speaker?: string;
  kind?: QuoteKind;
}

export interface TermFilter {
  articleId?: string;
  /** Case-insensitive substring of the term. */
  text?: string;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘]/g, "'");
const tokens = (s: string) => fold(s).split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/** Whether `query` names this speaker: every query word is a word of the canonical name. */
export function speakerMatches(quote: Quote, query: string): boolean {
  if (!quote.speaker) return false;
  const wanted = tokens(query);
  if (wanted.length === 0) return false;
  const have = new Set(tokens(quote.speaker.name));
  return wanted.every((w) => have.has(w));
}

/**
 * Quotes of the bundled corpus (computed at build time), optionally filtered
 * by article, speaker and kind, in corpus order.
 *
 * @example
 * quotes({ speaker: 'Song Wei', kind: 'direct' }).length // => 1
 */
export function quotes(filter: QuoteFilter = {}): readonly Quote[] {
  assertOptions(filter, 'filter', ['articleId', 'speaker', 'kind']);
  const { articleId, speaker, kind } = filter;
  if (articleId !== undefined) assertString(articleId, 'filter.articleId');
  if (speaker !== undefined) assertString(speaker, 'filter.speaker');
  if (kind !== undefined && !isOneOf(quoteKinds, kind)) throw new GtCorpusArgumentError('filter.kind', "'direct', 'partial' or 'indirect'", kind);
  return bundledQuotes().filter(
    (q) => (articleId === undefined || q.articleId === articleId) && (kind === undefined || q.kind === kind) && (speaker === undefined || speakerMatches(q, speaker)),
  );
}

/**
 * Every statement attributed to a speaker in the bundled corpus, matched by
 * name or part of it: `quotesBy('Song')` finds Song Wei's quotes, including
 * those where the text says only "Song" or "he".
 *
 * @example
 * quotesBy('Song').length > 3 // => true
 */
export function quotesBy(speaker: string): readonly Quote[] {
  assertString(speaker, 'speaker');
  return quotes({ speaker });
}

/**
 * Quoted terms of the bundled corpus: scare quotes, coined phrases and titles
 * in quotation marks.
 *
 * @example
 * terms({ text: 'de-risking' }).length // => 2
 */
export function terms(filter: TermFilter = {}): readonly Term[] {
  assertOptions(filter, 'filter', ['articleId', 'text']);
  const { articleId, text } = filter;
  if (articleId !== undefined) assertString(articleId, 'filter.articleId');
  if (text !== undefined) assertString(text, 'filter.text');
  const needle = text === undefined ? undefined : fold(text);
  return bundledTerms().filter((t) => (articleId === undefined || t.articleId === articleId) && (needle === undefined || fold(t.text).includes(needle)));
}
