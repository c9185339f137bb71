/**
 * The top-k passes against an exhaustive scan: same documents, same order,
 * same scores, for every path (one lead, merged words, bit sets, skipped
 * blocks, pairs and singles, windows, the many-lists fallback) and for ties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../../properties/arbitraries';
import { articles } from '../../../src/index';
import { topOfAll } from '../../../src/query/search-index/all-words';
import { Scratch, topOfAny } from '../../../src/query/search-index/any-word';
import { buildInvertedIndex } from '../../../src/query/search-index/inverted-index';
import { TopK, union, type List, type Word } from '../../../src/query/search-index/top-k';

// The bundled paragraphs five times over, with titles first: long lists, many blocks, and exact ties.
const texts = [...articles.map((a) => a.title), ...Array.from({ length: 5 }, () => articles.flatMap((a) => a.paragraphs.map((p) => p.text))).flat()];
const index = buildInvertedIndex(texts, Float64Array.from(texts, (_, i) => (i < articles.length ? 2 : 1)));
const termCount = index.terms.length;
const byDocs = [...index.terms.keys()].sort((x, y) => index.start[y + 1]! - index.start[y]! - (index.start[x + 1]! - index.start[x]!));

const list = (id: number, weight: number): List => ({
  docs: index.docs,
  scores: index.impacts,
  from: index.start[id]!,
  to: index.start[id + 1]!,
  weight,
  blocks: index.blockMax,
  blockFrom: index.blockStart[id]!,
  max: weight * index.maxImpact[id]!,
});

/** Every document's score, the slow way: its weighted scores summed, times the number of words it has. */
function exhaustive(words: readonly Word[], all: boolean, k: number): Array<{ doc: number; score: number }> {
  const found = new Map<number, { sum: number; words: Set<number> }>();
  words.forEach((word, w) => {
    for (const l of word) {
      for (let p = l.from; p < l.to; p++) {
        const entry = found.get(l.docs[p]!) ?? { sum: 0, words: new Set<number>() };
        entry.sum += l.scores[p]! * l.weight;
        entry.words.add(w);
        found.set(l.docs[p]!, entry);
      }
    }
  });
  return [...found]
    .filter(([, e]) => !all || e.words.size === words.length)
    .map(([doc, e]) => ({ doc, score: e.sum * e.words.size }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, k);
}

/**
 * The same documents in the same order, with the same scores but for rounding
 * (sums made in another order, merged lists in single precision): where two
 * documents score the same but for rounding, either may come first.
 */
function expectSame(top: TopK, words: readonly Word[], all: boolean): void {
  const got = top.sorted();
  const every = exhaustive(words, all, Infinity);
  const want = every.slice(0, top.k);
  const truth = new Map(every.map((r) => [r.doc, r.score]));
  const near = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(x, y);
  expect(got.length).toBe(want.length);
  expect(new Set(got.map((r) => r.doc)).size).toBe(got.length);
  got.forEach((r, i) => {
    expect(near(r.score, want[i]!.score), `score at ${i}`).toBe(true);
    expect(near(truth.get(r.doc)!, r.score), `score of ${r.doc}`).toBe(true);
    if (r.doc !== want[i]!.doc) expect(near(truth.get(r.doc)!, want[i]!.score), `document at ${i}`).toBe(true);
  });
}

// A word, as [term id, weight] pairs: one common or rare term, or several with prefix-like weights (as a query word's variants).
const wordArb = fc.oneof(
  fc.integer({ min: 0, max: 30 }).map((i) => [[byDocs[i]!, 1] as const]),
  fc.integer({ min: 0, max: termCount - 1 }).map((id) => [[id, 1] as const]),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }).map((i) => byDocs[i]!), fc.double({ min: 0.2, max: 1, noNaN: true })), { minLength: 2, maxLength: 5 }),
);
const wordsOf = (terms: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): Word[] => terms.map((word) => word.map(([id, weight]) => list(id, weight)));
const kArb = fc.constantFrom(1, 3, 10, 50);

describe('top-k passes', () => {
  it('every word: the best documents an exhaustive scan finds', () => {
    fc.assert(
      fc.property(fc.array(wordArb, { minLength: 1, maxLength: 4 }), kArb, (terms, k) => {
        const words = wordsOf(terms);
        const top = new TopK(k);
        topOfAll(words, top);
        expectSame(top, words, true);
      }),
      { numRuns },
    );
  });

  it('any word: the same, whichever way the words are taken', () => {
    const scratch = new Scratch(index.docCount);
    fc.assert(
      fc.property(fc.array(wordArb, { minLength: 1, maxLength: 5 }), kArb, (terms, k) => {
        const words = wordsOf(terms);
        // The caller's promise, when it holds: no document has every word.
        const most = words.length > 1 && exhaustive(words, true, 1).length === 0 ? words.length - 1 : words.length;
        const top = new TopK(k);
        topOfAny(words, top, () => scratch, most);
        expectSame(top, words, false);
      }),
      { numRuns },
    );
  });

  it('any word, with more lists than the windows take', () => {
    const words = [byDocs.slice(0, 20).map((id) => list(id, 0.5)), byDocs.slice(20, 40).map((id) => list(id, 0.4))];
    const top = new TopK(10);
    topOfAny(words, top, () => new Scratch(index.docCount));
    expectSame(top, words, false);
  });

  it('ties go to the earlier document', () => {
    // Each paragraph is there five times: the copies score the same.
    const word = [list(index.termIds.get('copper')!, 1)];
    const top = new TopK(3);
    topOfAll([word], top);
    const [a, b, c] = top.sorted();
    expect(a!.score).toBe(b!.score);
    expect(a!.doc).toBeLessThan(b!.doc);
    expect(b!.doc).toBeLessThan(c!.doc);
  });

  it('union sums the scores of documents in several lists and keeps block maxima', () => {
    const lists = [list(byDocs[0]!, 1), list(byDocs[1]!, 0.5), list(byDocs[2]!, 0.25)];
    const merged = union(lists);
    const want = exhaustive([lists], false, Infinity).sort((a, b) => a.doc - b.doc);
    expect(Array.from(merged.docs.subarray(merged.from, merged.to))).toEqual(want.map((r) => r.doc));
    want.forEach((r, i) => expect(merged.scores[i]).toBeCloseTo(r.score, 4));
    for (let b = 0; b < merged.blocks.length; b++) {
      expect(merged.blocks[b]).toBe(Math.max(...merged.scores.subarray(b * 64, Math.min((b + 1) * 64, merged.to))));
    }
  });
});
