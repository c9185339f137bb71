/**
 * A small linear tokenizer for the figures scanner: words, numerals and single
 * punctuation marks with their offsets. Whitespace is dropped; adjacency is
 * recovered from offsets (`end(a) === start(b)`), which is what tells "COP29",
 * "75-year" and "$10-12" apart from spaced text.
 */
import { isSpace } from '../../text/whitespace';

/** A word list written as one string, words separated by spaces or line breaks. */
export const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** "key:value" pairs separated by spaces or line breaks, as a map; `value` converts the values ("thousand:3"). */
export function pairs(list: string): Map<string, string>;
export function pairs<T>(list: string, value: (text: string) => T): Map<string, T>;
export function pairs(list: string, value: (text: string) => unknown = String): Map<string, unknown> {
  return new Map(list.trim().split(/\s+/).map((pair) => [pair.slice(0, pair.indexOf(':')), value(pair.slice(pair.indexOf(':') + 1))]));
}

const WORD = 0;
const NUM = 1;
const PUNCT = 2;

// A small direct-mapped cache of lowercase forms, shared by all texts (a slot
// holds token `cachedIndex` of the Tokens numbered `cachedOwner`), so that a
// short paragraph does not pay for a cache of its own: context rules read the
// same few dozen tokens again and again.
const cachedIndex = new Float64Array(64).fill(-1);
const cachedOwner = new Float64Array(64);
const cachedLower = new Array<string>(64).fill('');
let tokensMade = 0;

/**
 * The tokens of one text, as parallel typed arrays of offsets and types rather
 * than an object per token: a megabyte-long paragraph has a million tokens, and
 * a million objects alive at once outgrow the young generation, which made the
 * scan superlinear; typed arrays are never scanned by the garbage collector.
 * Strings are sliced on demand, and the lowercase forms of the tokens around
 * the scan position are cached. `text` and `lower` return undefined for an
 * index outside the text, like reading past the end of an array, and
 * `isWord`, `isNum`, `isPunct` and `touching` false; `start` and `end` expect
 * an existing token.
 */
export class Tokens {
  private readonly id = ++tokensMade;

  constructor(
    readonly source: string,
    readonly length: number,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly types: Uint8Array,
  ) {}

  /** Offset of token `i`'s first character. */
  start(i: number): number {
    return this.starts[i]!;
  }

  /** Offset after token `i`'s last character. */
  end(i: number): number {
    return this.ends[i]!;
  }

  /** True when token `i` is a word (letters, with inner apostrophes). */
  isWord(i: number): boolean {
    return this.has(i) && this.types[i] === WORD;
  }

  /** True when token `i` is a numeral. */
  isNum(i: number): boolean {
    return this.has(i) && this.types[i] === NUM;
  }

  /** True when token `i` is a punctuation mark or symbol. */
  isPunct(i: number): boolean {
    return this.has(i) && this.types[i] === PUNCT;
  }

  /** The token as written. */
  text(i: number): string | undefined {
    return this.has(i) ? sliceOf(this.source, this.starts[i]!, this.ends[i]!) : undefined;
  }

  /** Lowercased text (the text itself for numerals and punctuation). */
  lower(i: number): string | undefined {
    if (!this.has(i)) return undefined;
    const slot = i & 63;
    if (cachedIndex[slot] === i && cachedOwner[slot] === this.id) return cachedLower[slot];
    const text = sliceOf(this.source, this.starts[i]!, this.ends[i]!);
    cachedIndex[slot] = i;
    cachedOwner[slot] = this.id;
    return (cachedLower[slot] = this.types[i] === WORD ? text.toLowerCase() : text);
  }

  /**
   * Index of the first token from `i` on that is a numeral, a word in `words`
   * (lowercased) or a mark in `marks`, else the length: a scanner skips the
   * tokens that cannot start what it looks for in one tight loop, and most
   * words without making their strings.
   */
  seek(i: number, words: WordSet, marks: ReadonlySet<string>): number {
    const { types, starts, ends, source } = this;
    const ascii = asciiMembers(marks);
    for (; i < this.length; i++) {
      const type = types[i];
      if (type === NUM) return i;
      if (type === WORD) {
        if (words.mayHave(source, starts[i]!, ends[i]!) && words.has(this.lower(i)!)) return i;
        continue;
      }
      // A mark is one character: an ASCII one is looked up in a table, without slicing it out.
      const c = source.charCodeAt(starts[i]!);
      if (c < 128 && ends[i]! - starts[i]! === 1 ? ascii[c] === 1 : marks.has(sliceOf(source, starts[i]!, ends[i]!))) return i;
    }
    return this.length;
  }

