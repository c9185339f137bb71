/** Caption text split from its credit. */
export interface CaptionParts {
  caption: string;
  credit: string;
}

// Credits close a caption: "Photo: Xinhua", "Photo:VCG", "(Photo by Xie Hao/Xinhua)",
// "Illustration: Chen Xia/GT". Bounded repetition keeps matching linear.
const creditWords = '(?:Photos?|Photograph|Image|Illustration|Graphics?|Chart|Infographic|Cartoon|Video|Screenshot)';
export const labelledCredit = new RegExp(`(?:^|\\s)(${creditWords}\\s?:\\s?[^\\s:][^:]{0,80})$`);
export const bylineCredit = new RegExp(`(?:^|\\s)(\\(${creditWords} by [^()]{1,80}\\))$`, 'i');

/**
 * Splits a caption block into caption and credit, or returns undefined when the
 * block carries no credit.
 *
 * @example
 * splitCredit('Leaders meet the press. Photo: Xinhua')
 * // => { caption: 'Leaders meet the press.', credit: 'Photo: Xinhua' }
 */
export function splitCredit(text: string): CaptionParts | undefined {
  const tail = text.length > 200 ? text.slice(-200) : text;
  const match = labelledCredit.exec(tail) ?? bylineCredit.exec(tail);
  if (!match?.[1]) return undefined;
  const credit = match[1];
  return { caption: text.slice(0, text.length - credit.length).trimEnd(), credit };
}

/** Lowercased words with punctuation and quote style removed, for comparing caption copies. */
function captionWords(text: string): string[] {
  const parts = splitCredit(text);
  const body = (parts ? parts.caption : text).toLowerCase().normalize('NFKC');
  return body.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Whether two adjacent blocks are copies of one caption: identical, one a
 * truncation of the other, or reworded in a few places ("Feb." vs "February").
 */
export function isCaptionCopy(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = captionWords(a);
  const wb = captionWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length >= 3 && short.every((word, i) => long[i] === word)) return true;
  const setLong = new Set(long);
  let shared = 0;
  for (const word of new Set(short)) if (setLong.has(word)) shared++;
  const dice = (2 * shared) / (new Set(short).size + setLong.size);
  return dice >= 0.8 && short.length >= 4;
}
