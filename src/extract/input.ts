import { assertString, GtCorpusArgumentError } from '../errors';
import type { Article, Paragraph, Published } from '../model/article';

/** What an extractor runs over: one article's paragraphs and what is known about it. */
export interface ExtractionInput {
  articleId: string;
  paragraphs: readonly Paragraph[];
  published: Published | null;
}

/** Article id given to text passed as a plain string. */
export const TEXT_ARTICLE_ID = 'text';

/**
 * The paragraphs of a plain text: blocks separated by blank lines, each the
 * exact slice of the input (ends trimmed, inner line breaks kept), so that
 * `text.slice(p.source.start + item.start, p.source.start + item.end) === item.text`.
 *
 * @example
 * paragraphsOf('First paragraph.\n\nSecond one.').map((p) => p.id) // => ['text:p1', 'text:p2']
 */
export function paragraphsOf(text: string, articleId: string = TEXT_ARTICLE_ID): Paragraph[] {
  assertString(text, 'text');
  return Array.from(text.matchAll(block), (match, index) => {
    const start = match.index!;
    const end = start + match[0].length;
    return { id: `${articleId}:p${index + 1}`, index, text: match[0], heading: null, source: { start, end } };
  });
}

/**
 * The blocks of splitBlocks (src/ingest/blocks.ts) without its streaming reader
 * and whitespace normalization, which paragraphs do not need: from a
 * non-whitespace character to the last one before a blank line (a line of
 * whitespace only; lines end at CRLF, CR or LF) or the end.
 */
const block = /\S(?:[^\r\n]*\S|[^\S\r\n]*(?:\r\n|\r|\n)(?=[^\r\n]*\S))*/g;

/**
 * Normalizes the `input` argument of every `extract*` function: a string (split
 * into paragraphs) or an Article (used as is).
 */
export function toExtractionInput(input: unknown, parameter = 'input'): ExtractionInput {
  if (typeof input === 'string') return { articleId: TEXT_ARTICLE_ID, paragraphs: paragraphsOf(input), published: null };
  if (typeof input === 'object' && input !== null && typeof (input as Article).id === 'string' && Array.isArray((input as Article).paragraphs)) {
    const article = input as Article;
    for (const [i, p] of article.paragraphs.entries()) {
      if (typeof p?.text !== 'string' || typeof p.id !== 'string') {
        throw new GtCorpusArgumentError(`${parameter}.paragraphs[${i}]`, 'a paragraph with string `id` and `text`', p);
      }
    }
    return { articleId: article.id, paragraphs: article.paragraphs, published: article.published ?? null };
  }
  throw new GtCorpusArgumentError(parameter, 'a string or an Article', input);
}
