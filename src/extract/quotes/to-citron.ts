import { GtCorpusArgumentError } from '../../errors';
import type { Article, Paragraph } from '../../model/article';
import type { Quote } from '../../model/quote';

/** A span in citron's format. */
export interface CitronSpan {
  start: number;
  end: number;
  text: string;
}

/** One quote in citron's annotation format (BBC R&D): cue, sources and contents spans. */
export interface CitronQuote {
  cue: CitronSpan;
  sources: CitronSpan[];
  contents: CitronSpan[];
  /** The gt-corpus quote ids merged into this citron quote. */
  id: string;
}

/** A citron document: one per paragraph, since gt-corpus offsets are paragraph-relative. */
export interface CitronDocument {
  /** The paragraph id. */
  id: string;
  /** The paragraph text, when the paragraphs were passed in. */
  text?: string;
  quotes: CitronQuote[];
}

/**
 * Exports quotes in the JSON format of BBC's citron (cue, sources, contents),
 * one document per paragraph. Quotes that share a cue and speaker — the two
 * halves of “A,” X said, “B.” — become one citron quote with two contents.
 * Quotes without a cue (carried over from context) have no citron equivalent
 * and are left out.
 *
 * @param source The article (or paragraphs) the quotes came from, to include each paragraph's text.
 * @example
 * const article = getArticle('trade-with-china-mainly-settled')!;
 * const docs = toCitron(extractQuotes(article), article);
 * docs[0].quotes[0].cue.text // => 'said'
 */
export function toCitron(quotes: readonly Quote[], source?: Article | readonly Paragraph[]): CitronDocument[] {
  if (!Array.isArray(quotes)) throw new GtCorpusArgumentError('quotes', 'an array of quotes', quotes);
  if (source !== undefined && !Array.isArray(source) && !(typeof source === 'object' && source !== null && Array.isArray((source as Article).paragraphs))) {
    throw new GtCorpusArgumentError('source', 'an Article or an array of paragraphs', source);
  }
  const paragraphs = source === undefined ? undefined : Array.isArray(source) ? (source as readonly Paragraph[]) : (source as Article).paragraphs;
  const textOf = new Map(paragraphs?.map((p) => [p.id, p.text]));
  const documents = new Map<string, CitronDocument>();
  const merged = new Map<string, CitronQuote>();
  for (const quote of quotes) {
    if (!quote.cue) continue;
    let doc = documents.get(quote.paragraphId);
    if (!doc) {
      const text = textOf.get(quote.paragraphId);
      doc = { id: quote.paragraphId, ...(text === undefined ? {} : { text }), quotes: [] };
      documents.set(quote.paragraphId, doc);
    }
    const content = { start: quote.start, end: quote.end, text: quote.text };
    const key = `${quote.paragraphId}\u0000${quote.cue.start}\u0000${quote.speaker?.name ?? ''}`;
    const existing = merged.get(key);
    if (existing) {
      existing.contents.push(content);
      existing.id += ` ${quote.id}`;
      continue;
    }
    const speaker = quote.speaker;
    const citron: CitronQuote = {
      cue: { start: quote.cue.start, end: quote.cue.end, text: quote.cue.text },
      sources: speaker?.mention != null && speaker.start != null && speaker.end != null ? [{ start: speaker.start, end: speaker.end, text: speaker.mention }] : [],
      contents: [content],
      id: quote.id,
    };
    merged.set(key, citron);
    doc.quotes.push(citron);
  }
  return [...documents.values()];
}
