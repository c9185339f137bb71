/**
 * The best documents with any of the words, for the fallback when no
 * document has them all. A document's score is its summed scores times the
 * number of words it has, and no document has more than `most` of them.
 *
 * Up to three words, with at most two in a document: the documents with two
 * words are those of each pair ("all words" of the pair, all-words.ts), and
 * the others have one, found word by word in windows (below), leaving out
 * documents that have another word. The pairs go first, so that the best
 * scores come early and most windows of the single words are skipped.
 *
 * Otherwise, the documents are taken a window of ids at a time: the
 * postings of some words in the window are added up in a small table (in
 * order, and in cache) and the others looked up. MaxScore decides which:
 * words whose block maxima in the window, summed and times their number,
 * cannot beat the k-th best score cannot bring a document into the top k on
 * their own, so they are only looked up, for documents the others found,
 * when they have many more postings in the window than the rest. A window
 * where every word is such is skipped whole.
 */
import { topOfAll } from './all-words';
import { blockSize } from './inverted-index';
import { find, none, Numbers, seek, sizeOf, slack, union, type List, type TopK, type Word } from './top-k';

/** Documents per window (a multiple of 32). */
const windowSize = 2048;

/** Scratch space for one index's queries, made on first need. */
export class Scratch {
  /** A window's documents: summed scores, the words found (one bit each), and which are set. */
  readonly sum = new Float64Array(windowSize);
  readonly mask = new Int32Array(windowSize);
  readonly touched = new Uint32Array(windowSize / 32);
  private full: EveryDocument | undefined;

  constructor(private readonly docCount: number) {}

  /** Per document of the index: a score, a count, the last word seen, and a bit set of those touched. */
  get everyDocument(): EveryDocument {
    const n = this.docCount;
    return (this.full ??= { score: new Float64Array(n), count: new Int32Array(n), word: new Int32Array(n), touched: new Uint32Array((n + 31) >>> 5) });
  }
}

interface EveryDocument {
  score: Float64Array;
  count: Int32Array;
  word: Int32Array;
  touched: Uint32Array;
}

/** Above this many lists or words, every posting is added up instead of windows. */
const maxLists = 32;
const maxWords = 31;

const bitCount = (x: number): number => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** Pushes onto `top` the documents with any of `query`'s words, none of which has more than `most` of them. */
export function topOfAny(query: readonly Word[], top: TopK, scratch: () => Scratch, most = query.length, merged: (word: Word) => List = union): void {
  const words = query.filter((word) => sizeOf(word) > 0);
  const m = words.length;
  const limit = Math.min(most, m);
  if (m === 0) return;
  if (m <= 3 && limit <= 2) {
    // Each pass, cheapest first (a pair walks its shorter word, a single word all of it): the k-th
    // best score then rises soonest, and later passes skip more.
    const passes: Array<{ cost: number; run: () => void }> = [];
    if (limit === 2) {
      for (let i = 0; i < m; i++) {
        for (let j = i + 1; j < m; j++) {
          const pair = [words[i]!, words[j]!];
          passes.push({ cost: Math.min(sizeOf(pair[0]!), sizeOf(pair[1]!)), run: () => topOfAll(pair, top, { merged }) });
        }
      }
    }
    for (const word of words) {
      // Only documents with no other word: those with two are the pairs'.
      const without = limit === 2 ? words.filter((w) => w !== word).flat() : [];
      passes.push({ cost: sizeOf(word) - 0.5, run: () => windows(word.map((list) => ({ list, word: 0 })), 1, 1, top, scratch(), without) });
    }
    passes.sort((x, y) => x.cost - y.cost);
    for (const pass of passes) pass.run();
    return;
  }
  const lists = words.flatMap((word, w) => word.map((list) => ({ list, word: w })));
  if (lists.length > maxLists || m > maxWords) accumulate(lists, top, scratch().everyDocument);
  else windows(lists, m, limit, top, scratch());
}

// Kept from call to call (see Numbers).
const atOf = new Numbers();
const endOf = new Numbers();
const firstOf = new Numbers();
const countOf = new Numbers();
const addedOf = new Numbers();
const orderOf = new Numbers();
const otherAtOf = new Numbers();
const wordOfOf = new Numbers();
const boundOf = new Numbers();

