/**
 * Worker-thread side of the extraction pool: one task is a batch of articles,
 * and the answer is their extractions in the same order.
 */
import type { Article } from '../model/article';
import { extractArticle, type ArticleExtraction } from '../pipeline/extract-article';

export default function extractBatch(articles: readonly Article[]): ArticleExtraction[] {
  return articles.map(extractArticle);
}
