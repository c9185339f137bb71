import { assertString, GtCorpusArgumentError } from '../errors';

/** A sentence with offsets into the paragraph text it came from. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// ICU breaks after these even when a name or number follows; general English
// abbreviations, not corpus knowledge.
const abbreviation =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Rev|St|Sr|Jr|No|Nos|Co|Corp|Inc|Ltd|Bros|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|est|U\.S|U\.K|U\.N|E\.U|[A-Z])\.\s*$/;

let segmenter: Intl.Segmenter | undefined;

/**
 * Splits one paragraph into sentences with Intl.Segmenter, re-joining breaks
 * after common abbreviations ("Mr.", "Jan.", "U.S."). Call it per paragraph:
 * the segmenter slows down badly on very long strings.
 *
 * @param paragraph A paragraph object or its text.
 * @example
 * sentences('Mr. Li spoke. He left.')
 * // => [{ text: 'Mr. Li spoke.', start: 0, end: 13 }, { text: 'He left.', start: 14, end: 22 }]
 */
export function sentences(paragraph: string | { readonly text: string }): Sentence[] {
  const text = typeof paragraph === 'string' ? paragraph : paragraph?.text;
  if (typeof paragraph !== 'string') {
    if (typeof text !== 'string') throw new GtCorpusArgumentError('paragraph', 'a string or an object with a string `text`', paragraph);
  }
  assertString(text, 'paragraph');
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Sentence[] = [];
  let pendingStart = -1;
  for (const { segment, index } of segmenter.segment(text)) {
    const start = pendingStart === -1 ? index : pendingStart;
    const end = index + segment.length;
    if (abbreviation.test(text.slice(Math.max(start, end - 12), end)) && end < text.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    pushTrimmed(out, text, start, end);
  }
  if (pendingStart !== -1) pushTrimmed(out, text, pendingStart, text.length);
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
