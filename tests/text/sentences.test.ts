import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../properties/arbitraries';
import { articles, sentences } from '../../src/index';
import { segmentStarts } from '../../src/text/sentences';

describe('sentences', () => {
  it('splits a paragraph with offsets that slice back to each sentence', () => {
    for (const article of articles) {
      for (const paragraph of article.paragraphs) {
        for (const s of sentences(paragraph)) expect(paragraph.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('does not break after common abbreviations', () => {
    expect(sentences('Mr. Li met Dr. Wang in the U.S. on Jan. 5. They talked.').map((s) => s.text)).toEqual([
      'Mr. Li met Dr. Wang in the U.S. on Jan. 5.',
      'They talked.',
    ]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences('   ')).toEqual([]);
  });

  it('accepts a paragraph object or a string, nothing else', () => {
    expect(sentences({ text: 'One. Two.' })).toHaveLength(2);
    expect(() => sentences(5 as never)).toThrow(/parameter `paragraph`/);
  });
});

describe('sentences on long text', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const boundaries = (text: string) => [...segmenter.segment(text)].map((s) => s.index);
  const paragraphs = articles.flatMap((a) => a.paragraphs.map((p) => p.text));

  it('finds, window by window, exactly the breaks of the whole text', () => {
    const text = paragraphs.join(' ');
    expect(segmentStarts(text, 40)).toEqual(boundaries(text));
    expect(segmentStarts(text)).toEqual(boundaries(text));
  });

  it('keeps the same breaks on any mix of sentences, abbreviations, quotes, numbers and whitespace', () => {
    const bits = [
      ...paragraphs.flatMap((p) => p.split(/(?<=[.!?”])\s+/)),
      'Mr. Li said.', 'U.S. President Joe Biden left.', 'It rose 3.5 percent.', '“Why?” she asked.', 'No. 3 came.', 'e.g. this one.',
      '(See above.)', 'A.B. Smith arrived.', 'Wait!', '1.5 billion yuan.', 'Jan. 5 was cold.',
      'x!', 'why? 3', '1.', 'etc. 5 apples', 'etc. 5', '中文。', 'a;', '“ok!”', '42', '...', 'É.',
      // long stretches with no terminator, which are not segmented at all
      '((((((((((', 'no terminator in this stretch at all', 'ABC DEF GHI', '))))”',
    ];
    const gaps = [' ', '  ', '\u00a0', ' \n', '\n', '\n ', ' \r\n  ', '\u2028 ', '\t', ''];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bits.length - 1), fc.nat(gaps.length - 1)), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 300 }), (picks, size) => {
        const text = picks.map(([b, g]) => bits[b]! + gaps[g]!).join('');
        expect(segmentStarts(text, size)).toEqual(boundaries(text));
      }),
      { numRuns, seed: 42 },
    );
  });

  it('stays fast on a hundred thousand one-word sentences (quadratic in Intl.Segmenter alone)', () => {
    for (const unit of ['x! ', '1. ', '中文。', 'a\n', 'a\u2029']) {
      const text = unit.repeat(100_000);
      const started = performance.now();
      const result = sentences(text);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(result.length).toBeGreaterThanOrEqual(unit === '1. ' ? 1 : 100_000);
    }
  });

  it('stays linear: a 1 MB paragraph takes about 100 times a 10 kB one, not 10,000 times', () => {
    const unit = paragraphs.join(' ');
    const long = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    const result = sentences(long);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.length).toBeGreaterThan(5_000);
    for (const s of result.slice(0, 50)) expect(long.slice(s.start, s.end)).toBe(s.text);
  });
});
