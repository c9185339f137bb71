/**
 * A small linear tokenizer for the figures scanner: words, numerals and single
 * punctuation marks with their offsets. Whitespace is dropped; adjacency is
 * recovered from offsets (`a.end === b.start`), which is what tells "COP29",
 * "75-year" and "$10-12" apart from spaced text.
 */

export type TokenType = 'word' | 'num' | 'punct';

export interface Token {
  start: number;
  end: number;
  type: TokenType;
  /** The token as written. */
  text: string;
  /** Lowercased text (same as `text` for numerals and punctuation). */
  lower: string;
}

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

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0xfeff || code === 0x1680;
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
 * tokenize('$2.5bn, up 3%').map((t) => t.text) // => ['$', '2.5', 'bn', ',', 'up', '3', '%']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const code = (k: number) => (k < n ? text.charCodeAt(k) : -1);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
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
      const t = text.slice(start, i);
      tokens.push({ start, end: i, type: 'num', text: t, lower: t });
      continue;
    }
    if (isLetter(c)) {
      i++;
      for (;;) {
        while (isLetter(code(i))) i++;
        // Inner apostrophes stay: "Russia’s", "don't"; a trailing one does not.
        if (isApostrophe(code(i)) && isLetter(code(i + 1))) i++;
        else break;
      }
      const t = text.slice(start, i);
      tokens.push({ start, end: i, type: 'word', text: t, lower: t.toLowerCase() });
      continue;
    }
    // One punctuation mark; a surrogate pair stays whole.
    i += c >= 0xd800 && c <= 0xdbff && (code(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const t = text.slice(start, i);
    tokens.push({ start, end: i, type: 'punct', text: t, lower: t });
  }
  return tokens;
}

/** True when tokens `a` and `b` touch (no whitespace between). */
export const touching = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

// Abbreviations after which a period does not end a sentence; general English.
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'st', 'sr', 'jr', 'no', 'nos', 'co', 'corp', 'inc', 'ltd', 'bros',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'approx', 'est', 'fig', 'vol', 'op', 'pp', 'ft', 'mt',
]);

const closers = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Sentence number of every token (0-based), from a cheap rule: ".", "!", "?"
 * (plus closing quotes) followed by whitespace and a capital, digit or quote
 * ends a sentence unless it follows an abbreviation or a single capital letter.
 */
export function sentenceIndex(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    out[i] = sentence;
    const t = tokens[i]!;
    if (t.type !== 'punct' || (t.text !== '.' && t.text !== '!' && t.text !== '?' && t.text !== '…')) continue;
    let j = i;
    while (j + 1 < tokens.length && closers.has(tokens[j + 1]!.text) && touching(tokens[j], tokens[j + 1])) out[++j] = sentence;
    const next = tokens[j + 1];
    if (!next || next.start === tokens[j]!.end) {
      i = j;
      continue;
    }
    const prev = tokens[i - 1];
    const isAbbreviation = t.text === '.' && prev !== undefined && prev.type === 'word' && touching(prev, t) && (abbreviations.has(prev.lower) || (prev.text.length === 1 && prev.text >= 'A' && prev.text <= 'Z'));
    const first = next.text.charCodeAt(0);
    const startsSentence = (first >= 0x41 && first <= 0x5a) || isDigit(first) || next.text === '“' || next.text === '"' || next.text === '‘' || next.text === "'" || next.text === '(';
    i = j;
    if (!isAbbreviation && startsSentence) sentence++;
  }
  return out;
}
