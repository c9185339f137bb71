import { GtCorpusArgumentError } from '../errors';
import { deepFreeze } from '../deep-freeze';
import type { Article, Image, Paragraph, Section } from '../model/article';
import type { Message } from '../model/message';
import { createBlockReader, type Block } from './blocks';
import { createClassifier, type ClassifiedBlock, type ImageDraft } from './classify';
import { parseHeadline, slugify } from './headline';

/** What a streaming parse produces, in input order: a finished article, or a message about the input. */
export type CorpusEvent =
  | { readonly type: 'article'; readonly article: Article }
  | { readonly type: 'message'; readonly message: Message };

/** A dump parser fed in chunks; see {@link createCorpusParser}. */
export interface CorpusParser {
  /** Feeds the next chunk of the dump; returns the articles and messages it completed. */
  write(chunk: string): CorpusEvent[];
  /** Ends the dump; returns the last article and any remaining messages. */
  end(): CorpusEvent[];
}

/**
 * Parses a dump fed in chunks of any size — lines and CRLF pairs may be cut
 * anywhere — and hands back each article as soon as the next headline proves
 * it complete. The events equal {@link parseCorpus} on the whole text (the same
 * articles, ids, offsets into the whole input and messages, in the same
 * order), while memory holds one article and a few blocks, plus the ids seen
 * so far (to number duplicates as `parseCorpus` does).
 *
 * @example
 * const parser = createCorpusParser();
 * const ids = [];
 * for (const chunk of ['Copper output hits record high\n\nCopper out', 'put rose 5 percent.\n']) {
 *   for (const e of parser.write(chunk)) if (e.type === 'article') ids.push(e.article.id);
 * }
 * for (const e of parser.end()) if (e.type === 'article') ids.push(e.article.id);
 * ids // => ['copper-output-hits-record-high']
 */
export function createCorpusParser(): CorpusParser {
  const reader = createBlockReader();
  const classifier = createClassifier();
  const usedIds = new Map<string, number>();
  let draft: ArticleDraft | undefined;
  let sawBlock = false;

  const take = (items: readonly ClassifiedBlock[], out: CorpusEvent[]) => {
    for (const item of items) {
      const { block, role } = item;
      if (role.type === 'headline') {
        finish(out);
        draft = { headline: block, blocks: [] };
      } else if (!draft) {
        out.push(message({ ruleId: 'text-before-headline', reason: `Text before the first headline belongs to no article: “${excerpt(block.text)}”`, severity: 'warning', place: block.place, source: { start: block.start, end: block.end } }));
      } else {
        draft.blocks.push(item);
      }
    }
  };
  const finish = (out: CorpusEvent[]) => {
    if (!draft) return;
    const messages: Message[] = [];
    const article = finishArticle(draft, usedIds, messages);
    draft = undefined;
    out.push(deepFreeze({ type: 'article', article }));
    for (const m of messages) out.push(message(m));
  };
  const feed = (blocks: readonly Block[], out: CorpusEvent[]) => {
    for (const block of blocks) {
      sawBlock = true;
      take(classifier.push(block), out);
    }
  };

  return {
    write(chunk) {
      if (typeof chunk !== 'string') throw new GtCorpusArgumentError('chunk', 'a string', chunk);
      const out: CorpusEvent[] = [];
      feed(reader.write(chunk), out);
      return out;
    },
    end() {
      const out: CorpusEvent[] = [];
      feed(reader.end(), out);
      take(classifier.end(), out);
      finish(out);
      if (!sawBlock) {
        out.push(message({ ruleId: 'empty-input', reason: 'The input holds no text, so there are no articles', severity: 'warning', place: { line: 1, column: 1 }, source: { start: 0, end: reader.length } }));
      }
      return out;
    },
  };
}

/**
 * Parses a dump read as a stream of text chunks (a Node stream with an
 * encoding set, a `ReadableStream` piped through `TextDecoderStream`, or any
 * iterable of strings) and yields articles and messages as they complete. The
 * streaming form of {@link parseCorpus}, for dumps too large to hold.
 *
 * @example
 * import { createReadStream } from 'node:fs';
 * // The package's own raw dump; any file of the same shape works.
 * for await (const event of parseCorpusStream(createReadStream('corpus/raw/global-times-2024.txt', 'utf8'))) {
 *   if (event.type === 'article') console.log(event.article.id);
 * }
 */
export async function* parseCorpusStream(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CorpusEvent, void, undefined> {
  if (typeof chunks !== 'object' || chunks === null || (!(Symbol.asyncIterator in chunks) && !(Symbol.iterator in chunks))) {
    throw new GtCorpusArgumentError('chunks', 'an iterable or async iterable of strings', chunks);
  }
  const parser = createCorpusParser();
  for await (const chunk of chunks) yield* parser.write(chunk);
  yield* parser.end();
}

const message = (m: Message): CorpusEvent => deepFreeze({ type: 'message', message: m });

interface ArticleDraft {
  headline: Block;
  blocks: ClassifiedBlock[];
}

function finishArticle(draft: ArticleDraft, usedIds: Map<string, number>, messages: Message[]): Article {
  const title = draft.headline.text;
  const parts = parseHeadline(title);
  const baseId = slugify(parts.core);
  const seen = usedIds.get(baseId) ?? 0;
  usedIds.set(baseId, seen + 1);
  const id = seen === 0 ? baseId : `${baseId}-${seen + 1}`;
  if (seen > 0) {
    messages.push({
      ruleId: 'duplicate-article-id',
      reason: `Another article already has the id “${baseId}”; this one is “${id}”`,
      severity: 'info',
      place: draft.headline.place,
      source: { start: draft.headline.start, end: draft.headline.end },
    });
  }

  const paragraphs: Paragraph[] = [];
  const images: Image[] = [];
  const sections: Section[] = [];
  let heading: string | null = null;
  let lastImage: ImageDraft | undefined;
  let end = draft.headline.end;
  let wordCount = 0;
  for (const { block, role, words } of draft.blocks) {
    end = block.end;
    if (role.type === 'caption') {
      if (role.image === lastImage) continue; // second copy of the same caption
      lastImage = role.image;
      images.push({ id: `${id}:img${images.length + 1}`, ...role.image, position: paragraphs.length });
    } else if (role.type === 'subheading') {
      const current = sections[sections.length - 1];
      if (current) current.end = paragraphs.length;
      heading = block.text;
      sections.push({ heading, start: paragraphs.length, end: paragraphs.length });
    } else if (role.type === 'paragraph') {
      if (sections.length === 0) sections.push({ heading: null, start: 0, end: 0 });
      wordCount += words;
      paragraphs.push({
        id: `${id}:p${paragraphs.length + 1}`,
        index: paragraphs.length,
        text: block.text,
        heading,
        source: { start: block.start, end: block.end },
      });
      sections[sections.length - 1]!.end = paragraphs.length;
    }
  }
  if (paragraphs.length === 0) {
    messages.push({
      ruleId: 'article-without-body',
      reason: `The article “${excerpt(title)}” has no body paragraphs`,
      severity: 'warning',
      place: draft.headline.place,
      source: { start: draft.headline.start, end: draft.headline.end },
    });
  }
  const kind = parts.attribution && /\beditorial$/i.test(parts.attribution) ? 'editorial' : parts.column ? 'column' : 'news';
  return {
    id,
    title,
    kind,
    ...(parts.column ? { column: parts.column } : {}),
    ...(parts.attribution ? { attribution: parts.attribution } : {}),
    published: null,
    images,
    sections,
    paragraphs,
    wordCount,
    source: { start: draft.headline.start, end },
  };
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
