import { Piscina } from 'piscina';
import type { Article } from '../model/article';
import { articleLines, extractArticle, type ArticleExtraction } from '../pipeline/extract-article';

/** Runs batches of articles through the extraction pipeline, on worker threads when there are several. */
export interface ExtractionPool {
  readonly workers: number;
  run(articles: readonly Article[]): Promise<ArticleExtraction[]>;
  /** Each article's records as NDJSON lines (see `articleLines`). */
  runLines(articles: readonly Article[]): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Where the worker module is. Built, it is `node-worker.js` beside the bundle
 * that holds this code (dist/node.js, dist/node.cjs or dist/cli.js); run from
 * TypeScript source (tests, `tsx`), it is `worker.ts` beside this file, loaded
 * through tsx's loader, so the tests exercise real threads without a build.
 */
function workerModule(workerFile: string | URL | undefined): { filename: string; execArgv: string[] } {
  const file = workerFile ?? (import.meta.url.endsWith('.ts') ? new URL('./worker.ts', import.meta.url) : new URL('./node-worker.js', import.meta.url));
  const filename = file instanceof URL ? file.href : file;
  return { filename, execArgv: /\.[cm]?ts$/.test(filename) ? ['--import', 'tsx'] : [] };
}

/**
 * A pool of `workers` threads (piscina), or the calling thread itself when
 * `workers` is 1: a single worker thread would only add copying.
 */
export function createExtractionPool(workers: number, workerFile?: string | URL): ExtractionPool {
  if (workers <= 1) {
    return { workers: 1, run: async (articles) => articles.map(extractArticle), runLines: async (articles) => articles.map(articleLines), close: async () => {} };
  }
  const { filename, execArgv } = workerModule(workerFile);
  const pool = new Piscina({ filename, minThreads: workers, maxThreads: workers, idleTimeout: 30_000, execArgv });
  return {
    workers,
    run: (articles) => pool.run(articles) as Promise<ArticleExtraction[]>,
    runLines: (articles) => pool.run(articles, { name: 'extractBatchLines' }) as Promise<string[]>,
    close: () => pool.destroy(),
  };
}