/** MaxScore over windows of documents (see the top of this file), leaving out documents in any of `without`. */
function windows(entries: ReadonlyArray<{ list: List; word: number }>, m: number, limit: number, top: TopK, scratch: Scratch, without: Word = []): void {
  const { sum, mask, touched } = scratch;
  // (Arrays the loops read are made here, all alike, so that the optimized loops keep to one shape of array.)
  const lists: List[] = [];
  for (let i = 0; i < entries.length; i++) lists.push(entries[i]!.list);
  const n = lists.length;
  const wordOf = wordOfOf.int(n);
  for (let i = 0; i < n; i++) wordOf[i] = entries[i]!.word;
  const at = atOf.int(n); // each list's next posting
  for (let i = 0; i < n; i++) at[i] = lists[i]!.from;
  const end = endOf.int(n); // and its first past the window
  // Each word's lists are lists[first[w]…first[w + 1]) (entries come word by word).
  const first = firstOf.int(m + 1);
  for (let i = 0; i < n; i++) first[wordOf[i]! + 1]!++;
  for (let w = 0; w < m; w++) first[w + 1]! += first[w]!;
  const count = countOf.int(m); // postings in the window
  const bound = boundOf.float(m); // the most the word can add to a document in the window
  const added = addedOf.int(m); // added up in the window (else looked up, or absent)
  const order = orderOf.int(m);
  for (let w = 0; w < m; w++) order[w] = w;
  const lookups: number[] = [];
  const others: List[] = [];
  for (let x = 0; x < without.length; x++) others.push(without[x]!);
  const otherAt = otherAtOf.int(others.length);
  for (let x = 0; x < others.length; x++) otherAt[x] = others[x]!.from;
  let threshold = top.threshold;

  for (;;) {
    let lo = none;
    for (let i = 0; i < n; i++) if (at[i]! < lists[i]!.to && lists[i]!.docs[at[i]!]! < lo) lo = lists[i]!.docs[at[i]!]!;
    if (lo === none) return;
    const hi = lo + windowSize;
    for (let w = 0; w < m; w++) {
      let c = 0;
      let b = 0;
      for (let i = first[w]!; i < first[w + 1]!; i++) {
        const { docs, to, from, blocks, blockFrom, weight } = lists[i]!;
        const start = at[i]!;
        const stop = seek(docs, start, to, hi);
        end[i] = stop;
        if (stop === start) continue;
        c += stop - start;
        let peak = 0;
        for (let k = blockFrom + (((start - from) / blockSize) | 0), last = blockFrom + (((stop - 1 - from) / blockSize) | 0); k <= last; k++) {
          if (blocks[k]! > peak) peak = blocks[k]!;
        }
        b += peak * weight;
      }
      count[w] = c;
      bound[w] = b;
    }

    // Lazy words, greedily, most postings per unit of bound first; the others are walked.
    // (An insertion sort: there are few words, and it makes no garbage.)
    for (let a = 1; a < m; a++) {
      const w = order[a]!;
      const value = count[w]! / (bound[w]! || 1);
      let b = a;
      for (; b > 0 && count[order[b - 1]!]! / (bound[order[b - 1]!]! || 1) < value; b--) order[b] = order[b - 1]!;
      order[b] = w;
    }
    added.fill(0, 0, m);
    let lazySum = 0;
    let lazyWords = 0;
    let walked = 0;
    for (let o = 0; o < m; o++) {
      const w = order[o]!;
      if (count[w] === 0) continue;
      if ((lazySum + bound[w]!) * Math.min(limit, lazyWords + 1) * slack < threshold) {
        lazySum += bound[w]!;
        lazyWords++;
      } else {
        added[w] = 1;
        walked += count[w]!;
      }
    }
    if (walked === 0) {
      // No document in the window can make the top k.
      for (let i = 0; i < n; i++) at[i] = end[i]!;
      continue;
    }
    lookups.length = 0;
    let lookupBound = 0;
    let lookupMask = 0;
    for (let w = 0; w < m; w++) {
      if (count[w] === 0 || added[w]) continue;
      if (count[w]! <= 2 * walked) added[w] = 1;
      else {
        lookups.push(w);
        lookupBound += bound[w]!;
        lookupMask |= 1 << w;
      }
    }

    // Add up list after list, in query order, so that a document's sum is always made the same way.
    for (let i = 0; i < n; i++) {
      const w = wordOf[i]!;
      if (!added[w]) continue;
      const { docs, scores, weight } = lists[i]!;
      const flag = 1 << w;
      for (let p = at[i]!, stop = end[i]!; p < stop; p++) {
        const slot = docs[p]! - lo;
        const word = slot >>> 5;
        const bit = 1 << (slot & 31);
        if ((touched[word]! & bit) === 0) {
          touched[word]! |= bit;
          sum[slot] = 0;
          mask[slot] = 0;
        }
        sum[slot]! += scores[p]! * weight;
        mask[slot]! |= flag;
      }
      at[i] = end[i]!;
    }

    // Read the window's documents in order.
    for (let word = 0; word < touched.length; word++) {
      let bits = touched[word]!;
      if (bits === 0) continue;
      touched[word] = 0;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const slot = (word << 5) | (31 - Math.clz32(low));
        const doc = lo + slot;
        let score = sum[slot]!;
        let found = mask[slot]!;
        if (lookups.length > 0) {
          if ((score + lookupBound) * Math.min(limit, bitCount(found | lookupMask)) * slack < threshold) continue;
          // Once a document has as many words as any can, other words' lists cannot have it.
          const full = bitCount(found) >= limit;
          for (const w of lookups) {
            if (full && (found & (1 << w)) === 0) continue;
            for (let i = first[w]!; i < first[w + 1]!; i++) {
              const { docs, scores, weight } = lists[i]!;
              const p = seek(docs, at[i]!, end[i]!, doc);
              at[i] = p;
              if (p < end[i]! && docs[p] === doc) {
                score += scores[p]! * weight;
                found |= 1 << w;
              }
            }
          }
        }
        const words = bitCount(found);
        if (score * words * slack < threshold) continue;
        let excluded = false;
        for (let x = 0; x < others.length && !excluded; x++) {
          const { docs, to } = others[x]!;
          const p = seek(docs, otherAt[x]!, to, doc);
          otherAt[x] = p;
          excluded = p < to && docs[p] === doc;
        }
        if (excluded) continue;
        if (lookups.length > 0) {
          // Summed out of query order: sum again in order (only for documents that could make the top k).
          score = 0;
          for (const { docs, scores, weight, from, to } of lists) {
            const p = find(docs, from, to, doc);
            if (p >= 0) score += scores[p]! * weight;
          }
        }
        top.push(doc, score * words);
        threshold = top.threshold;
      }
    }
    for (const w of lookups) for (let i = first[w]!; i < first[w + 1]!; i++) at[i] = end[i]!;
  }
}

/** Every posting of every list added up per document (for many lists, where windows would not pay). */
function accumulate(entries: ReadonlyArray<{ list: List; word: number }>, top: TopK, scratch: EveryDocument): void {
  const { score, count, word, touched } = scratch;
  for (const { list, word: w } of entries) {
    const { docs, scores, from, to, weight } = list;
    const mark = w + 1;
    for (let p = from; p < to; p++) {
      const doc = docs[p]!;
      touched[doc >>> 5]! |= 1 << (doc & 31);
      score[doc]! += scores[p]! * weight;
      if (word[doc] !== mark) {
        word[doc] = mark;
        count[doc]!++;
      }
    }
  }
  for (let w = 0; w < touched.length; w++) {
    let bits = touched[w]!;
    if (bits === 0) continue;
    touched[w] = 0;
    while (bits !== 0) {
      const low = bits & -bits;
      const doc = (w << 5) | (31 - Math.clz32(low));
      bits ^= low;
      if (score[doc]! * count[doc]! >= top.threshold) top.push(doc, score[doc]! * count[doc]!);
      score[doc] = 0;
      count[doc] = 0;
      word[doc] = 0;
    }
  }
}
