import { countWords } from '../text/whitespace';
import type { Block } from './blocks';
import { isCaptionCopy, splitCredit } from './captions';

/** One photo: its caption, credit and, when the dump gives a differing copy, that copy. */
export interface ImageDraft {
  caption: string;
  credit: string;
  alt?: string;
}

/** What a block is. Both copies of a caption share one `image` object. */
export type Role =
  | { type: 'headline' }
  | { type: 'caption'; image: ImageDraft }
  | { type: 'subheading' }
  | { type: 'paragraph' };

/** A block with its final role. */
export interface ClassifiedBlock {
  block: Block;
  role: Role;
  /** Words in the block's text (counted once, here). */
  words: number;
}

/** Classifies blocks fed one at a time; see {@link createClassifier}. */
export interface Classifier {
  /** Feeds the next block; returns the blocks whose role is now certain, in order. */
  push(block: Block): ClassifiedBlock[];
  /** Ends the input; returns the remaining blocks. */
  end(): ClassifiedBlock[];
}

const opensWithQuote = /^["'“‘«]/;
const endsWithReportingVerb = /\b(?:said|says|added|adds|noted|notes|told|asked|wrote|stated)$/i;

// Ends in . ! ? … : or ; with only closing quotes or brackets after it, like
// /[.!?…:;]["'”’»)\]]*$/ but read from the end: the regex would scan the whole block.
const closers = new Set(['"', "'", '”', '’', '»', ')', ']']);
const terminals = new Set(['.', '!', '?', '…', ':', ';']);
const isSentence = (text: string) => {
  let i = text.length - 1;
  while (i >= 0 && closers.has(text[i]!)) i--;
  return i >= 0 && terminals.has(text[i]!);
};
const canBeHeadline = (entry: Entry) =>
  !isSentence(entry.block.text) && !opensWithQuote.test(entry.block.text) && !endsWithReportingVerb.test(entry.block.text) && entry.words >= 3;

// A block that reads as running prose cannot be the truncated first copy of a caption.
const isSentenceLike = (entry: Entry) => isSentence(entry.block.text) && entry.words > 30;

interface Entry {
  block: Block;
  words: number;
  /** Set by the caption pass. */
  caption?: Role & { type: 'caption' };
  /** Whether this block is the first of an image's caption copies. */
  imageStart?: boolean;
  /** Set by the second pass. */
  role?: Role;
}

/**
 * Decides what each block is. Captions are recognised by their credit, their
 * copies by similarity, headlines by standing unpunctuated right before a
 * caption (or, failing a caption, by shape), subheadings by being short and
 * unpunctuated inside an article.
 *
 * Every rule looks at most three blocks ahead and one behind, so the classifier
 * keeps a window of five blocks and hands each block back as soon as its role
 * can no longer change: the result equals classifying the whole input at once,
 * in memory independent of the input's size.
 */
export function createClassifier(): Classifier {
  // Blocks from global index `base` on; older ones are no longer looked at.
  const window: Entry[] = [];
  let base = 0;
  let total = 0;
  let captionsDone = 0; // blocks the caption pass has visited
  let rolesDone = 0; // blocks the second pass has visited
  let inArticle = false;
  const at = (i: number) => window[i - base];

  // Caption pass at block i: needs blocks i - 1 … i + 1, and the caption pass's
  // decisions so far (a copy already claimed cannot start another image).
  const captionPass = (i: number) => {
    const entry = at(i)!;
    if (entry.caption) return;
    const text = entry.block.text;
    const parts = splitCredit(text);
    if (!parts) return;
    const members = [entry];
    const previous = i > 0 ? at(i - 1) : undefined;
    const next = i + 1 < total ? at(i + 1) : undefined;
    if (previous && !previous.caption && !isSentenceLike(previous) && isCaptionCopy(previous.block.text, text)) {
      members.unshift(previous);
    } else if (next && isCaptionCopy(text, next.block.text)) {
      members.push(next);
    }
    const texts = members.map((m) => m.block.text);
    // The fuller copy is the caption; a differing copy is kept as `alt`.
    const full = texts.reduce((a, b) => (b.length > a.length ? b : a));
    const fullParts = splitCredit(full) ?? parts;
    const other = texts.find((t) => t !== full);
    const image: ImageDraft = { caption: fullParts.caption, credit: fullParts.credit };
    if (other !== undefined) image.alt = splitCredit(other)?.caption ?? other;
    const role = { type: 'caption', image } as const;
    for (const m of members) m.caption = role;
    members[0]!.imageStart = true;
  };

  // Second pass at block i: needs its final caption role (known once the
  // caption pass has visited i + 1), whether an image starts at i + 1 (known
  // once it has visited i + 2), and block i - 1's role.
  const rolePass = (i: number): ClassifiedBlock => {
    const entry = at(i)!;
    if (entry.caption) {
      entry.role = entry.caption;
      return { block: entry.block, role: entry.caption, words: entry.words };
    }
    const text = entry.block.text;
    const next = i + 1 < total ? at(i + 1) : undefined;
    const previous = i > 0 ? at(i - 1) : undefined;
    const beforeImage = next?.imageStart === true;
    const headline =
      i === 0 ||
      (beforeImage && canBeHeadline(entry)) ||
      (canBeHeadline(entry) &&
        entry.words >= 6 &&
        (!next || isSentence(next.block.text)) &&
        (!previous || isSentence(previous.block.text) || previous.role?.type === 'caption'));
    let role: Role;
    if (headline) {
      role = { type: 'headline' };
      inArticle = true;
    } else if (inArticle && !isSentence(text) && !opensWithQuote.test(text) && entry.words <= 8) {
      role = { type: 'subheading' };
    } else {
      role = { type: 'paragraph' };
    }
    entry.role = role;
    return { block: entry.block, role, words: entry.words };
  };

  const advance = (ended: boolean): ClassifiedBlock[] => {
    const out: ClassifiedBlock[] = [];
    while (captionsDone < (ended ? total : total - 1)) captionPass(captionsDone++);
    while (rolesDone < (ended ? total : captionsDone - 2)) out.push(rolePass(rolesDone++));
    // Keep one classified block behind for the rules that look back.
    const keepFrom = Math.max(base, rolesDone - 1);
    if (keepFrom > base) {
      window.splice(0, keepFrom - base);
      base = keepFrom;
    }
    return out;
  };

  return {
    push(block) {
      window.push({ block, words: countWords(block.text) });
      total++;
      return advance(false);
    },
    end() {
      return advance(true);
    },
  };
}
