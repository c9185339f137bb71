import { deepFreeze } from '../deep-freeze';
import { assertOptions, assertString, GtCorpusArgumentError } from '../errors';
import { createLinker, type Linker, type SerializedLinkGraph } from '../link/linker';
import type { FigureComparison, RelatedArticle } from '../model/link';
import { articles } from './corpus';
import { entities } from './entities';
import { figures } from './figures';
import { terms } from './quotes';

let linker: Linker | undefined;
const bundled = () => (linker ??= createLinker({ articles, entities: entities(), figures: figures(), terms: terms() }));

/**
 * The bundled articles most related to one article, ranked, each with its
 * reasons: shared people and organisations (weighted by rarity), the same
 * stated figures, shared quoted terms, and similar wording (TF-IDF cosine).
 * Unknown ids give an empty list.
 *
 * @example
 * relatedArticles('trade-with-china-mainly-settled', { limit: 3 })[0].articleId
 * // => 'china-russia-trade-can-withstand-escalating'
 */
export function relatedArticles(id: string, options: { limit?: number } = {}): readonly RelatedArticle[] {
  assertString(id, 'id');
  assertOptions(options, 'options', ['limit']);
  const limit = options.limit ?? 5;
  if (!Number.isInteger(limit) || limit < 0) throw new GtCorpusArgumentError('options.limit', 'a non-negative integer', limit);
  return deepFreeze(bundled().related(id, limit));
}

/**
 * The article link graph in graphology's serialised format: one node per
 * article, an undirected edge to each article's closest relations with the
 * reasons as edge attributes. Load it with `Graph.from(linkGraph())`.
 *
 * @example
 * const { nodes, edges } = linkGraph();
 * nodes.length // => 8
 * edges[0].attributes.reasons.length > 0 // => true
 */
export function linkGraph(): SerializedLinkGraph {
  return deepFreeze(bundled().graph());
}

/**
 * Figures stated in more than one bundled article, grouped and classified:
 * `agree`, `rounding` (one story gives a figure to more decimals), `conflict`, or
 * `time-series` (different periods), with both provenances.
 *
 * @example
 * compareFigures().filter((c) => c.classification === 'rounding').length // => 1
 */
export function compareFigures(): readonly FigureComparison[] {
  return deepFreeze(bundled().compareFigures());
}
