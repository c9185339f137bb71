// splitBlocks as it was before the streaming refactor, kept as an oracle (see batch-parse-corpus.ts).
import { normalizeWhitespace } from '../../../src/text/whitespace';
import type { Place } from '../../../src/model/message';

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

const lineBreak = /\r\n|\r|\n/g;
const nonSpace = /\S/;

/**
 * Splits raw text into blocks separated by blank lines (lines holding only
 * whitespace, non-breaking spaces included). Linear in the input.
 */
export function batchSplitBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  let current: { lines: string[]; start: number; end: number; place: Place } | undefined;
  let lineStart = 0;
  let line = 1;
  const flush = () => {
    if (current) {
      blocks.push({ text: normalizeWhitespace(current.lines.join(' ')), start: current.start, end: current.end, place: current.place });
      current = undefined;
    }
  };
  const visit = (lineEnd: number) => {
    const content = raw.slice(lineStart, lineEnd);
    const first = content.search(nonSpace);
    if (first === -1) {
      flush();
    } else {
      const trimmedEnd = lineStart + content.trimEnd().length;
      if (!current) current = { lines: [], start: lineStart + first, end: trimmedEnd, place: { line, column: first + 1 } };
      current.lines.push(content);
      current.end = trimmedEnd;
    }
  };
  for (const match of raw.matchAll(lineBreak)) {
    visit(match.index);
    lineStart = match.index + match[0].length;
    line++;
  }
  visit(raw.length);
  flush();
  return blocks;
}
