/**
 * The best documents that have every one of some words: walk the word with
 * fewest postings (the "lead"), a block of 64 postings at a time, and look
 * the others up.
 *
 * Before a lead block is read, the block maxima of the other words' lists
 * over the same stretch of documents bound what any document in it can
 * score; when that cannot beat the k-th best, or when some word has no
 * posting in the stretch at all, the block is skipped whole. A document is
 * then only looked up when its own lead score plus those maxima could.
 *
 * A word that stands for several terms is merged into one list when it leads
 * (it must be walked in order) or when its merged block maxima are worth the
 * merge; otherwise its lists are looked up one by one, behind a bit set of
 * its documents when there are many lookups to make.
 */
import { blockSize } from './inverted-index';
import { Numbers, seek, sizeOf, slack, union, type List, type TopK, type Word } from './top-k';

export interface AllOptions {
  /** Lists of words the documents must not have (their own `all` pass scores them). */
  without?: Word;
  /** What a document's sum is multiplied by: the number of words it has (default: all of them). */
  factor?: number;
  /** The union of a word's lists (the caller may keep it for other passes; default: `union`). */
  merged?: (word: Word) => List;
}

/**
 * Adds to `bound[w]` the most any posting of `list` in documents
 * `first…last` can score (nothing when it has none there), moving
 * `cursor[i]` past blocks before `first`. (It adds rather than returns: a
 * returned number would be boxed on every call.)
 */
function addRangeMax(list: List, cursor: Int32Array, i: number, first: number, last: number, bound: Float64Array, w: number): void {
  const { docs, from, to, blocks, blockFrom } = list;
  if (from >= to) return;
  let b = cursor[i]!;
  // Skip blocks that end before `first`.
  while (from + (b + 1) * blockSize < to && docs[from + (b + 1) * blockSize - 1]! < first) b++;
  cursor[i] = b;
  if (docs[Math.min(from + (b + 1) * blockSize, to) - 1]! < first) return;
  let peak = 0;
  for (; from + b * blockSize < to && docs[from + b * blockSize]! <= last; b++) {
    if (blocks[blockFrom + b]! > peak) peak = blocks[blockFrom + b]!;
  }
  bound[w]! += peak * list.weight;
}

/** The highest document in any of `lists`. */
const maxDoc = (lists: Word): number => lists.reduce((most, { docs, from, to }) => (to > from && docs[to - 1]! > most ? docs[to - 1]! : most), 0);

// Bit sets of documents, kept from call to call (all zero while kept): a
// fresh one for every query would keep the garbage collector busy.
const spareBitSets: Uint32Array[] = [];

function bitSetOf(word: Word): Uint32Array {
  const length = (maxDoc(word) >>> 5) + 1;
  let bits = spareBitSets.pop();
  if (!bits || bits.length < length) bits = new Uint32Array(Math.max(length, bits?.length ?? 0));
  for (const { docs, from, to } of word) for (let p = from; p < to; p++) bits[docs[p]! >>> 5]! |= 1 << (docs[p]! & 31);
  return bits;
}

function giveBack(bits: Uint32Array): void {
  bits.fill(0);
  spareBitSets.push(bits);
}

// Kept from call to call (see Numbers).
const atOf = new Numbers();
const cursorOf = new Numbers();
const wordIndexOf = new Numbers();
const excludedAtOf = new Numbers();
const partOf = new Numbers();
const boundOf = new Numbers();

