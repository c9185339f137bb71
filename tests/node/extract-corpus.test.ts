import { describe, expect, it } from 'vitest';
import { generateSyntheticDump } from '../../bench/generate-synthetic';
import { articles, extractEntities, extractFigures, extractQuotes, extractTerms, GtCorpusArgumentError, parseCorpus } from '../../src/index';
import { extractArticle, extractCorpus } from '../../src/node';

describe('extractCorpus', () => {
  const synthetic = parseCorpus(generateSyntheticDump({ articles: 40, seed: 11 }).dump).articles;

  it('gives the same JSON, in input order, on one thread and on two worker threads', async () => {
    const single = await extractCorpus(synthetic, { workers: 1 });
    // Batches of 3 over 2 threads: later batches often finish first, order must hold anyway.
    const parallel = await extractCorpus(synthetic, { workers: 2, batchSize: 3 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
    expect(parallel.map((e) => e.articleId)).toEqual(synthetic.map((a) => a.id));
  }, 60_000);

  it('runs every extractor the build exports, as the single extractors do', async () => {
    const [first] = await extractCorpus([articles[7]!], { workers: 1 });
    expect(first!.quotes).toEqual(extractQuotes(articles[7]!));
    expect(first!.terms).toEqual(extractTerms(articles[7]!));
    expect(first!.figures).toEqual(extractFigures(articles[7]!));
    const { entities, mentions } = extractEntities(articles[7]!);
    expect(first!.entities).toEqual(entities);
    expect(first!.mentions).toEqual(mentions);
    expect(extractArticle(articles[7]!)).toEqual(first);
  });

  it('returns deeply frozen results, from worker threads too', async () => {
    const results = await extractCorpus(articles, { workers: 2, batchSize: 2 });
    expect(results).toHaveLength(8);
    expect(Object.isFrozen(results)).toBe(true);
    expect(Object.isFrozen(results[2]!.quotes[0]!.speaker)).toBe(true);
  }, 60_000);

  it('handles no articles', async () => {
    expect(await extractCorpus([], { workers: 2 })).toEqual([]);
  });

  it('rejects bad arguments with a GtCorpusArgumentError naming the parameter', async () => {
    await expect(extractCorpus('text' as never)).rejects.toThrow(/parameter `articles`/);
    await expect(extractCorpus(['plain text'] as never)).rejects.toThrow(/parameter `articles\[0\]`/);
    await expect(extractCorpus([{ id: 'x', paragraphs: [{}] }] as never)).rejects.toThrow(/articles\[0\]\.paragraphs\[0\]/);
    for (const workers of [0, 1.5, -1, '2']) {
      await expect(extractCorpus(articles, { workers } as never)).rejects.toThrow(GtCorpusArgumentError);
    }
    await expect(extractCorpus(articles, { batchSize: 0 })).rejects.toThrow(/options\.batchSize/);
    await expect(extractCorpus(articles, 3 as never)).rejects.toThrow(/parameter `options`/);
  });
});
