/**
 * A compact inverted index: for each term, the documents that contain it in
 * ascending order, each with its precomputed BM25 contribution ("impact"),
 * and the highest impact of every block of 64 postings. Postings live in flat
 * typed arrays, a term's list being a range of them, so the index costs about
 * 8 bytes per (term, document) pair.
 */
import { processTerm, separators } from './tokenize';

// BM25+ as MiniSearch computes it: k1, b, and δ (the floor every match earns).
const k1 = 1.2;
const b = 0.7;
const delta = 0.5;

export interface InvertedIndex {
  readonly docCount: number;
  /** The term of each term id. */
  readonly terms: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
  /** Every term in code-unit order, for prefix and fuzzy lookups, and the id of each. */
  readonly sortedTerms: readonly string[];
  readonly sortedIds: Int32Array;
  /** The same, one list per term length (in code units), for fuzzy lookups. */
  readonly byLength: ReadonlyArray<{ terms: string[]; ids: number[] } | undefined>;
  /** Term t's postings are `docs[start[t]]` to `docs[start[t + 1] - 1]`. */
  readonly start: Int32Array;
  readonly docs: Int32Array;
  /** BM25 score of the term in the document, times the document's boost. */
  readonly impacts: Float32Array;
  /** Each term's highest impact. */
  readonly maxImpact: Float32Array;
  /** The highest impact of each block of `blockSize` postings: term t's blocks are `blockMax[blockStart[t]]` on. */
  readonly blockStart: Int32Array;
  readonly blockMax: Float32Array;
}

/** Postings per block, for the block maxima that let a query skip documents that cannot make the top k. */
export const blockSize = 64;

const grow = <T extends Int32Array>(array: T, size: number): T => {
  if (size <= array.length) return array;
  const bigger = new Int32Array(Math.max(size, array.length * 2)) as T;
  bigger.set(array);
  return bigger;
};

/**
 * Indexes `texts` (document i is `texts[i]`), scoring each match with BM25 and
 * multiplying it by `boosts[i]`. Time and memory are linear in the text.
 */
export function buildInvertedIndex(texts: readonly string[], boosts: ArrayLike<number>): InvertedIndex {
  const docCount = texts.length;
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  // Raw tokens (before lowercasing) get ids too: a document's length is its
  // number of distinct raw tokens, as in MiniSearch, and one map lookup per
  // token then gives both that and the term.
  const tokenIds = new Map<string, number>();
  let tokenTerm = new Int32Array(1024); // token id → term id, or -1 when not indexed
  let tokenSeen = new Int32Array(1024); // token id → last document + 1
  let termSeen = new Int32Array(1024); // term id → last document + 1
  let termSlot = new Int32Array(1024); // term id → its pair in the current document
  let df = new Int32Array(1024);
  let pairs = new Int32Array(1 << 16); // (term id, frequency), document after document
  let pairCount = 0;
  const pairEnd = new Int32Array(docCount);
  const lengths = new Int32Array(docCount);
  let totalLength = 0;

  for (let d = 0; d < docCount; d++) {
    const mark = d + 1;
    let distinct = 0;
    for (const token of texts[d]!.split(separators)) {
      let r = tokenIds.get(token);
      if (r === undefined) {
        r = tokenIds.size;
        tokenIds.set(token, r);
        tokenTerm = grow(tokenTerm, r + 1);
        tokenSeen = grow(tokenSeen, r + 1);
        const term = processTerm(token);
        let t = term === null ? -1 : (termIds.get(term) ?? -1);
        if (term !== null && t < 0) {
          t = terms.length;
          terms.push(term);
          termIds.set(term, t);
          termSeen = grow(termSeen, t + 1);
          termSlot = grow(termSlot, t + 1);
          df = grow(df, t + 1);
        }
        tokenTerm[r] = t;
      }
      if (tokenSeen[r] !== mark) {
        tokenSeen[r] = mark;
        distinct++;
      }
      const t = tokenTerm[r]!;
      if (t < 0) continue;
      if (termSeen[t] === mark) {
        pairs[2 * termSlot[t]! + 1]!++;
      } else {
        termSeen[t] = mark;
        termSlot[t] = pairCount;
        df[t]!++;
        pairs = grow(pairs, 2 * pairCount + 2);
        pairs[2 * pairCount] = t;
        pairs[2 * pairCount + 1] = 1;
        pairCount++;
      }
    }
    pairEnd[d] = pairCount;
    lengths[d] = distinct;
    totalLength += distinct;
  }

  // Second pass: lay the pairs out term by term (documents stay in order) and score them.
  const termCount = terms.length;
  const start = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) start[t + 1] = start[t]! + df[t]!;
  const fill = start.slice(0, termCount);
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) idf[t] = Math.log(1 + (docCount - df[t]! + 0.5) / (df[t]! + 0.5));
  const docs = new Int32Array(pairCount);
  const impacts = new Float32Array(pairCount);
  const maxImpact = new Float32Array(termCount);
  const averageLength = totalLength / Math.max(1, docCount) || 1;
  for (let d = 0, p = 0; d < docCount; d++) {
    const norm = k1 * (1 - b + (b * lengths[d]!) / averageLength);
    const boost = boosts[d]!;
    for (const end = pairEnd[d]!; p < end; p++) {
      const t = pairs[2 * p]!;
      const tf = pairs[2 * p + 1]!;
      const at = fill[t]!++;
      docs[at] = d;
      impacts[at] = boost * idf[t]! * (delta + (tf * (k1 + 1)) / (tf + norm));
      if (impacts[at]! > maxImpact[t]!) maxImpact[t] = impacts[at]!;
    }
  }

  const blockStart = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) blockStart[t + 1] = blockStart[t]! + Math.ceil(df[t]! / blockSize);
  const blockMax = new Float32Array(blockStart[termCount]!);
  for (let t = 0; t < termCount; t++) {
    for (let p = start[t]!, block = blockStart[t]!; p < start[t + 1]!; p++) {
      if (p > start[t]! && (p - start[t]!) % blockSize === 0) block++;
      if (impacts[p]! > blockMax[block]!) blockMax[block] = impacts[p]!;
    }
  }

  const sortedIds = Int32Array.from(terms.keys()).sort((x, y) => (terms[x]! < terms[y]! ? -1 : 1));
  const sortedTerms = Array.from(sortedIds, (id) => terms[id]!);
  const byLength: Array<{ terms: string[]; ids: number[] } | undefined> = [];
  for (const id of sortedIds) {
    const term = terms[id]!;
    const list = (byLength[term.length] ??= { terms: [], ids: [] });
    list.terms.push(term);
    list.ids.push(id);
  }
  return { docCount, terms, termIds, sortedTerms, sortedIds, byLength, start, docs, impacts, maxImpact, blockStart, blockMax };
}

/** Whether document `doc` contains term `t` (binary search in its postings). */
export function contains(index: InvertedIndex, t: number, doc: number): boolean {
  let lo = index.start[t]!;
  let hi = index.start[t + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.start[t + 1]! && index.docs[lo] === doc;
}
