import { availableParallelism } from 'node:os';
import { deepFreeze } from '../deep-freeze';
import { assertOptions, GtCorpusArgumentError } from '../errors';
import { toExtractionInput } from '../extract/input';
import type { Article } from '../model/article';
import type { ArticleExtraction } from '../pipeline/extract-article';
import { createExtractionPool } from './pool';

export interface ExtractCorpusOptions {
  /**
   * Threads to spread the articles over; default `os.availableParallelism()`.
   * 1 runs everything on the calling thread.
   */
  workers?: number;
  /** Articles per task sent to a thread; default a quarter of each thread's share, at most 32. */
  batchSize?: number;
  /** The worker module, for custom builds; default the one shipped beside this entry. */
  workerFile?: string | URL;
}

const positiveInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

/**
 * Runs every extractor over many articles — quotes and terms, and figures and
 * entities when this build has them — spread over worker threads. The result
 * is the same, in the same order, whatever the number of workers: element `i`
 * belongs to `articles[i]`.
 *
 * @param articles Articles, e.g. from `parseCorpus` or `ArticleSchema.parse`.
 * @returns Deeply frozen extractions, one per article, in input order.
 * @example
 * import { readFileSync } from 'node:fs';
 * import { parseCorpus } from 'gt-corpus';
 * import { extractCorpus } from 'gt-corpus/node';
 * const { articles } = parseCorpus(readFileSync('corpus/raw/global-times-2024.txt', 'utf8'));
 * const results = await extractCorpus(articles, { workers: 2 });
 * results.length // => 8
 * results[0].articleId === articles[0].id // => true
 */
export async function extractCorpus(articles: readonly Article[], options?: ExtractCorpusOptions): Promise<readonly ArticleExtraction[]> {
  if (!Array.isArray(articles)) throw new GtCorpusArgumentError('articles', 'an array of articles', articles);
  assertOptions(options, 'options');
  articles.forEach((article, i) => {
    // Strings are fine for the single extractors but carry no article id here.
    if (typeof article !== 'object') throw new GtCorpusArgumentError(`articles[${i}]`, 'an Article', article);
    toExtractionInput(article, `articles[${i}]`);
  });
  const workers = options?.workers ?? availableParallelism();
  if (!positiveInteger(workers)) throw new GtCorpusArgumentError('options.workers', 'a positive integer', workers);
  const batchSize = options?.batchSize ?? Math.min(32, Math.max(1, Math.ceil(articles.length / (workers * 4))));
  if (!positiveInteger(batchSize)) throw new GtCorpusArgumentError('options.batchSize', 'a positive integer', batchSize);

  const batches: Array<readonly Article[]> = [];
  for (let i = 0; i < articles.length; i += batchSize) batches.push(articles.slice(i, i + batchSize));
  const pool = createExtractionPool(Math.min(workers, batches.length), options?.workerFile);
  try {
    // Batches are contiguous and awaited in submission order, so order holds.
    const results = await Promise.all(batches.map((batch) => pool.run(batch)));
    return deepFreeze(results.flat());
  } finally {
    await pool.close();
  }
}
