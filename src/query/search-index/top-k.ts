/**
 * Top-k retrieval: the k best documents for a query without scoring every
 * match. A query is a list of words; a word stands for one or more index terms
 * (itself, longer words, near misses), each with a posting list. A document's
 * score is the sum of its weighted impacts in every list it is in, times the
 * number of words it matches (MiniSearch's "quality").
 *
 * The k best are kept in a bounded heap, and documents whose best possible
 * score does not beat the k-th best are skipped, a block of 64 postings at a
 * time where the block maxima stored with the index allow it (all-words.ts,
 * any-word.ts).
 */
import { blockSize } from './inverted-index';

/**
 * A posting list: documents `docs[from…to)` in ascending order, their scores
 * (times `weight`), and the highest score of each block of `blockSize`
 * postings from `from` on, at `blocks[blockFrom…]` (before `weight`).
 * An index term's list is a view into the index's arrays.
 *
 * (A class, so that every list has the same shape and the loops that read
 * lists stay optimized; `weight` and `max` are declared first, as fractions,
 * so that a whole number in them never changes that shape.)
 */
export class List {
  weight = 0.5;
  /** The highest weighted score in the list. */
  max = 0.5;

  constructor(
    readonly docs: Int32Array,
    readonly scores: Float32Array,
    readonly from: number,
    readonly to: number,
    weight: number,
    readonly blocks: Float32Array,
    readonly blockFrom: number,
    max: number,
  ) {
    this.weight = weight;
    this.max = max;
  }
}

/** A query word: the lists of the index terms it stands for. */
export type Word = readonly List[];

/**
 * Bounds and scores are sums of the same numbers in other orders, so they may
 * differ in the last bit: a bound must fall short of the k-th best score by
 * more than that before anything is skipped.
 */
export const slack = 1 + 1e-9;
export const none = 0x7fffffff;

/** The k best (document, score) pairs seen, in a min-heap whose root is the worst kept. */
export class TopK {
  readonly docs: number[] = [];
  readonly scores: number[] = [];
  /** The k-th best score once there are k, else -∞: a document must at least match it. (A field, not a getter: read in hot loops.) */
  threshold: number;

  constructor(readonly k: number) {
    this.threshold = k === 0 ? Infinity : -Infinity;
  }

  get size(): number {
    return this.docs.length;
  }

  get full(): boolean {
    return this.docs.length >= this.k;
  }

  private worse(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.docs[i]! > this.docs[j]!);
  }

  private swap(i: number, j: number): void {
    const { docs, scores } = this;
    const doc = docs[i]!;
    const score = scores[i]!;
    docs[i] = docs[j]!;
    scores[i] = scores[j]!;
    docs[j] = doc;
    scores[j] = score;
  }

  push(doc: number, score: number): void {
    const { docs, scores } = this;
    if (docs.length < this.k) {
      docs.push(doc);
      scores.push(score);
      for (let i = docs.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      if (docs.length === this.k) this.threshold = scores[0]!;
      return;
    }
    if (this.k === 0 || score < scores[0]! || (score === scores[0]! && doc > docs[0]!)) return;
    docs[0] = doc;
    scores[0] = score;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      if (left >= docs.length) break;
      const child = left + 1 < docs.length && this.worse(left + 1, left) ? left + 1 : left;
      if (!this.worse(child, i)) break;
      this.swap(i, child);
      i = child;
    }
    this.threshold = scores[0]!;
  }

  /** Best first. */
  sorted(): Array<{ doc: number; score: number }> {
    return this.docs.map((doc, i) => ({ doc, score: this.scores[i]! })).sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}

/**
 * Index of the first of `docs[from…to)` not below `target`, or `to`: a few
 * steps in order (the next match is usually near, and memory read in order
 * is fast), then exponential and binary search.
 */
