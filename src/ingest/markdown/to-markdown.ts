import { stringify } from 'yaml';
import type { Article } from '../../model/article';
import { escapeMarkdown } from './escape';

/**
 * Renders an article as the markdown file gt-corpus keeps per article: YAML
 * front matter (id, title, kind, column, attribution, published, images), then
 * the body with `##` subheadings and `![caption](#image-N)` where each image stands.
 *
 * @example
 * const md = articleToMarkdown(getArticle('trade-with-china-mainly-settled')!);
 * md.split('\n').slice(0, 2) // => ['---', 'id: trade-with-china-mainly-settled']
 */
export function articleToMarkdown(article: Article): string {
  const front: Record<string, unknown> = { id: article.id, title: article.title, kind: article.kind };
  if (article.column !== undefined) front.column = article.column;
  if (article.attribution !== undefined) front.attribution = article.attribution;
  front.published = article.published;
  front.images = article.images.map(({ caption, credit, alt }) => (alt === undefined ? { caption, credit } : { caption, credit, alt }));
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${articleBodyMarkdown(article)}`;
}

/**
 * The body part of {@link articleToMarkdown}: what ingest decides, without curated metadata.
 *
 * @example
 * articleBodyMarkdown(getArticle('trade-with-china-mainly-settled')!).startsWith('![Aerial photo') // => true
 */
export function articleBodyMarkdown(article: Article): string {
  const out: string[] = [];
  const headingsAt = new Map<number, string[]>();
  for (const section of article.sections) {
    if (section.heading === null) continue;
    headingsAt.set(section.start, [...(headingsAt.get(section.start) ?? []), section.heading]);
  }
  const imagesAt = new Map<number, string[]>();
  article.images.forEach((image, i) => {
    const list = imagesAt.get(image.position) ?? [];
    list.push(`![${escapeMarkdown(image.caption)}](#image-${i + 1})`);
    imagesAt.set(image.position, list);
  });
  for (let i = 0; i <= article.paragraphs.length; i++) {
    for (const heading of headingsAt.get(i) ?? []) out.push(`## ${escapeMarkdown(heading)}`);
    for (const image of imagesAt.get(i) ?? []) out.push(image);
    const paragraph = article.paragraphs[i];
    if (paragraph) out.push(escapeMarkdown(paragraph.text));
  }
  return `${out.join('\n\n')}\n`;
}
