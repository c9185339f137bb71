/**
 * Worker-thread side of the extraction pool: one task is a batch of articles,
 * and the answer is their extractions in the same order — as objects, or as
 * NDJSON text, which is much cheaper to send back than the objects it encodes.
 */
import type { Article } from '../model/article';
import { extractArticle, articleLines, type ArticleExtraction } from '../pipeline/extract-article';

export default function extractBatch(articles: readonly Article[]): ArticleExtraction[] {
  return articles.map(extractArticle);
}

/** For each article, its `gt-corpus extract` records as NDJSON lines (joined by `\n`). */
export function extractBatchLines(articles: readonly Article[]): string[] {
  return articles.map(articleLines);
}
