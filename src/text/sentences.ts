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

// V8's Intl.Segmenter takes time that grows with the number of segments times
// the string's length (100,000 one-word sentences: ~30 s), so text is
// segmented in windows of about this many characters. A window's breaks are
// the whole text's as far as the window decides them: it starts at a break of
// the whole text (ICU looks back no further than the sentence it is in), and a
// break is kept only when a letter, terminator or paragraph separator follows
// it inside the window, since the one rule that looks ahead further (UAX #29
// SB8: "etc. 5 apples" does not break) stops at the first of those. The rest
// of the window is segmented again as the start of the next one.
const WINDOW = 2_000;
const resolving = /[\p{Lu}\p{Ll}\p{Lo}.!?\n\r\u0085\u2028\u2029]/u;
// A break comes only after a terminator or a paragraph separator (UAX #29
// SB4-SB11), so the text up to the first of these after a sentence's start
// holds no break and is not segmented window by window: without this, one
// 10 MB sentence was segmented about twenty times over as its window doubled.
const mayEndSentence = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/gu;

/**
 * Start offsets of the sentence segments Intl.Segmenter finds in `text`, the
 * same as segmenting it whole, found window by window in linear time.
 */
export function segmentStarts(text: string, window = WINDOW): number[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const starts: number[] = [];
  let from = 0;
  let size = window;
  let firstTerminator = -1; // of the sentence starting at `from`
  while (from < text.length) {
    if (firstTerminator < from) {
      mayEndSentence.lastIndex = from;
      const terminator = mayEndSentence.exec(text);
      if (terminator === null) {
        starts.push(from); // no terminator in the rest: one sentence
        break;
      }
      firstTerminator = terminator.index;
    }
    const to = Math.min(text.length, firstTerminator + size);
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    const found: number[] = [];
    for (const { index } of segmenter.segment(piece)) found.push(index);
    if (to === text.length) {
      for (const i of found) starts.push(from + i);
      break;
    }
    // The last break followed by something that settles it, as long as it is not the window's start.
    let lastResolved = piece.length - 1;
    while (lastResolved >= 0 && !resolving.test(piece[lastResolved]!)) lastResolved--;
    let k = found.length - 1;
    while (k > 0 && found[k]! > lastResolved) k--;
    if (k === 0) {
      size *= 2; // one sentence fills the window: look further
      continue;
    }
    for (let i = 0; i < k; i++) starts.push(from + found[i]!);
    from += found[k]!;
    size = window;
  }
  return starts;
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
  const out: Sentence[] = [];
  let pendingStart = -1;
  const starts = segmentStarts(text);
  for (let k = 0; k < starts.length; k++) {
    const index = starts[k]!;
    const start = pendingStart === -1 ? index : pendingStart;
    const end = k + 1 < starts.length ? starts[k + 1]! : text.length;
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
