import { assertString } from '../errors';
import { deepFreeze } from '../deep-freeze';
import type { Article } from '../model/article';
import type { Message } from '../model/message';
import { createCorpusParser } from './corpus-stream';

/** The result of reading a dump: the articles found and what was odd about it. */
export interface ParsedCorpus {
  readonly articles: readonly Article[];
  readonly messages: readonly Message[];
}

/**
 * Splits a dump of news articles pasted one after another with no separators
 * (headline, photo caption usually given twice, body paragraphs, subheadings)
 * into articles. Every non-blank line of the input lands in exactly one
 * headline, caption, subheading or paragraph, or in a message saying why not.
 * For dumps too large to hold in memory, use {@link parseCorpusStream}, which
 * gives the same result piece by piece.
 *
 * @param raw The whole dump; LF, CRLF and CR line endings all work.
 * @returns Deeply frozen articles (with `published: null`, since dumps carry no dates) and messages.
 * @example
 * const dump = 'Copper output hits record high: experts\n\nMiners at work in Bor. Photo: Xinhua\n\n' +
 *   'Miners at work in Bor. Photo: Xinhua\n\nCopper output rose 5 percent in 2023, the company said.\n';
 * const { articles, messages } = parseCorpus(dump);
 * articles.map((a) => [a.id, a.attribution, a.images[0]?.credit, a.paragraphs.length])
 * // => [['copper-output-hits-record-high', 'experts', 'Photo: Xinhua', 1]]
 * messages // => []
 */
export function parseCorpus(raw: string): ParsedCorpus {
  assertString(raw, 'raw');
  // The streaming parser over one chunk: one implementation, so the two can never disagree.
  const parser = createCorpusParser();
  const articles: Article[] = [];
  const messages: Message[] = [];
  for (const event of [...parser.write(raw), ...parser.end()]) {
    if (event.type === 'article') articles.push(event.article);
    else messages.push(event.message);
  }
  return deepFreeze({ articles, messages });
}
