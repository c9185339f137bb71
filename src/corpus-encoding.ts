/**
 * How the bundled corpus data is stored in src/generated/.
 *
 * The `text` of a quote, term, figure or mention (and of a quote's cue) is a
 * slice of its paragraph. In a bundle the paragraphs sit tens of kilobytes
 * before those items, out of reach of gzip's 32 kB window, so every copy would
 * cost its full size (about 9 kB gzip for the whole corpus). The build step
 * therefore stores such texts as `0` and the generated modules put them back
 * from the paragraphs when they load. Internal: not exported from the package.
 */
import type { Article } from './model/article';

/** Stands for an elided text: a number where a string belongs, so never a real text; keeping the key keeps the key order. */
const ELIDED = 0;

type Spanned = { text?: unknown; start?: unknown; end?: unknown };

// Four generated exports restore from the same articles on load: index them once.
const paragraphIndex = new WeakMap<readonly Article[], Map<string, string>>();

function paragraphTexts(articles: readonly Article[]): Map<string, string> {
  let index = paragraphIndex.get(articles);
  if (!index) {
    index = new Map(articles.flatMap((a) => a.paragraphs.map((p) => [p.id, p.text] as const)));
    paragraphIndex.set(articles, index);
  }
  return index;
}

/** Visits an object and every object nested in it. */
function visit(value: unknown, fn: (node: Spanned) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (!Array.isArray(value)) fn(value as Spanned);
  for (const child of Object.values(value)) visit(child, fn);
}

function paragraphOf(item: unknown, paragraphs: Map<string, string>): string | undefined {
  const id = typeof item === 'object' && item !== null ? (item as { paragraphId?: unknown }).paragraphId : undefined;
  return typeof id === 'string' ? paragraphs.get(id) : undefined;
}

/**
 * Copies of `items` (objects with a `paragraphId`) in which every `text` that
 * equals `paragraph.text.slice(start, end)` — the item's own or a nested one —
 * is replaced by a placeholder. Texts that do not match are kept as they are.
 */
export function elideSpanTexts(items: readonly unknown[], articles: readonly Article[]): unknown[] {
  const paragraphs = paragraphTexts(articles);
  const copy = JSON.parse(JSON.stringify(items)) as unknown[];
  for (const item of copy) {
    const paragraph = paragraphOf(item, paragraphs);
    if (paragraph === undefined) continue;
    visit(item, (node) => {
      if (typeof node.text === 'string' && typeof node.start === 'number' && typeof node.end === 'number' && paragraph.slice(node.start, node.end) === node.text) {
        node.text = ELIDED;
      }
    });
  }
  return copy;
}

/**
 * Puts elided texts back, from the items' paragraphs. Fills `items` in place:
 * it is only ever given the fresh output of `JSON.parse`, before the query
 * modules freeze it.
 */
export function restoreSpanTexts<T>(items: unknown[], articles: readonly Article[]): T[] {
  const paragraphs = paragraphTexts(articles);
  for (const item of items) {
    const paragraph = paragraphOf(item, paragraphs);
    if (paragraph === undefined) continue;
    visit(item, (node) => {
      if (node.text === ELIDED && typeof node.start === 'number' && typeof node.end === 'number') node.text = paragraph.slice(node.start, node.end);
    });
  }
  return items as T[];
}
