/**
 * TF-IDF vectors of articles' content words, compared by cosine. Candidates
 * come from an inverted index over each article's strongest words, so an
 * article is only compared with articles it shares such words with.
 *
 * Words are numbered as they are read (a vocabulary), and vectors are typed
 * arrays of word numbers and weights, so comparing two articles reads arrays
 * instead of hashing strings.
 */
const stopWordList =
  'the a an and or but of to in on at for from with by as is are was were be been being has have had that this these those it its their they them he she his her we our you your i not no also will would can could may might should must than then there here which who whom whose what when where why how all any both each few more most other some such only own same so too very just into over under about after before between during through against among within without said says told according year years percent time new one two three'.split(
    ' ',
  );
const stopWords = new Set(stopWordList);

const letter = /\p{L}/u;
/** Whether a code point is a letter (`\p{L}`): a-z and A-Z read directly, the rest asked of the regular expression. */
const isLetter = (cp: number) => (cp < 128 ? (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) : letter.test(String.fromCodePoint(cp)));
const APOSTROPHE = 39;
const HYPHEN = 45;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 115;

/** 32-bit FNV-1a, one UTF-16 code unit at a time. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const fnv = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193);

/**
 * Reads the words `/\p{L}[\p{L}’'-]{2,}/gu` matches in a lowercased text, a
 * final ’s or 's left out, in one pass over the characters: a match is a run
 * of letters, apostrophes and hyphens from its first letter, at least three
 * code points long. Calls `found` with each word's start, end and hash.
 */
function eachWord(s: string, found: (start: number, end: number, hash: number) => void): void {
  const length = s.length;
  let i = 0;
  while (i < length) {
    const c = s.charCodeAt(i);
    let size = 1;
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
        i++;
        continue;
      }
    } else {
      const cp = s.codePointAt(i)!;
      size = cp > 0xffff ? 2 : 1;
      if (!isLetter(cp)) {
        i += size;
        continue;
      }
    }
    const start = i;
    let points = 1;
    // The hash so far, and before the last two code units (for a final ’s).
    let h = fnv(FNV_OFFSET, c);
    if (size === 2) h = fnv(h, s.charCodeAt(i + 1));
    let h1 = 0;
    let h2 = 0;
    i += size;
    while (i < length) {
      const d = s.charCodeAt(i);
      if (d < 128) {
        if (!((d >= 97 && d <= 122) || d === APOSTROPHE || d === HYPHEN || (d >= 65 && d <= 90))) break;
      } else if (d !== RIGHT_QUOTE) {
        const cp = s.codePointAt(i)!;
        if (!isLetter(cp)) break;
        if (cp > 0xffff) {
          h2 = h;
          h1 = fnv(h, d);
          h = fnv(h1, s.charCodeAt(i + 1));
          i += 2;
          points++;
          continue;
        }
      }
      h2 = h1;
      h1 = h;
      h = fnv(h, d);
      i++;
      points++;
    }
    if (points < 3) continue;
    if (s.charCodeAt(i - 1) === LOWER_S) {
      const before = s.charCodeAt(i - 2);
      if (before === APOSTROPHE || before === RIGHT_QUOTE) {
        found(start, i - 2, h2);
        continue;
      }
    }
    found(start, i, h);
  }
}

/** Lowercased content words of a text (letters only, at least three long, no stop words). */
export function contentWords(text: string): string[] {
  const s = text.toLowerCase();
  const out: string[] = [];
  eachWord(s, (start, end) => {
    const w = s.slice(start, end);
    if (!stopWords.has(w)) out.push(w);
  });
  return out;
}

/**
 * Numbers the content words of texts without making a string of each
 * occurrence: an open-addressing hash table over the characters (kept in one
 * pool), a string made once per distinct word. Stop words hold the first
 * numbers and are left out.
 */
