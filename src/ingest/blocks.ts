import { GtCorpusArgumentError } from '../errors';
import { isNormalized, normalizeWhitespace } from '../text/whitespace';
import type { Place } from '../model/message';

/** A run of consecutive non-blank lines: the unit a dump is made of. */
export interface Block {
  /** Whitespace-normalized text. */
  text: string;
  /** Offset of the first and after the last non-whitespace character in the input. */
  start: number;
  end: number;
  /** Where the block's first character stands. */
  place: Place;
}

/** Splits text fed in chunks into blocks; see {@link createBlockReader}. */
export interface BlockReader {
  /** Feeds the next chunk; returns the blocks it completed. */
  write(chunk: string): Block[];
  /** Ends the input; returns the last block, if any. */
  end(): Block[];
  /** Characters read so far: the offset the next chunk starts at. */
  readonly length: number;
}

const lineBreak = /\r\n|\r|\n/g;
const nonSpace = /\S/;

// Most blocks are one line with single spaces: testing beats rebuilding the string.
const blockText = (lines: readonly string[]) => {
  if (lines.length === 1 && isNormalized(lines[0]!)) return lines[0]!;
  return normalizeWhitespace(lines.join(' '));
};

/**
 * Splits raw text into blocks separated by blank lines (lines holding only
 * whitespace, non-breaking spaces included). Linear in the input.
 */
export function splitBlocks(raw: string): Block[] {
  const reader = createBlockReader();
  const blocks = reader.write(raw);
  for (const block of reader.end()) blocks.push(block);
  return blocks;
}

/**
 * The incremental form of {@link splitBlocks}: chunks may cut lines (and CRLF
 * pairs) anywhere, and offsets and line numbers still refer to the whole input,
 * so `splitBlocks(a + b)` equals the blocks of `write(a)`, `write(b)`, `end()`.
 * Memory is bounded by the longest block, not the input.
 */
export function createBlockReader(): BlockReader {
  // `pending` is the unfinished last line, starting at input offset `base`. It
  // never holds a line break, except a final CR that may be the first half of
  // a CRLF split between chunks.
  let pending = '';
  let base = 0;
  let line = 1;
  let current: { lines: string[]; start: number; end: number; place: Place } | undefined;

  const flush = (out: Block[]) => {
    if (current) {
      out.push({ text: blockText(current.lines), start: current.start, end: current.end, place: current.place });
      current = undefined;
    }
  };
  // One line: text.slice(lineStart, lineEnd), at input offset base + lineStart.
  const visit = (text: string, lineStart: number, lineEnd: number, out: Block[]) => {
    const content = text.slice(lineStart, lineEnd);
    const first = content.search(nonSpace);
    if (first === -1) {
      flush(out);
    } else {
      const at = base + lineStart;
      const trimmedEnd = at + content.trimEnd().length;
      if (!current) current = { lines: [], start: at + first, end: trimmedEnd, place: { line, column: first + 1 } };
      current.lines.push(content);
      current.end = trimmedEnd;
    }
  };
  // Visits every complete line of `text`; returns where the unfinished rest starts.
  const scan = (text: string, from: number, final: boolean, out: Block[]) => {
    let lineStart = 0;
    lineBreak.lastIndex = from;
    for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
      // A CR at the very end may pair with an LF in the next chunk: wait for it.
      if (!final && match[0] === '\r' && match.index === text.length - 1) break;
      visit(text, lineStart, match.index, out);
      lineStart = match.index + match[0].length;
      line++;
    }
    return lineStart;
  };

  return {
    write(chunk) {
      if (typeof chunk !== 'string') throw new GtCorpusArgumentError('chunk', 'a string', chunk);
      const out: Block[] = [];
      if (chunk === '') return out;
      const text = pending + chunk;
      // Only the new part (and a held-back CR) can hold line breaks.
      const rest = scan(text, Math.max(0, pending.length - 1), false, out);
      pending = text.slice(rest);
      base += rest;
      return out;
    },
    end() {
      const out: Block[] = [];
      const rest = scan(pending, 0, true, out);
      visit(pending, rest, pending.length, out);
      base += pending.length;
      pending = '';
      flush(out);
      return out;
    },
    get length() {
      return base + pending.length;
    },
  };
}