/** Pushes onto `top` the documents with every word of `query` (and none of `without`), scored by their summed scores times `factor`. */
export function topOfAll(query: readonly Word[], top: TopK, { without = [], factor = query.length, merged = union }: AllOptions = {}): void {
  const n = query.length;
  if (n === 0 || query.some((word) => sizeOf(word) === 0)) return;
  // The lead: fewest postings, counting twice those of a word of several lists, which must be merged first.
  const cost = query.map((word) => sizeOf(word) * (word.length > 1 ? 2 : 1));
  let leadWord = 0;
  for (let w = 1; w < n; w++) if (cost[w]! < cost[leadWord]!) leadWord = w;
  const lead = merged(query[leadWord]!);
  const leadSize = lead.to - lead.from;
  // Another word of several lists is merged too when it is not much longer than the lead: its
  // merged block maxima then bound its documents' sums closely, so that more lead blocks are
  // skipped. A longer one costs less to look up list by list.
  // The other words' lists, word after word; a document's lookups fill `part` in this order, so
  // every document sums the same way. (Arrays the loops read are made here, all alike, so that the
  // optimized loops keep to one shape of array.)
  const words: Word[] = [];
  const lists: List[] = [];
  for (let w = 0; w < n; w++) {
    const word = w !== leadWord && query[w]!.length > 1 && sizeOf(query[w]!) <= leadSize * 3 ? [merged(query[w]!)] : query[w]!;
    words.push(word);
    if (w !== leadWord) for (let i = 0; i < word.length; i++) lists.push(word[i]!);
  }
  const k = lists.length;
  const wordOf = wordIndexOf.int(k);
  for (let w = 0, i = 0; w < n; w++) if (w !== leadWord) for (let j = 0; j < words[w]!.length; j++) wordOf[i++] = w;
  const at = atOf.int(k);
  for (let i = 0; i < k; i++) at[i] = lists[i]!.from;
  const cursor = cursorOf.int(k);
  const part = partOf.float(k);
  const bound = boundOf.float(n);
  // Such a word is first tested in a bit set of its documents, which costs less than a lookup
  // in each of its lists for every lead document, unless it is far longer than the lead.
  const tested: Uint32Array[] = [];
  for (let w = 0; w < n; w++) if (w !== leadWord && words[w]!.length > 1 && sizeOf(words[w]!) <= leadSize * words[w]!.length * 8) tested.push(bitSetOf(words[w]!));
  try {
    const excluded: List[] = [];
    for (let x = 0; x < without.length; x++) if (without[x]!.to > without[x]!.from) excluded.push(without[x]!);
    const excludedAt = excludedAtOf.int(excluded.length);
    for (let x = 0; x < excluded.length; x++) excludedAt[x] = excluded[x]!.from;

    const { docs: leadDocs, scores: leadScores, weight: leadWeight, from: leadFrom, to: leadTo, blocks: leadBlocks, blockFrom: leadBlockFrom } = lead;
    let threshold = top.threshold;
    for (let start = leadFrom, block = leadBlockFrom; start < leadTo; start += blockSize, block++) {
      const stop = Math.min(start + blockSize, leadTo);
      // What the other words can add to any document of this block, word by word.
      bound.fill(0, 0, n);
      for (let i = 0; i < k; i++) addRangeMax(lists[i]!, cursor, i, leadDocs[start]!, leadDocs[stop - 1]!, bound, wordOf[i]!);
      let rest = 0;
      let missing = false;
      for (let w = 0; w < n; w++) {
        if (w === leadWord) continue;
        if (bound[w] === 0) missing = true;
        rest += bound[w]!;
      }
      if (missing || (leadBlocks[block]! * leadWeight + rest) * factor * slack < threshold) continue;

      if (k === 1 && tested.length === 0 && excluded.length === 0) {
        // The common case (two words, the other one list), in a tighter loop.
        const { docs, scores, to, weight } = lists[0]!;
        let p = at[0]!;
        let bar = threshold / (factor * slack) - rest; // the lead score a document needs
        for (let j = start; j < stop; j++) {
          const first = leadScores[j]! * leadWeight;
          if (first < bar) continue;
          const doc = leadDocs[j]!;
          p = seek(docs, p, to, doc);
          if (p >= to) break;
          if (docs[p] !== doc) continue;
          const score = (first + scores[p]! * weight) * factor;
          if (score < threshold) continue;
          top.push(doc, score);
          threshold = top.threshold;
          bar = threshold / (factor * slack) - rest;
        }
        at[0] = p;
        continue;
      }
      candidates: for (let j = start; j < stop; j++) {
        const doc = leadDocs[j]!;
        const first = leadScores[j]! * leadWeight;
        if ((first + rest) * factor * slack < threshold) continue;
        for (let t = 0; t < tested.length; t++) if (((tested[t]![doc >>> 5] ?? 0) & (1 << (doc & 31))) === 0) continue candidates;
        // A word's lists are consecutive: it fails when none of them has the document.
        for (let i = 0; i < k; ) {
          const word = wordOf[i]!;
          let found = false;
          for (; i < k && wordOf[i] === word; i++) {
            const list = lists[i]!;
            const p = seek(list.docs, at[i]!, list.to, doc);
            at[i] = p;
            if (p < list.to && list.docs[p] === doc) {
              part[i] = list.scores[p]! * list.weight;
              found = true;
            } else part[i] = 0;
          }
          if (!found) continue candidates;
        }
        for (let x = 0; x < excluded.length; x++) {
          const list = excluded[x]!;
          const p = seek(list.docs, excludedAt[x]!, list.to, doc);
          excludedAt[x] = p;
          if (p < list.to && list.docs[p] === doc) continue candidates;
        }
        let sum = first;
        for (let i = 0; i < k; i++) sum += part[i]!;
        if (sum * factor < threshold) continue;
        top.push(doc, sum * factor);
        threshold = top.threshold;
      }
    }
  } finally {
    for (const bits of tested) giveBack(bits);
  }
}
