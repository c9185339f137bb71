/**
 * Words as the search index sees them: text split on white space and
 * punctuation, lowercased, with stop words dropped.
 */

/** Runs of white space, line breaks and punctuation separate words. */
export const separators = /[\n\r\p{Z}\p{P}]+/u;

// Words too common to rank by; dropping them keeps postings short and queries fast.
const stopWords = new Set('a an and are as at be by for from has have in is it its of on or that the their this to was were will with'.split(' '));

/** A token as indexed, or null when it is not indexed (empty or a stop word). */
export function processTerm(token: string): string | null {
  const lower = token.toLowerCase();
  return lower === '' || stopWords.has(lower) ? null : lower;
}

/** The distinct indexed words of a query, each where it last appears (so the last word stays last). */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const token of query.split(separators)) {
    const term = processTerm(token);
    if (term !== null) {
      terms.delete(term);
      terms.add(term);
    }
  }
  return [...terms];
}

/** One separator character (as a code point). */
const separator = /^[\n\r\p{Z}\p{P}]$/u;
// Whether each UTF-16 code unit separates words: 1 yes, 0 no, -1 not known yet
// (asked of `separator` once, on first sight). Made on first use.
let separates: Int8Array | undefined;

/** The length (1 or 2) of the separator code point at `i`, or 0 when there is none. */
function separatorAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low < 0xe000) return separator.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  separates ??= new Int8Array(0x10000).fill(-1);
  let known = separates[code]!;
  if (known < 0) separates[code] = known = separator.test(String.fromCharCode(code)) ? 1 : 0;
  return known;
}

/** Whether `text[start…end)`, lowercased, is `term` (without making the lowercase copy when it is ASCII). */
function isTerm(text: string, start: number, end: number, term: string): boolean {
  if (end - start !== term.length) return false;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 128) return text.slice(start, end).toLowerCase() === term;
    if (code >= 65 && code <= 90) code += 32;
    if (code !== term.charCodeAt(i - start)) return false;
  }
  return true;
}

/**
 * Calls `each(start, end)` for the words of `text` (as the index splits them)
 * whose indexed form is in `terms`, in order, until it returns false.
 */
export function findTerms(text: string, terms: readonly string[], each: (start: number, end: number) => boolean): void {
  // Lowercasing may lengthen a word with letters beyond ASCII, never shorten it.
  let longest = 0;
  for (let t = 0; t < terms.length; t++) longest = Math.max(longest, terms[t]!.length);
  for (let i = 0; i < text.length; ) {
    const skip = separatorAt(text, i);
    if (skip > 0) {
      i += skip;
      continue;
    }
    const start = i;
    while (i < text.length && separatorAt(text, i) === 0) i++;
    if (i - start > longest) continue;
    let found = false;
    for (let t = 0; t < terms.length && !found; t++) found = isTerm(text, start, i, terms[t]!);
    // A word with letters beyond ASCII may lowercase to another length.
    if (!found) for (let j = start; j < i && !found; j++) if (text.charCodeAt(j) >= 128) found = terms.includes(text.slice(start, i).toLowerCase());
    if (found && !each(start, i)) return;
  }
}
