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
  // Only the first six words count: read a prefix that holds a seventh (so the
  // sixth is whole), doubling it as needed, rather than the whole text, which
  // may be a megabyte-long line.
  let words: string[] = [];
  for (let size = 256; ; size *= 2) {
    words = slugWords(text.length > size ? text.slice(0, size) : text);
    if (words.length > 6 || text.length <= size) break;
  }
  words = words.slice(0, 6);
  while (words.length > 1 && stopWords.has(words[words.length - 1]!)) words.pop();
  return words.join('-') || 'article';
}

function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
