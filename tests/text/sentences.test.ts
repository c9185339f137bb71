import { describe, expect, it } from 'vitest';
import { articles, sentences } from '../../src/index';

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
