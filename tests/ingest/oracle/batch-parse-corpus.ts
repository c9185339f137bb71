// The batch parseCorpus as it was before the streaming refactor (whole-input
// classification), kept verbatim as an oracle: the window-based parser must
// give exactly the same articles and messages on any arrangement of blocks.
import { assertString } from '../../../src/errors';
import { deepFreeze } from '../../../src/deep-freeze';
import type { Article, Image, Paragraph, Section } from '../../../src/model/article';
import type { Message } from '../../../src/model/message';
import { countWords } from '../../../src/text/whitespace';
import { batchSplitBlocks as splitBlocks, type Block } from './batch-split-blocks';
import { isCaptionCopy, splitCredit } from '../../../src/ingest/captions';
import { parseHeadline, slugify } from '../../../src/ingest/headline';

/** The result of reading a dump: the articles found and what was odd about it. */
export interface ParsedCorpus {
  readonly articles: readonly Article[];
  readonly messages: readonly Message[];
}

type Role =
  | { type: 'headline' }
  | { type: 'caption'; image: number }
  | { type: 'subheading' }
  | { type: 'paragraph' }
  | { type: 'orphan'; ruleId: string; reason: string };

interface ImageDraft {
  caption: string;
  credit: string;
  alt?: string;
}

const terminal = /[.!?…:;]["'”’»)\]]*$/;
const opensWithQuote = /^["'“‘«]/;
const endsWithReportingVerb = /\b(?:said|says|added|adds|noted|notes|told|asked|wrote|stated)$/i;
const wordCount = (text: string) => countWords(text);

const isSentence = (text: string) => terminal.test(text);
const canBeHeadline = (text: string) =>
  !isSentence(text) && !opensWithQuote.test(text) && !endsWithReportingVerb.test(text) && wordCount(text) >= 3;

/**
 * Splits a dump of news articles pasted one after another with no separators
 * (headline, photo caption usually given twice, body paragraphs, subheadings)
 * into articles. Every non-blank line of the input lands in exactly one
 * headline, caption, subheading or paragraph, or in a message saying why not.
 *
 * @param raw The whole dump; LF, CRLF and CR line endings all work.
 * @returns Deeply frozen articles (with `published: null`, since dumps carry no dates) and messages.
 * @example
 * const { articles, messages } = parseCorpus(dumpText);
 * articles[0].title; // the first headline
 */
export function batchParseCorpus(raw: string): ParsedCorpus {
  assertString(raw, 'raw');
  const blocks = splitBlocks(raw);
  const messages: Message[] = [];
  if (blocks.length === 0) {
    messages.push({
      ruleId: 'empty-input',
      reason: 'The input holds no text, so there are no articles',
      severity: 'warning',
      place: { line: 1, column: 1 },
      source: { start: 0, end: raw.length },
    });
    return deepFreeze({ articles: [], messages });
  }

  const { roles, images } = classify(blocks);
  const articles: Article[] = [];
  const usedIds = new Map<string, number>();
  let draft: ArticleDraft | undefined;

  const finish = () => {
    if (!draft) return;
    const article = finishArticle(draft, usedIds, messages);
    articles.push(article);
    draft = undefined;
  };

  blocks.forEach((block, i) => {
    const role = roles[i]!;
    if (role.type === 'headline') {
      finish();
      draft = { headline: block, blocks: [] };
      return;
    }
    if (role.type === 'orphan' || !draft) {
      const why = role.type === 'orphan' ? role : { ruleId: 'text-before-headline', reason: 'Text before the first headline belongs to no article' };
      messages.push({ ruleId: why.ruleId, reason: `${why.reason}: “${excerpt(block.text)}”`, severity: 'warning', place: block.place, source: { start: block.start, end: block.end } });
      return;
    }
    draft.blocks.push({ block, role, image: role.type === 'caption' ? images[role.image] : undefined });
  });
  finish();
  return deepFreeze({ articles, messages });
}

interface ArticleDraft {
  headline: Block;
  blocks: Array<{ block: Block; role: Role; image: ImageDraft | undefined }>;
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
  for (const { block, role, image } of draft.blocks) {
    end = block.end;
    if (role.type === 'caption' && image) {
      if (image === lastImage) continue; // second copy of the same caption
      lastImage = image;
      images.push({ id: `${id}:img${images.length + 1}`, ...image, position: paragraphs.length });
    } else if (role.type === 'subheading') {
      const current = sections[sections.length - 1];
      if (current) current.end = paragraphs.length;
      heading = block.text;
      sections.push({ heading, start: paragraphs.length, end: paragraphs.length });
    } else if (role.type === 'paragraph') {
      if (sections.length === 0) sections.push({ heading: null, start: 0, end: 0 });
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
    wordCount: paragraphs.reduce((sum, p) => sum + countWords(p.text), 0),
    source: { start: draft.headline.start, end },
  };
}

/**
 * Decides what each block is. Captions are recognised by their credit, their
 * copies by similarity, headlines by standing unpunctuated right before a
 * caption (or, failing a caption, by shape), subheadings by being short and
 * unpunctuated inside an article.
 */
function classify(blocks: Block[]): { roles: Role[]; images: ImageDraft[] } {
  const roles: Array<Role | undefined> = new Array(blocks.length);
  const images: ImageDraft[] = [];
  const imageStart = new Map<number, number>(); // first block index of an image group → image index

  for (let i = 0; i < blocks.length; i++) {
    if (roles[i]) continue;
    const parts = splitCredit(blocks[i]!.text);
    if (!parts) continue;
    const members = [i];
    const previous = blocks[i - 1];
    const next = blocks[i + 1];
    if (previous && !roles[i - 1] && !isSentenceLike(previous.text) && isCaptionCopy(previous.text, blocks[i]!.text)) {
      members.unshift(i - 1);
    } else if (next && isCaptionCopy(blocks[i]!.text, next.text)) {
      members.push(i + 1);
    }
    const texts = members.map((m) => blocks[m]!.text);
    // The fuller copy is the caption; a differing copy is kept as `alt`.
    const full = texts.reduce((a, b) => (b.length > a.length ? b : a));
    const fullParts = splitCredit(full) ?? parts;
    const other = texts.find((t) => t !== full);
    const image: ImageDraft = { caption: fullParts.caption, credit: fullParts.credit };
    if (other !== undefined) image.alt = splitCredit(other)?.caption ?? other;
    const index = images.push(image) - 1;
    for (const m of members) roles[m] = { type: 'caption', image: index };
    imageStart.set(members[0]!, index);
  }

  let inArticle = false;
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i]) {
      continue;
    }
    const text = blocks[i]!.text;
    const beforeImage = imageStart.has(i + 1);
    const next = blocks[i + 1];
    const headline =
      i === 0 ||
      (beforeImage && canBeHeadline(text)) ||
      (canBeHeadline(text) && wordCount(text) >= 6 && (!next || isSentence(next.text)) && (i === 0 || isSentence(blocks[i - 1]!.text) || roles[i - 1]?.type === 'caption'));
    if (headline) {
      roles[i] = { type: 'headline' };
      inArticle = true;
    } else if (inArticle && !isSentence(text) && !opensWithQuote.test(text) && wordCount(text) <= 8) {
      roles[i] = { type: 'subheading' };
    } else {
      roles[i] = { type: 'paragraph' };
    }
  }
  // A caption at the very start has no article to go to.
  return { roles: roles.map((r) => r ?? { type: 'paragraph' }), images };
}

// A block that reads as running prose cannot be the truncated first copy of a caption.
function isSentenceLike(text: string): boolean {
  return isSentence(text) && wordCount(text) > 30;
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
