/** A stretch of text between quotation marks. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** Content offsets (inside the marks, trimmed of whitespace). */
  start: number;
  end: number;
  /** No closing mark in the paragraph (AP style: the quote continues in the next one). */
  unclosed: boolean;
  /** The paragraph opens with this quote and the previous paragraph left a quote open. */
  continued: boolean;
}

const anyMark = /[“”"‘’]/g;
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined) => ch === undefined || /[\s([{—–-]/.test(ch);

/**
 * Finds the outer quotations of a paragraph. Curly double quotes pair by
 * direction; straight double quotes alternate; single quotes count as outer
 * marks only when the paragraph has no double quotes (British style), and an
 * apostrophe (a letter on both sides, or a possessive "countries’ ") never opens
 * or closes one. Nested quotes stay inside. One pass, linear time.
 */
export function findQuotedSpans(text: string, previousUnclosed = false): QuotedSpan[] {
  const spans = pairMarks(text, true) ?? pairMarks(text, false)!;
  if (previousUnclosed && spans[0] && spans[0].open === 0) spans[0].continued = true;
  return spans;
}

/**
 * One pass over the marks. With `nesting`, curly double quotes nest (“a “b” c”)
 * and an unbalanced paragraph returns undefined so the caller can retry
 * without nesting, where a second opening mark ends an unclosed quote.
 */
function pairMarks(text: string, nesting: boolean): QuotedSpan[] | undefined {
  // British style: single quotes are the outer marks when one opens before any double quote.
  const firstDouble = text.search(/["“”]/);
  const firstSingle = text.search(/(?:^|[\s([{—–-])‘[\p{L}\p{N}]/u);
  const hasDouble = firstDouble !== -1 && (firstSingle === -1 || firstDouble < firstSingle);
  const spans: QuotedSpan[] = [];
  let openAt = -1;
  let openChar = '';
  let depth = 0;
  // A closing single quote that looks like a plural possessive ("rules’ whatever") is used only if nothing better closes the quote.
  let possessiveClose = -1;
  for (let i = 0; i < text.length; i++) {
    // Only quotation marks open, nest or close: go straight to the next one.
    anyMark.lastIndex = i;
    if (!anyMark.test(text)) break;
    i = anyMark.lastIndex - 1;
    const ch = text[i]!;
    if (openAt === -1) {
      if (ch === '“' || ch === '"' || (!hasDouble && ch === '‘' && isSpaceOrStart(text[i - 1]) && isLetterOrDigit(text[i + 1]))) {
        openAt = i;
        openChar = ch;
        depth = 1;
        possessiveClose = -1;
      }
      // A stray closing mark has nothing to pair with and is ignored.
      continue;
    }
    if (openChar === '“' && ch === '“') {
      if (nesting) {
        depth++;
      } else {
        spans.push(makeSpan(text, openAt, i, true));
        openAt = i;
      }
      continue;
    }
    if (openChar === '‘' && ch === '’' && possessiveClose === -1 && isPluralPossessive(text, i)) possessiveClose = i;
    const closes =
      (openChar === '“' && ch === '”') ||
      (openChar === '"' && ch === '"') ||
      (openChar === '‘' && ch === '’' && !isLetterOrDigit(text[i + 1]) && !isPluralPossessive(text, i));
    if (closes && --depth === 0) {
      spans.push(makeSpan(text, openAt, i, false));
      openAt = -1;
    }
  }
  if (openAt !== -1 && possessiveClose !== -1) {
    spans.push(makeSpan(text, openAt, possessiveClose, false));
    openAt = -1;
  }
  if (openAt !== -1) {
    if (nesting && depth > 1) return undefined;
    spans.push(makeSpan(text, openAt, text.length, true));
  }
  return spans;
}

// "the countries’ commitment": an apostrophe after a plural, followed by a lowercase word.
function isPluralPossessive(text: string, i: number): boolean {
  return text[i - 1] === 's' && text[i + 1] === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '');
}

function makeSpan(text: string, open: number, close: number, unclosed: boolean): QuotedSpan {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { open, close, start, end, unclosed, continued: false };
}
