/**
 * TF-IDF vectors of articles' content words, compared by cosine. Candidates
 * come from an inverted index over each article's strongest words, so an
 * article is only compared with articles it shares such words with.
 */
const stopWords = new Set(
  'the a an and or but of to in on at for from with by as is are was were be been being has have had that this these those it its their they them he she his her we our you your i not no also will would can could may might should must than then there here which who whom whose what when where why how all any both each few more most other some such only own same so too very just into over under about after before between during through against among within without said says told according year years percent time new one two three'.split(' '),
);

export interface WordVector {
  /** word → weight, L2-normalised. */
  weights: Map<string, number>;
}

/** Lowercased content words of a text (letters only, at least three long, no stop words). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}’'-]{2,}/gu)) {
    const w = m[0].replace(/[’']s$/, '');
    if (!stopWords.has(w)) out.push(w);
  }
  return out;
}

/** Words kept per vector: the strongest ones carry nearly all of the cosine, and it bounds each comparison. */
const VECTOR_WORDS = 100;

/** TF-IDF vectors for documents given as word lists, pruned to their strongest words. */
export function tfidfVectors(documents: readonly string[][]): WordVector[] {
  const df = new Map<string, number>();
  for (const words of documents) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length;
  return documents.map((words) => {
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    const all: Array<[string, number]> = [];
    for (const [w, count] of tf) all.push([w, (1 + Math.log(count)) * Math.log(1 + n / df.get(w)!)]);
    const kept = all.length > VECTOR_WORDS ? all.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, VECTOR_WORDS) : all;
    const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
    return { weights: new Map(kept.map(([w, weight]) => [w, weight / norm])) };
  });
}

/** Cosine of two normalised vectors, and the words that contribute most. */
export function cosine(a: WordVector, b: WordVector): { similarity: number; shared: string[] } {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let sum = 0;
  const contributions: Array<[string, number]> = [];
  for (const [w, weight] of small.weights) {
    const other = large.weights.get(w);
    if (other !== undefined) {
      sum += weight * other;
      contributions.push([w, weight * other]);
    }
  }
  contributions.sort((x, y) => y[1] - x[1]);
  return { similarity: sum, shared: contributions.slice(0, 5).map(([w]) => w) };
}

/** The `k` strongest words of a vector: the keys of the candidate index. */
export function topWords(vector: WordVector, k: number): string[] {
  return [...vector.weights].sort((x, y) => y[1] - x[1]).slice(0, k).map(([w]) => w);
}
