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

// V8's Intl.Segmenter takes time quadratic in the string's length (100 kB:
// ~100 ms, 1 MB: ~10 s), so long text is segmented in pieces of about this
// many characters, cut only where the Unicode sentence rules (UAX #29) break
// anyway: after . ! or ? (and closing quotes or brackets) and spaces, before an
// uppercase letter. ICU's decision at any point looks back no further than the
// terminator before it, which a piece's uppercase start stops, so the pieces'
// segments are exactly the whole text's.
const PIECE = 2_000;
const certainBreak = /[.!?]["'”’»)\]]*[^\S\r\n\u0085\u2028\u2029]+(?=\p{Lu})/gu;

/** `[start, end)` ranges covering `text`, cut at certain sentence breaks at least `piece` characters apart. */
export function sentencePieces(text: string, piece = PIECE): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = 0;
  while (text.length - from > 2 * piece) {
    certainBreak.lastIndex = from + piece;
    const match = certainBreak.exec(text);
    if (!match) break; // no certain break left: the rest is one piece
    const to = match.index + match[0].length;
    pieces.push([from, to]);
    from = to;
  }
  pieces.push([from, text.length]);
  return pieces;
}

/**
 * Splits one paragraph into sentences with Intl.Segmenter, re-joining breaks
 * after common abbreviations ("Mr.", "Jan.", "U.S."). Linear in the length of
 * the text, however long.
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
  for (const [from, to] of sentencePieces(text)) {
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const { segment, index: at } of segmenter.segment(piece)) {
      const index = from + at;
      const start = pendingStart === -1 ? index : pendingStart;
      const end = index + segment.length;
      if (abbreviation.test(text.slice(Math.max(start, end - 12), end)) && end < text.length) {
        pendingStart = start;
        continue;
      }
      pendingStart = -1;
      pushTrimmed(out, text, start, end);
    }
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
