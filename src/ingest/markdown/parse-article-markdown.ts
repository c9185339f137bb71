import type { Heading, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, parseDocument, type Document } from 'yaml';
import { deepFreeze } from '../../deep-freeze';
import { assertOptions, assertString, GtCorpusError, type Place } from '../../errors';
import { ArticleSchema, type Article, type Image, type Paragraph, type Section } from '../../model/article';
import { FrontMatterSchema, type FrontMatter } from '../../model/front-matter';
import { countWords, normalizeWhitespace } from '../../text/whitespace';

export interface ParseArticleMarkdownOptions {
  /** File name used in error messages. */
  file?: string;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const imageRef = /^#image-(\d+)$/;

/**
 * Parses one article file (YAML front matter + markdown body) into an
 * {@link Article}. Paragraph `source` offsets point into the markdown text.
 *
 * @throws {GtCorpusError} `ERR_FRONT_MATTER` naming file, line, column and field
 *   path when the front matter is missing, malformed or invalid; `ERR_MARKDOWN`
 *   for body constructs an article cannot hold (lists, code, quotes…).
 * @example
 * import { readFileSync } from 'node:fs';
 * import { parseArticleMarkdown } from 'gt-corpus/markdown';
 * const file = 'corpus/articles/08-trade-with-china-mainly-settled.md';
 * const article = parseArticleMarkdown(readFileSync(file, 'utf8'), { file });
 * article.title // => 'Trade with China mainly settled in yuan, rubles: Russian deputy PM'
 */
export function parseArticleMarkdown(markdown: string, options?: ParseArticleMarkdownOptions): Article {
  assertString(markdown, 'markdown');
  assertOptions(options, 'options', ['file']);
  const file = options?.file ?? '<markdown>';
  const tree = processor.parse(markdown) as Root;
  const [first, ...body] = tree.children;
  if (!first || first.type !== 'yaml') {
    throw new GtCorpusError(`${file}:1:1: article markdown must start with YAML front matter between --- lines`, {
      code: 'ERR_FRONT_MATTER',
      file,
      place: { line: 1, column: 1 },
    });
  }
  const front = readFrontMatter(first.value, (first.position?.start.line ?? 1) + 1, file);

  const paragraphs: Paragraph[] = [];
  const sections: Section[] = [];
  const positions = new Map<number, number>();
  let heading: string | null = null;
  for (const node of body) {
    const image = imageOf(node);
    if (image !== undefined) {
      if (image < 1 || image > front.images.length) fail(node, file, `refers to #image-${image}, but the front matter lists ${front.images.length} image(s)`);
      positions.set(image - 1, paragraphs.length);
    } else if (node.type === 'heading' && node.depth === 2) {
      const current = sections[sections.length - 1];
      if (current) current.end = paragraphs.length;
      heading = normalizeWhitespace(textOf(node));
      sections.push({ heading, start: paragraphs.length, end: paragraphs.length });
    } else if (node.type === 'paragraph') {
      const text = normalizeWhitespace(textOf(node));
      if (!text) continue;
      if (sections.length === 0) sections.push({ heading: null, start: 0, end: 0 });
      paragraphs.push({
        id: `${front.id}:p${paragraphs.length + 1}`,
        index: paragraphs.length,
        text,
        heading,
        source: { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 },
      });
      sections[sections.length - 1]!.end = paragraphs.length;
    } else {
      fail(node, file, `a ${node.type === 'heading' ? `level-${node.depth} heading` : node.type} cannot stand in an article body (use paragraphs, ## subheadings and ![caption](#image-N))`);
    }
  }
  const images: Image[] = front.images.map((image, i) => ({
    id: `${front.id}:img${i + 1}`,
    ...image,
    position: positions.get(i) ?? 0,
  }));
  const article: Article = {
    id: front.id,
    title: front.title,
    kind: front.kind,
    ...(front.column !== undefined ? { column: front.column } : {}),
    ...(front.attribution !== undefined ? { attribution: front.attribution } : {}),
    published: front.published,
    images,
    sections,
    paragraphs,
    wordCount: paragraphs.reduce((sum, p) => sum + countWords(p.text), 0),
    source: { start: 0, end: markdown.length },
  };
  return deepFreeze(ArticleSchema.parse(article));
}

function readFrontMatter(yamlText: string, firstLine: number, file: string): FrontMatter {
  const doc = parseDocument(yamlText, { uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const pos = problem.linePos?.[0] ?? { line: 1, col: 1 };
    const place = { line: firstLine + pos.line - 1, column: pos.col };
    throw new GtCorpusError(`${file}:${place.line}:${place.column}: front matter is not valid YAML: ${problem.message.split('\n')[0]}`, {
      code: 'ERR_FRONT_MATTER',
      file,
      place,
    });
  }
  if (!isMap(doc.contents)) {
    throw new GtCorpusError(`${file}:${firstLine}:1: front matter must be a YAML mapping`, { code: 'ERR_FRONT_MATTER', file, place: { line: firstLine, column: 1 } });
  }
  const result = FrontMatterSchema.safeParse(doc.toJS({ mapAsMap: false }));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const fieldPath = unknownKey === undefined ? path : [...path, unknownKey];
    const place = placeOf(doc, fieldPath, yamlText, firstLine);
    const shown = fieldPath.length ? fieldPath.join('.') : '(root)';
    throw new GtCorpusError(`${file}:${place.line}:${place.column}: front matter field \`${shown}\`: ${issue.message}`, {
      code: 'ERR_FRONT_MATTER',
      file,
      place,
      path: fieldPath,
    });
  }
  return result.data;
}

/** Line and column of the deepest node of `path` that exists in the YAML document. */
function placeOf(doc: Document, path: Array<string | number>, yamlText: string, firstLine: number): Place {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!range) continue;
    // For a mapping key, point at the key rather than its value.
    const keyOffset = depth > 0 ? findKey(yamlText, range[0], path[depth - 1]) : range[0];
    const before = yamlText.slice(0, keyOffset);
    const line = before.split('\n').length;
    const column = keyOffset - before.lastIndexOf('\n');
    return { line: firstLine + line - 1, column };
  }
  return { line: firstLine, column: 1 };
}

function findKey(yamlText: string, valueOffset: number, key: string | number | undefined): number {
  if (typeof key !== 'string') return valueOffset;
  const lineStart = yamlText.lastIndexOf('\n', valueOffset - 1) + 1;
  const at = yamlText.indexOf(key, lineStart);
  return at !== -1 && at <= valueOffset ? at : valueOffset;
}

function imageOf(node: RootContent): number | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const child = node.children[0]!;
  if (child.type !== 'image') return undefined;
  const match = imageRef.exec(child.url);
  return match ? Number(match[1]) : undefined;
}

function textOf(node: MdParagraph | Heading | PhrasingContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as PhrasingContent[]).map(textOf).join('');
  return '';
}

function fail(node: RootContent, file: string, reason: string): never {
  const place = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  throw new GtCorpusError(`${file}:${place.line}:${place.column}: ${reason}`, { code: 'ERR_MARKDOWN', file, place });
}
