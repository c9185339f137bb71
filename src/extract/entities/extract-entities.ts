import { deepFreeze } from '../../deep-freeze';
import type { Article } from '../../model/article';
import type { Entity, Mention } from '../../model/entity';
import { analyzeQuotes } from '../quotes/analyze';
import { toExtractionInput } from '../input';
import { detectEntities, type ArticleEntity } from './detect';
import { mergeEntities } from './merge';

/** Entities of one input and every place they are named. */
export interface ExtractedEntities {
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
}

/** Per-article detection, exposed for corpus-wide merging (the build uses it). */
export function detectArticleEntities(input: string | Article): { articleId: string; entities: ArticleEntity[] } {
  const extraction = toExtractionInput(input);
  return { articleId: extraction.articleId, entities: detectEntities(extraction, analyzeQuotes(extraction).quotes) };
}

/**
 * People, organisations, places, initiatives and events named in an article or
 * any English news text, with canonical ids, aliases (short forms, acronyms
 * defined in the text such as "Belt and Road Initiative (BRI)"), roles, and
 * every mention with its offsets. Quote speakers are person entities.
 *
 * @example
 * const { entities } = extractEntities('German Chancellor Olaf Scholz visited Beijing. Scholz said trade matters.');
 * entities.map((e) => [e.name, e.type]) // => [['Olaf Scholz', 'person'], ['Beijing', 'place']]
 */
export function extractEntities(input: string | Article): ExtractedEntities {
  return deepFreeze(mergeEntities([detectArticleEntities(input)]));
}