  /** True when tokens `a` and `b` both exist and touch (no whitespace between). */
  touching(a: number, b: number): boolean {
    return this.has(a) && this.has(b) && this.ends[a] === this.starts[b];
  }

  /** True when token `i` exists. */
  private has(i: number): boolean {
    return i >= 0 && i < this.length;
  }
}

// Tables of a set's one-character ASCII members, made once per set.
const asciiTables = new WeakMap<ReadonlySet<string>, Uint8Array>();
function asciiMembers(set: ReadonlySet<string>): Uint8Array {
  let table = asciiTables.get(set);
  if (!table) {
    table = new Uint8Array(128);
    for (const member of set) if (member.length === 1 && member.charCodeAt(0) < 128) table[member.charCodeAt(0)] = 1;
    asciiTables.set(set, table);
  }
  return table;
}

/**
 * A set of lowercase words that can also rule a word out straight from the
 * text, by a hash of its letters, without slicing and lowercasing it: the
 * figures scanner tests every word of a paragraph against its starter words,
 * and making those strings was a third of its time.
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly hashes = new Set<number>();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.hashes.add(hashLower(w, 0, w.length));
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** False when the lowercase form of `source.slice(start, end)` is surely not in the set. */
  mayHave(source: string, start: number, end: number): boolean {
    const hash = hashLower(source, start, end);
    return hash === -1 || this.hashes.has(hash);
  }
}

/** A hash of the lowercase form of `text.slice(start, end)`; -1 when it holds a non-ASCII character (whose lowercase form needs toLowerCase). */
function hashLower(text: string, start: number, end: number): number {
  let hash = 0;
  for (let k = start; k < end; k++) {
    const c = codeAt(text, k);
    if (c >= 0x80) return -1;
    hash = (Math.imul(hash, 31) + (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)) & 0x3fffffff;
  }
  return hash;
}

/**
 * `text.charCodeAt(k)`, written so that V8 inlines it whatever the string's
 * representation: the method looked up on the texts themselves goes megamorphic
 * once they come flat and sliced, one- and two-byte, and then every character
 * costs a generic property lookup (about a tenth of the scan's time).
 */
const codeAt = (text: string, k: number): number => ''.charCodeAt.call(text, k);
/** `text.slice(start, end)`, likewise. */
const sliceOf = (text: string, start: number, end: number): string => ''.slice.call(text, start, end);