export function seek(docs: Int32Array, from: number, to: number, target: number): number {
  let p = from;
  for (const near = Math.min(from + 8, to); p < near; p++) if (docs[p]! >= target) return p;
  if (p >= to) return to;
  // docs[lo] < target throughout.
  let lo = p - 1;
  let step = 1;
  let hi = p;
  while (hi < to && docs[hi]! < target) {
    lo = hi;
    step += step;
    hi = p + step;
  }
  if (hi > to) hi = to;
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `doc` is in `docs[from…to)`, or -1. */
export function find(docs: Int32Array, from: number, to: number, doc: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && docs[lo] === doc ? lo : -1;
}

/**
 * Typed arrays for a pass's few numbers per list or word, kept from call to
 * call (a pass must not call another that uses the same one): fresh ones for
 * every query would keep the garbage collector busy.
 */
export class Numbers {
  private ints = new Int32Array(64);
  private floats = new Float64Array(64);

  /** An array of at least `size` integers, the first `size` of them 0. */
  int(size: number): Int32Array {
    if (this.ints.length < size) this.ints = new Int32Array(2 * size);
    this.ints.fill(0, 0, size);
    return this.ints;
  }

  /** An array of at least `size` numbers, the first `size` of them 0. */
  float(size: number): Float64Array {
    if (this.floats.length < size) this.floats = new Float64Array(2 * size);
    this.floats.fill(0, 0, size);
    return this.floats;
  }
}

/** The number of postings of a word. */
export const sizeOf = (word: Word): number => word.reduce((sum, { from, to }) => sum + to - from, 0);

/** Merges two lists into `docs`/`scores` (documents in either, scores summed); returns the length. */
function merge(a: List, b: List, docs: Int32Array, scores: Float32Array): number {
  const { docs: aDocs, scores: aScores, to: aTo, weight: aWeight } = a;
  const { docs: bDocs, scores: bScores, to: bTo, weight: bWeight } = b;
  let i = a.from;
  let j = b.from;
  let n = 0;
  while (i < aTo && j < bTo) {
    const x = aDocs[i]!;
    const y = bDocs[j]!;
    if (x < y) {
      docs[n] = x;
      scores[n++] = aScores[i++]! * aWeight;
    } else if (y < x) {
      docs[n] = y;
      scores[n++] = bScores[j++]! * bWeight;
    } else {
      docs[n] = x;
      scores[n++] = aScores[i++]! * aWeight + bScores[j++]! * bWeight;
    }
  }
  for (; i < aTo; i++) {
    docs[n] = aDocs[i]!;
    scores[n++] = aScores[i]! * aWeight;
  }
  for (; j < bTo; j++) {
    docs[n] = bDocs[j]!;
    scores[n++] = bScores[j]! * bWeight;
  }
  return n;
}

/**
 * Room for merged lists, reused from query to query: fresh typed arrays of
 * this size cost more to get from the system (zeroed pages) than to fill.
 */
export class Arena {
  private docs = new Int32Array(1 << 16);
  private scores = new Float32Array(1 << 16);
  private used = 0;

  /** Frees everything taken (what was handed out must no longer be read). */
  reset(): void {
    this.used = 0;
  }

  take(size: number): { docs: Int32Array; scores: Float32Array } {
    if (this.used + size > this.docs.length) {
      // Earlier pieces keep the old arrays alive as long as they are read.
      const length = Math.max(2 * this.docs.length, size);
      this.docs = new Int32Array(length);
      this.scores = new Float32Array(length);
      this.used = 0;
    }
    const from = this.used;
    this.used += size;
    return { docs: this.docs.subarray(from, from + size), scores: this.scores.subarray(from, from + size) };
  }
}

/**
 * One list of the documents in any of `lists`, each with the sum of its
 * weighted scores, and its block maxima: the two shortest merged first,
 * until one is left.
 */
export function union(lists: Word, arena?: Arena): List {
  if (lists.length === 1) return lists[0]!;
  let queue: List[] = [...lists];
  while (queue.length > 1) {
    queue.sort((x, y) => y.to - y.from - (x.to - x.from));
    const a = queue.pop()!;
    const b = queue.pop()!;
    const size = a.to - a.from + b.to - b.from;
    const { docs, scores } = arena ? arena.take(size) : { docs: new Int32Array(size), scores: new Float32Array(size) };
    const n = merge(a, b, docs, scores);
    queue = [...queue, new List(docs, scores, 0, n, 1, scores, 0, 0)];
  }
  const { docs, scores, to } = queue[0]!;
  const blocks = new Float32Array(Math.ceil(to / blockSize));
  let max = 0;
  for (let b = 0, p = 0; p < to; b++) {
    let peak = 0;
    for (const stop = Math.min(p + blockSize, to); p < stop; p++) if (scores[p]! > peak) peak = scores[p]!;
    blocks[b] = peak;
    if (peak > max) max = peak;
  }
  return new List(docs, scores, 0, to, 1, blocks, 0, max);
}
