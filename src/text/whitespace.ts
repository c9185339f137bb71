import { assertString } from '../errors';

/**
 * Collapses every run of whitespace (including non-breaking spaces and line
 * breaks) to one space and trims the ends: the canonical form of paragraph text.
 *
 * @example
 * normalizeWhitespace('  a\u00a0 b\r\n c ') // => 'a b c'
 */
export function normalizeWhitespace(text: string): string {
  assertString(text, 'text');
  // A scan that copies only around whitespace needing change: text.replace(/\s+/g, ' ')
  // would build a part for every space of a megabyte-long line.
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) continue;
    let j = i + 1;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (j - i > 1 || code !== 0x20) {
      out += `${text.slice(from, i)} `;
      from = j;
    }
    i = j - 1;
  }
  return from === start ? text.slice(start, end) : out + text.slice(from, end);
}

/** Whether a UTF-16 code unit is whitespace as JavaScript's `\s` defines it. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whitespace-separated word count (runs of `\S`), without allocating: it runs on every block of every dump. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether `normalizeWhitespace(text) === text`, checked without building a string. */
export function isNormalized(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code) && (code !== 0x20 || i === 0 || i === last || text.charCodeAt(i + 1) === 0x20)) return false;
  }
  return true;
}

/**
 * The last whitespace-separated word of a text, trailing whitespace aside:
 * `text.trimEnd().split(/\s+/).pop()`, without the array ('' when there is no word).
 *
 * @example
 * lastWordOf('the “green wall” ') // => 'wall”'
 */
export function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}