/** Value of a decimal digit in ASCII, full-width or (extended) Arabic-Indic script, else -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  return -1;
}

const isDigit = (code: number) => digitValue(code) !== -1;

function isLetter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    // Latin-1 and Latin Extended letters (not × ÷), plus µ and Greek μ for "µg".
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    code === 0xb5 ||
    code === 0x3bc
  );
}

const isGroupSeparator = (code: number) => code === 0x2c /* , */ || code === 0x66c /* Arabic thousands */ || code === 0xff0c; /* full-width comma */
const isThinSpace = (code: number) => code === 0x2009 || code === 0x202f;
const isDecimalPoint = (code: number) => code === 0x2e || code === 0x66b /* Arabic decimal */ || code === 0xff0e;
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/**
 * Splits `text` into tokens in one pass. A numeral is digits with thousands
 * separators only where exactly three digits follow ("1,234,567", not "1,2,3")
 * and at most one decimal point, so "1.2.3" is three numerals joined by dots.
 *
 * @example
 * const tokens = tokenize('$2.5bn, up 3%');
 * Array.from({ length: tokens.length }, (_, i) => tokens.text(i)) // => ['$', '2.5', 'bn', ',', 'up', '3', '%']
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // Room for one token in four characters, as in prose; a denser text grows it
  // once, to one token a character, the most there can be. One buffer holds
  // the three arrays: typed arrays are slow to create, one at a time.
  let starts!: Int32Array;
  let ends!: Int32Array;
  let types!: Uint8Array;
  const allocate = (size: number) => {
    const buffer = new ArrayBuffer(9 * size);
    const [s, e, t] = [new Int32Array(buffer, 0, size), new Int32Array(buffer, 4 * size, size), new Uint8Array(buffer, 8 * size, size)];
    if (count > 0) {
      s.set(starts);
      e.set(ends);
      t.set(types);
    }
    [starts, ends, types] = [s, e, t];
  };
  let count = 0;
  allocate(Math.min(n, (n >> 2) + 16));
  const push = (start: number, end: number, type: number) => {
    if (count === starts.length) allocate(n);
    starts[count] = start;
    ends[count] = end;
    types[count++] = type;
  };
  const code = (k: number) => (k < n ? codeAt(text, k) : -1);
  for (let i = 0; i < n; ) {
    const start = i;
    const c = codeAt(text, i);
    // Letters first: most characters are.
    if (isLetter(c)) {
      i++;
      for (;;) {
        while (isLetter(code(i))) i++;
        // Inner apostrophes stay: "Russia’s", "don't"; a trailing one does not.
        if (isApostrophe(code(i)) && isLetter(code(i + 1))) i++;
        else break;
      }
      push(start, i, WORD);
    } else if (isSpace(c)) {
      i++;
    } else if (isDigit(c)) {
      while (isDigit(code(i))) i++;
      // Grouping only after a 1–3 digit lead, each group exactly three digits.
      if (i - start <= 3) {
        for (;;) {
          const sep = code(i);
          if ((isGroupSeparator(sep) || isThinSpace(sep)) && isDigit(code(i + 1)) && isDigit(code(i + 2)) && isDigit(code(i + 3)) && !isDigit(code(i + 4))) i += 4;
          else break;
        }
      }
      if (isDecimalPoint(code(i)) && isDigit(code(i + 1))) {
        i++;
        while (isDigit(code(i))) i++;
      }
      push(start, i, NUM);
    } else {
      // One punctuation mark; a surrogate pair stays whole.
      i += c >= 0xd800 && c <= 0xdbff && (code(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      push(start, i, PUNCT);
    }
  }
  return new Tokens(text, count, starts, ends, types);
}

/** True when token `i` is a word with a capital first letter. */
export const isCapitalized = (tokens: Tokens, i: number) => tokens.isWord(i) && tokens.text(i)![0] !== tokens.lower(i)![0];

// Abbreviations after which a period does not end a sentence; general English.
const abbreviations = words(`
  mr mrs ms dr prof gen lt col sgt capt gov sen rep rev st sr jr no nos co corp inc ltd bros jan feb mar apr jun jul aug sep sept
  oct nov dec vs etc approx est fig vol op pp ft mt
`);

const closers = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Sentence number of every token (0-based), from a cheap rule: ".", "!", "?"
 * (plus closing quotes) followed by whitespace and a capital, digit or quote
 * ends a sentence unless it follows an abbreviation or a single capital letter.
 */
export function sentenceIndex(tokens: Tokens): Int32Array {
  const out = new Int32Array(tokens.length);
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    out[i] = sentence;
    if (!tokens.isPunct(i)) continue;
    const t = tokens.text(i);
    if (t !== '.' && t !== '!' && t !== '?' && t !== '…') continue;
    let j = i;
    while (j + 1 < tokens.length && closers.has(tokens.text(j + 1)!) && tokens.touching(j, j + 1)) out[++j] = sentence;
    const next = tokens.text(j + 1);
    if (next === undefined || tokens.touching(j, j + 1)) {
      i = j;
      continue;
    }
    const prev = tokens.text(i - 1);
    const isAbbreviation = t === '.' && prev !== undefined && tokens.isWord(i - 1) && tokens.touching(i - 1, i) && (abbreviations.has(tokens.lower(i - 1)!) || (prev.length === 1 && prev >= 'A' && prev <= 'Z'));
    const first = next.charCodeAt(0);
    const startsSentence = (first >= 0x41 && first <= 0x5a) || isDigit(first) || next === '“' || next === '"' || next === '‘' || next === "'" || next === '(';
    i = j;
    if (!isAbbreviation && startsSentence) sentence++;
  }
  return out;
}
