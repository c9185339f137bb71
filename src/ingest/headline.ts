import { assertString } from '../errors';

/** What the headline of an article says about it, beyond its words. */
export interface HeadlineParts {
  /** Column named before a colon at the start: "GT Voice: …". */
  column?: string;
  /** Source named after the last colon: "…: experts". */
  attribution?: string;
  /** The headline without column and attribution. */
  core: string;
}

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Reads the column and attribution off a headline.
 *
 * @example
 * parseHeadline('GT Voice: Trade can withstand pressure')
 * // => { column: 'GT Voice', core: 'Trade can withstand pressure' }
 */
export function parseHeadline(title: string): HeadlineParts {
  assertString(title, 'title');
  let core = title;
  let column: string | undefined;
  let attribution: string | undefined;
  const first = core.indexOf(':');
  if (first > 0) {
    const prefix = core.slice(0, first).trim();
    const rest = core.slice(first + 1).trim();
    if (wordsIn(prefix) <= 3 && wordsIn(rest) >= 4 && /^\p{Lu}/u.test(prefix)) {
      column = prefix;
      core = rest;
    }
  }
  const last = core.lastIndexOf(':');
  if (last > 0) {
    const suffix = core.slice(last + 1).trim();
    const body = core.slice(0, last).trim();
    if (suffix && wordsIn(suffix) <= 5 && wordsIn(body) >= 4) {
      attribution = suffix;
      core = body;
    }
  }
  return { ...(column ? { column } : {}), ...(attribution ? { attribution } : {}), core };
}

const stopWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * A short URL-safe id from a headline: its first six words, lowercased, without
 * accents and apostrophes, never ending in a stop word.
 *
 * @example
 * slugify("China's anti-dumping probe into EU brandy doesn't target any member")
 * // => 'chinas-anti-dumping-probe-into-eu'
 */
export function slugify(text: string): string {
  assertString(text, 'text');
  let words = firstSlugWords(text, 7); // a seventh, so that the sixth is whole
  words = words.slice(0, 6);
  while (words.length > 1 && stopWords.has(words[words.length - 1]!)) words.pop();
  return words.join('-') || 'article';
}

/**
 * The first `count` words of `slugWords(text)` (all of them when it has fewer),
 * read chunk by chunk rather than from the whole text, which may be a
 * megabyte-long line. Chunks are cut before an ASCII character other than a
 * letter, digit, apostrophe or backtick: NFKD and lowercasing leave such a
 * character alone, no reordering of combining marks crosses it, and it
 * separates words, so the chunks' words are the whole text's.
 */
export function firstSlugWords(text: string, count: number, chunk = 256): string[] {
  const words: string[] = [];
  for (let from = 0, size = chunk; from < text.length && words.length < count; size *= 2) {
    let to = Math.min(text.length, from + size);
    while (to < text.length && !isSlugCut(text.charCodeAt(to))) to++;
    for (const word of slugWords(text.slice(from, to))) if (words.push(word) === count) break;
    from = to;
  }
  return words;
}

/** ASCII, and neither a letter, a digit, an apostrophe nor a backtick. */
const isSlugCut = (c: number) => c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 96);

function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
