/** Pathological inputs through every public extractor and parser: no throw, offsets that hold. */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index';

const inputs: Array<[string, string]> = [
  ['1 MB without spaces', 'x'.repeat(1_000_000)],
  ['100,000 quotation marks', '“”"'.repeat(33_334)],
  ['50,000 nested parentheses', `${'('.repeat(50_000)}said${')'.repeat(50_000)}`],
  ['1 MB of digits and commas', '1,2'.repeat(333_334)],
  ['100,000 capitalised words in a row', 'Word '.repeat(100_000)],
  // Intl.Segmenter alone is quadratic in the number of sentences of one string.
  ['100,000 one-word sentences', 'no! '.repeat(100_000)],
  // Each cue once read the rest of its sentence and searched the whole paragraph back for a comma.
  ['30,000 attributions in one sentence without a comma', 'Prices rose according to Reuters and '.repeat(30_000)],
];

describe.each(inputs)('%s', (_name, input) => {
  const paragraphs = new Map(lib.paragraphsOf(input).map((p) => [p.id, p.text]));
  const holds = (items: ReadonlyArray<{ paragraphId: string; start: number; end: number; text: string }>) => {
    for (const item of items) expect(paragraphs.get(item.paragraphId)!.slice(item.start, item.end)).toBe(item.text);
  };

  it('goes through the extractors', () => {
    holds(lib.extractQuotes(input));
    holds(lib.extractTerms(input));
    holds(lib.extractFigures(input));
    holds(lib.extractEntities(input).mentions);
  });

  it('goes through the parsers and text helpers', () => {
    const { articles } = lib.parseCorpus(input);
    for (const a of articles) for (const p of a.paragraphs) expect(lib.normalizeWhitespace(input.slice(p.source.start, p.source.end))).toBe(p.text);
    for (const s of lib.sentences(input.slice(0, 100_000))) expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(() => lib.search(input.slice(0, 10_000))).not.toThrow();
    expect(() => lib.createLinker({ articles }).graph()).not.toThrow();
  });
});

describe('a megabyte of quotation marks', () => {
  it('does not overflow the call stack with hundreds of thousands of items', () => {
    const input = '“”"'.repeat(333_334);
    expect(() => lib.extractQuotes(input)).not.toThrow();
    expect(() => lib.extractTerms(input)).not.toThrow();
    expect(() => lib.extractEntities(input)).not.toThrow();
  });
});
