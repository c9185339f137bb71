import { describe, expect, it } from 'vitest';
import { generateSyntheticDump, syntheticArticles, syntheticParagraph } from '../../bench/generate-synthetic';
import { parseCorpus } from '../../src/index';

describe('synthetic corpus generator', () => {
  it('is deterministic: the same seed gives the same dump, another seed another', () => {
    const a = generateSyntheticDump({ articles: 40, seed: 7 });
    expect(generateSyntheticDump({ articles: 40, seed: 7 })).toEqual(a);
    expect(generateSyntheticDump({ articles: 40, seed: 8 }).dump).not.toBe(a.dump);
    expect(syntheticParagraph(5000, 3)).toBe(syntheticParagraph(5000, 3));
  });

  it('makes dumps in the bundled shape that parse back into exactly its articles, without warnings', () => {
    const { dump, titles } = generateSyntheticDump({ articles: 120, seed: 1 });
    const { articles, messages } = parseCorpus(dump);
    expect(articles.map((a) => a.title)).toEqual(titles);
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
    expect(articles.every((a) => a.images.length >= 1 && a.paragraphs.length >= 3)).toBe(true);
    // Both copies of every caption still pair up: one image each, as in the bundled articles.
    // (Only the Azerbaijani ambassador's article has two photos.)
    for (const a of articles) expect(a.images.length).toBe(a.images[0]!.credit === '(Photo by Xie Hao/Xinhua)' ? 2 : 1);
  });

  it('varies names, numbers and headlines so that articles do not repeat', () => {
    const texts = generateSyntheticDump({ articles: 200, seed: 2 }).dump.split('\n\n');
    const paragraphs = texts.filter((t) => t.length > 200);
    expect(new Set(paragraphs).size / paragraphs.length).toBeGreaterThan(0.95);
    const { articles } = parseCorpus(generateSyntheticDump({ articles: 200, seed: 2 }).dump);
    expect(new Set(articles.map((a) => a.id.replace(/-\d+$/, ''))).size).toBeGreaterThan(190);
  });

  it('sizes dumps by bytes and paragraphs by characters', () => {
    const { dump } = generateSyntheticDump({ bytes: 200_000, seed: 4 });
    expect(Buffer.byteLength(dump)).toBeGreaterThanOrEqual(200_000);
    expect(Buffer.byteLength(dump)).toBeLessThan(240_000);
    const paragraph = syntheticParagraph(10_000, 5);
    expect(paragraph).toHaveLength(10_000);
    expect(paragraph).not.toMatch(/\n/);
    const first = syntheticArticles(9).next().value;
    expect(first.text.endsWith('\n\n')).toBe(true);
  });
});
