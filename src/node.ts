/**
 * `gt-corpus/node`: extraction at scale, for Node.js only — worker threads for
 * many articles and streaming NDJSON records for dumps too large to hold.
 * Kept apart from the main entry so browser bundles never meet worker_threads.
 */
export { extractCorpus, type ExtractCorpusOptions } from './node/extract-corpus';
export { extractRecords, type ExtractRecordsOptions, type InputFormat, type RecordType } from './node/extract-records';
export { extractArticle, toRecords, type ArticleExtraction, type ExtractRecord } from './pipeline/extract-article';
