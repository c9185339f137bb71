/** Shared helpers for the evaluation scripts: locating gold spans and scoring span matches. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articles } from '../../src/index';
import { paragraphsOf } from '../../src/extract/input';
import type { Article, Paragraph } from '../../src/model/article';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Doc {
  id: string;
  /** An Article for corpus docs; plain text for the other texts. */
  input: Article | string;
  paragraphs: readonly Paragraph[];
}

/**
 * "corpus:3" → the third bundled article; "other:quotes-01.txt" →
 * tests/fixtures/other/quotes-01.txt; "heldout:…" → tests/fixtures/heldout/…
 * (texts written without looking at the extractors, never tuned on).
 */
export function loadDoc(id: string): Doc {
  if (id.startsWith('corpus:')) {
    const article = articles[Number(id.slice(7)) - 1]!;
    return { id, input: article, paragraphs: article.paragraphs };
  }
  const [set, file] = id.split(':') as [string, string];
  const text = readFileSync(`${root}/tests/fixtures/${set}/${file}`, 'utf8');
  return { id, input: text, paragraphs: paragraphsOf(text) };
}

export interface Located {
  paragraphId: string;
  start: number;
  end: number;
}

/**
 * Finds the n-th occurrence of a gold text in a doc's body (paragraphs joined
 * by blank lines) and returns it per paragraph: a quotation that runs over two
 * paragraphs becomes two pieces.
 */
export function locate(doc: Doc, text: string, occurrence = 1): Located[] | undefined {
  const joined = doc.paragraphs.map((p) => p.text).join('\n\n');
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = joined.indexOf(text, at + 1);
    if (at === -1) return undefined;
  }
  const end = at + text.length;
  const pieces: Located[] = [];
  let offset = 0;
  for (const p of doc.paragraphs) {
    const pStart = offset;
    const pEnd = offset + p.text.length;
    const s = Math.max(at, pStart);
    const e = Math.min(end, pEnd);
    if (e > s) {
      // Drop the quotation mark that reopens a continued quote.
      let ls = s - pStart;
      while (/[“"‘\s]/.test(p.text[ls] ?? '') && ls < e - pStart) ls++;
      let le = e - pStart;
      while (le > ls && /\s/.test(p.text[le - 1]!)) le--;
      pieces.push({ paragraphId: p.id, start: ls, end: le });
    }
    offset = pEnd + 2;
  }
  return pieces;
}

export interface Scored {
  tp: number;
  fp: number;
  fn: number;
}

export const prf = ({ tp, fp, fn }: Scored) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export const fmt = (x: number) => x.toFixed(3);

/**
 * One-to-one matching of predicted to gold spans in the same paragraph:
 * exact (same offsets) or overlap (any shared character, largest overlap first).
 */
export function match<G extends Located, P extends Located>(gold: G[], predicted: P[], mode: 'exact' | 'overlap'): { pairs: Array<[G, P]>; missed: G[]; spurious: P[] } {
  const candidates: Array<{ g: number; p: number; overlap: number }> = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (g.paragraphId !== p.paragraphId) return;
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (mode === 'exact' ? g.start === p.start && g.end === p.end : overlap > 0) candidates.push({ g: gi, p: pi, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[G, P]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([gold[c.g]!, predicted[c.p]!]);
  }
  return { pairs, missed: gold.filter((_, i) => !usedG.has(i)), spurious: predicted.filter((_, i) => !usedP.has(i)) };
}