export function createVocabulary() {
  const words: string[] = [];
  let hashes = new Int32Array(1024);
  let offsets = new Int32Array(1025); // word k's characters: pool[offsets[k]] up to pool[offsets[k + 1]]
  let pool = new Uint16Array(8192);
  let table = new Int32Array(4096); // word number + 1; 0 is empty
  const place = (id: number) => {
    const mask = table.length - 1;
    let slot = hashes[id]! & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
  };
  /** The number of `s.slice(start, end)` (its hash given), a new one if unseen. */
  const number = (s: string, start: number, end: number, hash: number) => {
    const mask = table.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      if (hashes[id] === hash && offsets[id + 1]! - offsets[id]! === length) {
        const from = offsets[id]!;
        let k = 0;
        while (k < length && pool[from + k] === s.charCodeAt(start + k)) k++;
        if (k === length) return id;
      }
      slot = (slot + 1) & mask;
    }
    const id = words.length;
    if (id + 1 >= hashes.length) {
      const grownHashes = new Int32Array(hashes.length * 2);
      grownHashes.set(hashes);
      hashes = grownHashes;
      const grownOffsets = new Int32Array(offsets.length * 2);
      grownOffsets.set(offsets);
      offsets = grownOffsets;
    }
    const from = offsets[id]!;
    if (from + length > pool.length) {
      const grownPool = new Uint16Array(Math.max(pool.length * 2, from + length));
      grownPool.set(pool);
      pool = grownPool;
    }
    for (let k = 0; k < length; k++) pool[from + k] = s.charCodeAt(start + k);
    offsets[id + 1] = from + length;
    // A string of its own, made from the pool: a slice of a long text would keep the whole text alive.
    let word = '';
    for (let k = from; k < from + length; k += 4096) word += String.fromCharCode(...pool.subarray(k, Math.min(from + length, k + 4096)));
    words.push(word);
    hashes[id] = hash;
    if (words.length * 2 > table.length) {
      table = new Int32Array(table.length * 2);
      for (let k = 0; k < words.length; k++) place(k);
    } else table[slot] = id + 1;
    return id;
  };
  for (const w of stopWordList) {
    let h = FNV_OFFSET;
    for (let i = 0; i < w.length; i++) h = fnv(h, w.charCodeAt(i));
    number(w, 0, w.length, h);
  }
  const stops = words.length;
  return {
    /** Number → word. */
    words: words as readonly string[],
    /** The numbers of a text's content words, in order, as `contentWords` reads them. */
    read(text: string, out: number[] = []): number[] {
      const s = text.toLowerCase();
      eachWord(s, (start, end, hash) => {
        const id = number(s, start, end, hash);
        if (id >= stops) out.push(id);
      });
      return out;
    },
  };
}

export type Vocabulary = ReturnType<typeof createVocabulary>;

export interface WordVector {
  /** Word numbers: the strongest words, strongest first, when the vector was pruned; else in order of first use. */
  ids: Int32Array;
  /** The words' weights, L2-normalised (each above 0). */
  weights: Float64Array;
}

/** Words kept per vector: the strongest ones carry nearly all of the cosine, and it bounds each comparison. */
const VECTOR_WORDS = 100;

