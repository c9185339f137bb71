/**
 * paragraphsOf splits plain text itself instead of going through the streaming
 * block reader; its paragraphs must be exactly the reader's blocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../properties/arbitraries';
import { paragraphsOf } from '../../src/extract/input';
import { splitBlocks } from '../../src/ingest/blocks';

/** Paragraphs as the block reader gives them. */
const viaBlocks = (text: string, articleId = 'text') =>
  splitBlocks(text).map((block, index) => ({
    id: `${articleId}:p${index + 1}`,
    index,
    text: text.slice(block.start, block.end),
    heading: null,
    source: { start: block.start, end: block.end },
  }));

// Text built from the characters that matter to blocks: line breaks, blank-line
// whitespace of every kind (including U+2028, which is whitespace but no line break), and letters.
const pieces = ['\n', '\r', '\r\n', ' ', '\t', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u3000', '\v', '\f', 'a', 'Bc', '.', '5'];
const blockText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('paragraphsOf', () => {
  it('gives the blocks of splitBlocks', () => {
    fc.assert(
      fc.property(fc.oneof(blockText, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        expect(paragraphsOf(text)).toEqual(viaBlocks(text));
        expect(paragraphsOf(text, 'a1')).toEqual(viaBlocks(text, 'a1'));
      }),
      { numRuns },
    );
  });

  it('handles edge cases like the block reader', () => {
    for (const text of ['', '\n', 'a', 'a\r', 'a\r\n', '\r\na', 'a\n\nb', 'a\n \nb', 'a\r\rb', 'a\u2028\u2028b', ' a \n b \n\n\t\n c\u00a0', 'a\n\u00a0\nb']) {
      expect(paragraphsOf(text)).toEqual(viaBlocks(text));
    }
  });

  it('rejects a non-string', () => {
    expect(() => paragraphsOf(1 as never)).toThrow(/parameter `text` must be a string/);
  });
});
