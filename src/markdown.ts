/**
 * `gt-corpus/markdown`: reading and writing the one-file-per-article markdown
 * format. Kept apart from the main entry so that browser bundles of the
 * extractors never pull in unified, remark and yaml.
 */
export { parseArticleMarkdown, type ParseArticleMarkdownOptions } from './ingest/markdown/parse-article-markdown';
export { articleToMarkdown, articleBodyMarkdown } from './ingest/markdown/to-markdown';
export { escapeMarkdown } from './ingest/markdown/escape';