/** TF-IDF vectors of documents (their texts' content words, numbered by `vocabulary`), pruned to their strongest words. */
export function tfidfVectors(documents: readonly string[], vocabulary: Vocabulary): WordVector[] {
  const { words } = vocabulary;
  let df = new Int32Array(1024);
  let tf = new Int32Array(1024);
  const read: number[] = [];
  const counted = documents.map((document) => {
    read.length = 0;
    vocabulary.read(document, read);
    if (words.length > tf.length) {
      const size = Math.max(words.length, tf.length * 2);
      tf = new Int32Array(size);
      const grown = new Int32Array(size);
      grown.set(df);
      df = grown;
    }
    // Distinct words in order of first use, as a map's keys would be.
    const distinct: number[] = [];
    for (const id of read) if (tf[id]!++ === 0) distinct.push(id);
    const ids = Int32Array.from(distinct);
    const counts = new Int32Array(ids.length);
    ids.forEach((id, k) => {
      counts[k] = tf[id]!;
      tf[id] = 0;
      df[id]!++;
    });
    return { ids, counts };
  });
  const n = documents.length;
  return counted.map(({ ids, counts }): WordVector => {
    const size = ids.length;
    const raw = new Float64Array(size);
    for (let k = 0; k < size; k++) raw[k] = (1 + Math.log(counts[k]!)) * Math.log(1 + n / df[ids[k]!]!);
    let order: number[];
    if (size > VECTOR_WORDS) {
      // The strongest words (ties by word): only those at or above the 100th weight need sorting.
      const threshold = raw.slice().sort()[size - VECTOR_WORDS]!;
      order = [];
      for (let k = 0; k < size; k++) if (raw[k]! >= threshold) order.push(k);
      order.sort((x, y) => raw[y]! - raw[x]! || (words[ids[x]!]! < words[ids[y]!]! ? -1 : 1));
      order.length = VECTOR_WORDS;
    } else order = Array.from({ length: size }, (_, k) => k);
    let sum = 0;
    for (const k of order) sum += raw[k]! * raw[k]!;
    const norm = Math.sqrt(sum) || 1;
    const vector = { ids: new Int32Array(order.length), weights: new Float64Array(order.length) };
    order.forEach((k, j) => {
      vector.ids[j] = ids[k]!;
      vector.weights[j] = raw[k]! / norm;
    });
    return vector;
  });
}

/**
 * Cosine of two normalised vectors (and the words that contribute most),
 * through one dense array over the vocabulary: the larger vector is spread
 * into it, the smaller one read against it, and the array cleared again.
 */
export function createCosine(vocabularySize: number) {
  const dense = new Float64Array(vocabularySize);
  /** The products of the shared words' weights, by position in the smaller vector (0 where not shared). */
  function products(a: WordVector, b: WordVector): { small: WordVector; products: Float64Array } {
    const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
    for (let k = 0; k < large.ids.length; k++) dense[large.ids[k]!] = large.weights[k]!;
    const out = new Float64Array(small.ids.length);
    for (let k = 0; k < small.ids.length; k++) {
      const other = dense[small.ids[k]!]!;
      if (other !== 0) out[k] = small.weights[k]! * other;
    }
    for (let k = 0; k < large.ids.length; k++) dense[large.ids[k]!] = 0;
    return { small, products: out };
  }
  return {
    similarity(a: WordVector, b: WordVector): number {
      const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
      for (let k = 0; k < large.ids.length; k++) dense[large.ids[k]!] = large.weights[k]!;
      let sum = 0;
      for (let k = 0; k < small.ids.length; k++) {
        const other = dense[small.ids[k]!]!;
        if (other !== 0) sum += small.weights[k]! * other;
      }
      for (let k = 0; k < large.ids.length; k++) dense[large.ids[k]!] = 0;
      return sum;
    },
    /** The `count` shared words that contribute most, strongest first. */
    shared(a: WordVector, b: WordVector, words: readonly string[], count = 5): string[] {
      const { small, products: p } = products(a, b);
      const positions: number[] = [];
      for (let k = 0; k < p.length; k++) if (p[k] !== 0) positions.push(k);
      positions.sort((x, y) => p[y]! - p[x]! || x - y);
      return positions.slice(0, count).map((k) => words[small.ids[k]!]!);
    },
  };
}

/** Positions of the `k` strongest words of a vector (ties in vector order): the keys of the candidate index. */
export function topWords(vector: WordVector, k: number): number[] {
  const { weights } = vector;
  const positions = Array.from({ length: weights.length }, (_, j) => j);
  // A pruned vector is already strongest first.
  let sorted = true;
  for (let j = 1; j < weights.length && sorted; j++) sorted = weights[j - 1]! >= weights[j]!;
  if (!sorted) positions.sort((x, y) => weights[y]! - weights[x]! || x - y);
  return positions.slice(0, k);
}
