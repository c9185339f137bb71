import { describe, expect, it } from 'vitest';
import { segments } from '../../../examples/explorer/src/highlight';

describe('segments', () => {
  const text = 'Copper rose 5 percent to $2 billion.';

  it('cuts a paragraph into plain and marked pieces that join back to the text', () => {
    const pieces = segments(text, [{ start: 12, end: 21 }]);
    expect(pieces).toEqual([
      { text: 'Copper rose ', marked: false },
      { text: '5 percent', marked: true },
      { text: ' to $2 billion.', marked: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('merges overlapping and touching spans, in any order, and clips spans outside the text', () => {
    expect(segments(text, [{ start: 25, end: 99 }, { start: 12, end: 18 }, { start: 16, end: 21 }, { start: 21, end: 24 }])).toEqual([
      { text: 'Copper rose ', marked: false },
      { text: '5 percent to', marked: true },
      { text: ' ', marked: false },
      { text: '$2 billion.', marked: true },
    ]);
  });

  it('gives the whole text unmarked when there is nothing to highlight', () => {
    expect(segments(text, [])).toEqual([{ text, marked: false }]);
    expect(segments('', [])).toEqual([{ text: '', marked: false }]);
  });
});
