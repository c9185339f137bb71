import { isSpace } from './whitespace';
/** A run of capitalised words, possibly joined by connectors ("Ministry of Commerce"). */
export interface CapitalizedRun {
  text: string;
  start: number;
  end: number;
  /** Offsets of each word in the run. */
  words: Array<{ text: string; start: number; end: number }>;
}

// Words are letters and digits, continued by letters, digits, apostrophes,
// ampersands and hyphens; "U.S." (capital, period, repeated) stays one word.
// Scanned by hand with ASCII fast paths: this runs over every word of every
// paragraph, and a regex match object per word was most of its cost.
const letterOrDigitAt = /[\p{L}\p{N}]/uy;
const upperAt = /\p{Lu}/uy;
const spaceChar = /\s/;

/** Code units taken by the character at `i` when it is a letter or digit, else 0. */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  // General Punctuation (curly quotes, dashes, special spaces) has no letters or digits.
  if (c >= 0x2000 && c <= 0x206f) return 0;
  letterOrDigitAt.lastIndex = i;
  return letterOrDigitAt.test(text) ? letterOrDigitAt.lastIndex - i : 0;
}
/**
 * How many words of letters and digits the text has: the number of matches of
 * `/[\p{L}\p{N}]+/gu`, counted without building them.
 *
 * @example
 * letterDigitWordCount('It’s 5 o’clock!') // => 5
 */
export function letterDigitWordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; ) {
    const width = wordCharWidth(text, at);
    if (width) {
      if (!inWord) count++;
      inWord = true;
      at += width;
      continue;
    }
    inWord = false;
    // Step over a whole surrogate pair, never into its second half.
    const c = text.charCodeAt(at);
    at += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return count;
}

/** Code units taken by the character at `i` when it is an uppercase letter, else 0. */
function upperWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  upperAt.lastIndex = i;
  return upperAt.test(text) ? upperAt.lastIndex - i : 0;
}
/** End of the word starting at `start` (a letter or digit). */
function wordEnd(text: string, start: number, first: number): number {
  // "U.S.", "U.K.": one or more further capital-and-period pairs.
  if (upperWidth(text, start) && text.charCodeAt(start + first) === 46) {
    let at = start + first + 1;
    let pairs = 0;
    for (let w = upperWidth(text, at); w && text.charCodeAt(at + w) === 46; w = upperWidth(text, at)) {
      at += w + 1;
      pairs++;
    }
    if (pairs) return at;
  }
  let at = start + first;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === 0x2019 || c === 39 || c === 38 || c === 45) at++;
    else {
      const w = wordCharWidth(text, at);
      if (!w) break;
      at += w;
    }
  }
  return at;
}
/**
 * Where the scan may resume to meet the first capital letter at or after `at`
 * (a position the scan reaches anyway): just after the last whitespace before
 * that letter, as whitespace is never inside a word, or `at` itself. Returns
 * the text's length when no capital follows. The words skipped are lowercase
 * or digits, which only matter inside a run.
 */
function nextCapitalArea(text: string, at: number): number {
  let from = at;
  for (; from < text.length; from++) {
    const c = text.charCodeAt(from);
    if (c < 128 ? c >= 65 && c <= 90 : (c < 0x2000 || c > 0x206f) && upperWidth(text, from)) break;
  }
  if (from >= text.length) return text.length;
  while (from > at && !isSpace(text.charCodeAt(from - 1))) from--;
  return from;
}
const onlySpace = (text: string, from: number, to: number) => {
  if (to <= from) return false;
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  for (let i = from; i < to; i++) if (!spaceChar.test(text[i]!)) return false;
  return true;
};

/**
 * Visits the runs of capitalised words in text, separated only by whitespace,
 * with up to two connector words inside ("Belt and Road Initiative", "Boao
 * Forum for Asia", "Great Hall of the People"), one run at a time. A
 * hand-written scan rather than one big regular expression, so matching stays
 * linear on any input; and the runs are not collected, as a megabyte
 * paragraph's (an object per word) would outlive the young heap and all be
 * copied into the old one.
 *
 * @param connectors Lowercase words allowed between capitalised words.
 * @param maxWords Longest run; a longer one is cut and a new run starts.
 * @example
 * forEachCapitalizedRun('He met the Ministry of Commerce in Paris.', new Set(['of']), (run) => console.log(run.text))
 * // logs 'He', 'Ministry of Commerce', then 'Paris'
 */
export function forEachCapitalizedRun(text: string, connectors: ReadonlySet<string>, visit: (run: CapitalizedRun) => void, maxWords = 13): void {
  let current: CapitalizedRun['words'] = [];
  let pending: CapitalizedRun['words'] = [];
  const close = () => {
    if (current.length) {
      const start = current[0]!.start;
      const end = current[current.length - 1]!.end;
      visit({ text: text.slice(start, end), start, end, words: current });
    }
    current = [];
    pending = [];
  };
  let previousEnd = -1;
  for (let at = 0; at < text.length; ) {
    // Outside a run nothing happens until a capitalised word: skip ahead to the next capital.
    if (current.length === 0 && (at = nextCapitalArea(text, at)) >= text.length) break;
    const first = wordCharWidth(text, at);
    if (!first) {
      // Step over a whole surrogate pair, never into its second half.
      const c = text.charCodeAt(at);
      at += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = at;
    const end = wordEnd(text, start, first);
    at = end;
    const joined = previousEnd !== -1 && (current.length > 0 || pending.length > 0) && onlySpace(text, previousEnd, start);
    previousEnd = end;
    if (upperWidth(text, start)) {
      const w = { text: text.slice(start, end), start, end };
      if (current.length && joined && current.length + pending.length < maxWords) {
        for (const p of pending) current.push(p);
        current.push(w);
        pending = [];
      } else {
        close();
        current = [w];
      }
    } else if (current.length && joined && pending.length < 2 && connectors.has(text.slice(start, end))) {
      pending.push({ text: text.slice(start, end), start, end });
    } else if (current.length || pending.length) {
      close();
    }
  }
  close();
}
