/**
 * Collapses every run of whitespace (including non-breaking spaces and line
 * breaks) to one space and trims the ends: the canonical form of paragraph text.
 *
 * @example
 * normalizeWhitespace('  a\u00a0 b\r\n c ') // => 'a b c'
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whitespace-separated word count of a normalized text. */
export function countWords(text: string): number {
  let count = 0;
  for (const match of text.matchAll(/\S+/g)) if (match[0]) count++;
  return count;
}
